'use client'
/**
 * Legal hold in the workflow panel, for legal reviewers and admins: place one (with the reason the
 * desk will read) or lift it, each confirmed in a dialog. Calls POST /api/dispatches/:id/legal-hold;
 * whether a hold is active is read from the gate's own reasons, so the panel and the gate agree.
 */
import { Button } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { activeHoldReason, callApi, type Problem } from './api'

type Props = {
  url: string
  blockers: ReadonlyArray<{ code: string; message: string }>
  onChanged: () => Promise<void>
}

export function LegalHoldControl({ url, blockers, onChanged }: Props): React.ReactElement {
  const holdReason = activeHoldReason(blockers)
  const active = holdReason !== null
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    if (open) dialog.current?.showModal()
    else dialog.current?.close()
  }, [open])

  const confirm = async (): Promise<void> => {
    setBusy(true)
    setProblem(null)
    const result = await callApi(url, { method: 'POST', body: active ? { active: false } : { active: true, reason: reason.trim() } })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.problem)
      return
    }
    setOpen(false)
    setReason('')
    await onChanged()
  }

  return (
    <div id="workflow-hold" className="workflow-hold" data-active={String(active)} style={{ margin: 'calc(var(--base) / 2) 0' }}>
      {active && (
        <p id="workflow-hold-state" style={{ marginBottom: 'calc(var(--base) / 4)' }}>
          <strong>Legal hold</strong>
          {holdReason ? `: ${holdReason}` : ''}
        </p>
      )}
      <Button id={active ? 'workflow-hold-lift' : 'workflow-hold-place'} buttonStyle="secondary" size="small" margin={false} onClick={() => setOpen(true)}>
        {active ? 'Lift legal hold…' : 'Place legal hold…'}
      </Button>
      <dialog ref={dialog} className="legal-confirm" id="workflow-hold-dialog" aria-labelledby="workflow-hold-title" onClose={() => setOpen(false)}>
        <h3 id="workflow-hold-title">{active ? 'Lift the legal hold?' : 'Place a legal hold?'}</h3>
        <p>
          {active
            ? 'The story may publish again once nothing else blocks it.'
            : 'While the hold is on, nothing publishes, scheduled releases included. What is live stays live: withdrawing is a separate move.'}
        </p>
        {!active && (
          <>
            <label htmlFor="workflow-hold-reason" style={{ display: 'block' }}>
              Reason, for the desk (required)
            </label>
            <textarea id="workflow-hold-reason" rows={3} style={{ width: '100%' }} value={reason} onChange={(e) => setReason(e.target.value)} />
          </>
        )}
        {problem && (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {problem.message}
          </p>
        )}
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 2)' }}>
          <Button
            id="workflow-hold-confirm"
            size="small"
            margin={false}
            disabled={busy || (!active && reason.trim() === '')}
            onClick={() => void confirm()}
          >
            {busy ? 'Recording…' : active ? 'Lift hold' : 'Place hold'}
          </Button>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </div>
      </dialog>
    </div>
  )
}
