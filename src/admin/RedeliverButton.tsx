'use client'
/**
 * "Redeliver" in the sidebar of a webhook delivery: queues a delivered or failed delivery again
 * (same id and body) through POST /api/webhook-deliveries/:id/redeliver, then reloads the record.
 */
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

export function RedeliverButton(): React.ReactElement | null {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  if (!id) return null

  const redeliver = async (): Promise<void> => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${config.routes.api}/webhook-deliveries/${id}/redeliver`, { method: 'POST', credentials: 'include' })
      if (res.ok) {
        setMessage('Queued again: it will be sent with the same id and body.')
        router.refresh()
      } else {
        const body = (await res.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
        setMessage(body.errors?.[0]?.message ?? `Redeliver failed (${res.status})`)
      }
    } catch {
      setMessage('Dateline did not answer; try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="redeliver" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" size="small" onClick={redeliver} disabled={busy || status === 'pending'} id="webhook-redeliver">
        Redeliver
      </Button>
      {message && (
        <p id="webhook-redeliver-message" style={{ marginTop: 'calc(var(--base) / 2)' }}>
          {message}
        </p>
      )}
    </div>
  )
}
