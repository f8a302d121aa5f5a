'use client'
/** Approve / Reject for one quote in the Legal queue; calls POST /api/quotes/:id/legal-review. */
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { callApi, type Problem } from '../workflow/api'

export function LegalDecision({ quoteId }: { quoteId: number }): React.ReactElement {
  const { config } = useConfig()
  const router = useRouter()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)

  const decide = async (decision: 'approve' | 'reject'): Promise<void> => {
    setBusy(true)
    setProblem(null)
    const result = await callApi(`${config.routes.api}/quotes/${quoteId}/legal-review`, {
      method: 'POST',
      body: { decision, ...(note.trim() && { note: note.trim() }) },
    })
    setBusy(false)
    if (result.ok) router.refresh()
    else setProblem(result.problem)
  }

  return (
    <div className="legal-decision">
      <label htmlFor={`legal-note-${quoteId}`} style={{ display: 'block' }}>
        Note (required to reject)
      </label>
      <textarea id={`legal-note-${quoteId}`} rows={2} style={{ width: '100%' }} value={note} onChange={(e) => setNote(e.target.value)} />
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 2)' }}>
        <Button id={`legal-approve-${quoteId}`} size="small" margin={false} disabled={busy} onClick={() => void decide('approve')}>
          Approve
        </Button>
        <Button id={`legal-reject-${quoteId}`} buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void decide('reject')}>
          Reject
        </Button>
      </div>
      {problem && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem.message}
        </p>
      )}
    </div>
  )
}
