'use client'
/**
 * The workflow panel in a dispatch's sidebar (the admin component of `workflowStatus`): the
 * status, what blocks publishing and why, and the moves this user may make. Everything it shows
 * comes from GET /api/dispatches/:id/workflow and every move goes through the transition
 * endpoint, so the admin never decides anything the server would not.
 */
import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import type { User } from '../../../payload-types'
import { isLegalOrAdmin } from '../../access/roles'
import { LegalHoldControl } from './LegalHoldControl'
import { blockerHref, callApi, statusLabel, transitionBody, type OfferedMove, type Problem, type WorkflowPanelState } from './api'

export function WorkflowPanel(): React.ReactElement {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth<User>()
  const router = useRouter()
  const [state, setState] = useState<WorkflowPanelState | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [note, setNote] = useState('')
  const [embargo, setEmbargo] = useState('')
  const [busy, setBusy] = useState(false)
  const base = `${config.routes.api}/dispatches/${String(id)}`

  const load = useCallback(async (): Promise<void> => {
    if (id === undefined || id === null) return
    const result = await callApi<WorkflowPanelState>(`${base}/workflow`, { method: 'GET' })
    if (result.ok) setState(result.value)
    else setProblem(result.problem)
  }, [base, id])

  useEffect(() => {
    void load()
  }, [load])

  const act = async (move: OfferedMove): Promise<void> => {
    if (!state) return
    setBusy(true)
    setProblem(null)
    const result = await callApi(`${base}/transition`, { method: 'POST', body: transitionBody(move, state.status, note, embargo) })
    if (result.ok) {
      setNote('')
      setEmbargo('')
      router.refresh()
    } else setProblem(result.problem)
    await load()
    setBusy(false)
  }

  if (id === undefined || id === null) {
    return (
      <div className="workflow-panel" id="workflow-panel" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
        <h4>Workflow</h4>
        <p>Save the draft first; then it can be submitted for review.</p>
      </div>
    )
  }

  const needsNote = state?.moves.filter((m) => m.needsNote).map((m) => m.label) ?? []
  const canSchedule = state?.moves.some((m) => m.needsEmbargo) ?? false

  return (
    <div className="workflow-panel" id="workflow-panel" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h4 style={{ marginBottom: 'calc(var(--base) / 2)' }}>Workflow</h4>
      {state === null && !problem && <p>Loading…</p>}
      {state && (
        <>
          <p>
            Status: <strong id="workflow-status" data-status={state.status}>{statusLabel(state.status)}</strong>
            {state.hasLiveCopy && <span id="workflow-live"> · a version is live</span>}
          </p>
          {state.blockers.length > 0 ? (
            <div id="workflow-blockers" className="workflow-panel__blockers">
              <p style={{ marginBottom: 0 }}>Cannot publish yet:</p>
              <ul style={{ marginTop: 0, paddingLeft: 'var(--base)' }}>
                {state.blockers.map((b) => {
                  const href = blockerHref(b, config.routes.admin, id)
                  return (
                    <li key={`${b.code}-${b.subject?.kind ?? ''}-${String(b.subject?.id ?? b.message)}`} data-code={b.code}>
                      {href ? <a href={href}>{b.message}</a> : b.message}
                    </li>
                  )
                })}
              </ul>
            </div>
          ) : (
            <p id="workflow-clear">Nothing blocks publishing.</p>
          )}
          {isLegalOrAdmin(user) && (
            <LegalHoldControl
              url={`${base}/legal-hold`}
              blockers={state.blockers}
              onChanged={async () => {
                await load()
                router.refresh()
              }}
            />
          )}
          {state.moves.length > 0 && (
            <>
              <label htmlFor="workflow-note" style={{ display: 'block' }}>
                Note{needsNote.length > 0 && ` (required to ${needsNote.join(', ').toLowerCase()})`}
              </label>
              <textarea id="workflow-note" rows={3} style={{ width: '100%' }} value={note} onChange={(e) => setNote(e.target.value)} />
              {canSchedule && (
                <>
                  <label htmlFor="workflow-embargo" style={{ display: 'block' }}>
                    Embargo until (to schedule)
                  </label>
                  <input id="workflow-embargo" type="datetime-local" value={embargo} onChange={(e) => setEmbargo(e.target.value)} />
                </>
              )}
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 2)' }}>
                {state.moves.map((move) => (
                  <Button
                    key={move.action}
                    id={`workflow-move-${move.action}`}
                    buttonStyle={move.action === 'publish' ? 'primary' : 'secondary'}
                    size="small"
                    margin={false}
                    disabled={busy}
                    onClick={() => void act(move)}
                  >
                    {move.label}
                  </Button>
                ))}
              </div>
            </>
          )}
        </>
      )}
      {problem && (
        <div role="alert" id="workflow-error" style={{ color: 'var(--theme-error-500)', marginTop: 'calc(var(--base) / 2)' }}>
          <p style={{ marginBottom: 0 }}>{problem.message}</p>
          {problem.reasons.length > 1 && (
            <ul style={{ marginTop: 0, paddingLeft: 'var(--base)' }}>
              {problem.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
