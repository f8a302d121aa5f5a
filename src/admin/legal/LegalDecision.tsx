'use client'
/**
 * Legal's decision on one quote (POST /api/quotes/:id/legal-review) or on a story's text (its
 * legal read, POST /api/dispatches/:id/legal-review): Approve or Reject, each confirmed in a dialog
 * that repeats the words being decided on (a rejection needs a note for the desk). After a decision
 * the control stays where it was and shows the new state with "Change decision", so nothing moves
 * under the pointer and legal can re-open what it decided.
 */
import { Button, useConfig } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { legalStatusLabel } from '../../lib/labels'
import { callApi, type Problem } from '../workflow/api'

export type DecisionState = { status: string; note: string | null; reviewer: string | null; reviewedAt: string | null }

type Props = {
  /** Names the control's elements (`legal-approve-<key>`); the quote's id, or `story-<id>`. */
  quoteId: number | string
  /** The words being decided on, repeated in the dialog. */
  quoteText: string
  initial: DecisionState
  /**
   * The hash of the words shown (a quote's `legal.reviewHash`, a story's read `hash`): the
   * decision names it, and the server refuses it (REVIEW_STALE) if the words changed since.
   */
  reviewed: string | null
  /**
   * For a quote: the story as the page showed it (its legal-review `hash`). The approval that
   * leaves nothing waiting seals the story only naming it; REVIEW_STALE if the story changed since.
   */
  story?: string | null
  /** What is decided on: a quote (default) or the story's text. */
  subject?: 'quote' | 'story'
  /** Where the decision is sent; POST /api/quotes/:id/legal-review by default. */
  endpoint?: string
  /** Called with the new state after the server recorded a decision. */
  onDecided?: (state: DecisionState) => void
}

type Choice = 'approve' | 'reject'

const when = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : ''

export function LegalDecision({ quoteId, quoteText, initial, reviewed, story, onDecided, subject = 'quote', endpoint }: Props): React.ReactElement {
  const { config } = useConfig()
  const [state, setState] = useState<DecisionState>(initial)
  const [choice, setChoice] = useState<Choice | null>(null)
  const [reopened, setReopened] = useState(false)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    if (choice) dialog.current?.showModal()
    else dialog.current?.close()
  }, [choice])

  const decided = state.status === 'approved' || state.status === 'rejected'
  const showButtons = !decided || reopened

  const confirm = async (): Promise<void> => {
    if (!choice) return
    setBusy(true)
    setProblem(null)
    type Answer = { status?: string; note?: string | null; reviewedAt?: string | null }
    const result = await callApi<Answer & { legal?: Answer }>(endpoint ?? `${config.routes.api}/quotes/${quoteId}/legal-review`, {
      method: 'POST',
      body: { decision: choice, reviewed, ...(subject === 'quote' && story && { story }), ...(note.trim() && { note: note.trim() }) },
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.problem)
      return
    }
    // A quote answers with the quote (its `legal` group), a story's read with the read itself.
    const answer = result.value.legal ?? result.value
    const next: DecisionState = {
      status: answer.status ?? (choice === 'approve' ? 'approved' : 'rejected'),
      note: answer.note ?? (note.trim() || null),
      reviewer: 'you',
      reviewedAt: answer.reviewedAt ?? new Date().toISOString(),
    }
    setState(next)
    setChoice(null)
    setReopened(false)
    setNote('')
    onDecided?.(next)
  }

  const noteMissing = choice === 'reject' && note.trim() === ''

  return (
    <div className="legal-decision" data-state={state.status}>
      <p className="legal-decision__state" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        <strong className={`legal-badge legal-badge--${state.status}`}>{legalStatusLabel(state.status)}</strong>
        {decided && state.reviewer && (
          <span>
            {' '}
            by {state.reviewer}
            {state.reviewedAt && ` on ${when(state.reviewedAt)}`}
          </span>
        )}
        {decided && state.note && <span className="legal-decision__note"> — “{state.note}”</span>}
      </p>
      {showButtons ? (
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
          <Button id={`legal-approve-${quoteId}`} size="small" margin={false} disabled={busy} onClick={() => setChoice('approve')}>
            Approve…
          </Button>
          <Button id={`legal-reject-${quoteId}`} buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setChoice('reject')}>
            Reject…
          </Button>
          {reopened && (
            <Button buttonStyle="subtle" size="small" margin={false} onClick={() => setReopened(false)}>
              Keep the decision
            </Button>
          )}
        </div>
      ) : (
        <Button id={`legal-reopen-${quoteId}`} buttonStyle="secondary" size="small" margin={false} onClick={() => setReopened(true)}>
          Change decision
        </Button>
      )}
      {problem && !choice && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem.message}
        </p>
      )}
      <dialog
        ref={dialog}
        className="legal-confirm"
        id={`legal-confirm-${quoteId}`}
        aria-labelledby={`legal-confirm-title-${quoteId}`}
        onClose={() => setChoice(null)}
      >
        <h3 id={`legal-confirm-title-${quoteId}`}>
          {choice === 'reject' ? 'Reject' : 'Approve'} {subject === 'story' ? 'the story’s text as it stands?' : 'this quote?'}
        </h3>
        <blockquote className="legal-confirm__text">“{quoteText}”</blockquote>
        <p>
          {choice === 'reject'
            ? 'The story cannot publish while these words stand. Tell the desk why.'
            : subject === 'story'
              ? 'The approval holds for this exact headline, standfirst and body; any later edit sends the story back to legal.'
              : 'The approval holds for these exact words and speaker; any later change sends the quote back to legal.'}
        </p>
        <label htmlFor={`legal-note-${quoteId}`} style={{ display: 'block' }}>
          {choice === 'reject' ? 'Note for the desk (required)' : 'Note for the desk (optional)'}
        </label>
        <textarea id={`legal-note-${quoteId}`} rows={3} style={{ width: '100%' }} value={note} onChange={(e) => setNote(e.target.value)} />
        {problem && (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {problem.message}
          </p>
        )}
        <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginTop: 'calc(var(--base) / 2)' }}>
          <Button
            id={`legal-confirm-${choice ?? 'none'}-${quoteId}`}
            size="small"
            margin={false}
            disabled={busy || noteMissing}
            onClick={() => void confirm()}
          >
            {busy ? 'Recording…' : `${choice === 'reject' ? 'Reject' : 'Approve'} ${subject === 'story' ? 'text' : 'quote'}`}
          </Button>
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setChoice(null)}>
            Cancel
          </Button>
        </div>
      </dialog>
    </div>
  )
}
