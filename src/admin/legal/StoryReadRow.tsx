'use client'
/**
 * One story's legal read in the Legal queue: each flagged passage in its paragraph with the
 * paragraphs around it and its reasons, the word diff since legal's last approval (read from
 * GET /api/dispatches/:id/legal-review), and Approve / Reject of the text as it stands.
 */
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { LegalDecision, type DecisionState } from './LegalDecision'
import { ContextParagraphs } from './ContextParagraphs'
import type { StoryReadItem } from './legalQueue'

type DiffPart = { op: 'equal' | 'insert' | 'delete'; text: string }

/** Keeps this many characters of unchanged text either side of a change, so the diff reads as edits. */
const KEEP = 80

function Diff({ parts }: { parts: DiffPart[] }): React.ReactElement {
  return (
    <div className="legal-diff legal-diff--story" aria-label="Changes since legal approved the text">
      {parts.map((part, i) => {
        if (part.op === 'insert') return <ins key={i}>{part.text}</ins>
        if (part.op === 'delete') return <del key={i}>{part.text}</del>
        const text = part.text
        if (text.length <= KEEP * 2) return <span key={i}>{text}</span>
        const head = i > 0 ? text.slice(0, KEEP) : ''
        const tail = i < parts.length - 1 ? text.slice(-KEEP) : ''
        return (
          <span key={i}>
            {head}
            <span className="legal-diff__gap"> … </span>
            {tail}
          </span>
        )
      })}
    </div>
  )
}

export function StoryReadRow({ item, adminRoute }: { item: StoryReadItem; adminRoute: string }): React.ReactElement {
  const { config } = useConfig()
  const [state, setState] = useState<DecisionState>(item.decision)
  const [diff, setDiff] = useState<DiffPart[] | null>(null)
  const endpoint = `${config.routes.api}/dispatches/${item.id}/legal-review`

  useEffect(() => {
    let stopped = false
    void fetch(endpoint, { credentials: 'include' })
      .then(async (res) => (res.ok ? ((await res.json()) as { diff?: DiffPart[] | null }) : null))
      .then((review) => {
        if (!stopped && review?.diff && review.diff.some((p) => p.op !== 'equal')) setDiff(review.diff)
      })
      .catch(() => undefined)
    return () => {
      stopped = true
    }
  }, [endpoint])

  return (
    <li className="legal-queue__item legal-queue__item--story" id={`story-${item.id}`} data-story-id={item.id} data-state={state.status}>
      <div className="legal-queue__story">
        <strong>Story text</strong>
        <a href={`${adminRoute}/collections/dispatches/${item.id}`}>{item.headline}</a>
        <span className="legal-queue__story-status"> · {item.statusLabel}</span>
      </div>
      <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {item.required ? 'Legal asked to read this story. ' : ''}
        {item.passages.length > 0
          ? `${item.passages.length} ${item.passages.length === 1 ? 'passage is' : 'passages are'} flagged outside quotes.`
          : item.sealed
            ? 'No passage is flagged; the story as a whole is to be approved.'
            : 'No passage is flagged; the whole text is to be read.'}
      </p>
      {item.sealed && (
        <div className="legal-queue__sealed" id={`legal-sealed-${item.id}`}>
          <p style={{ margin: '0 0 calc(var(--base) / 4)' }}>
            <strong>Re-opened: legal approves this story as readers get it, and it is not as legal last approved it</strong>
          </p>
          {item.sealed.changes.length > 0 && (
            <ul className="legal-queue__changes">
              {item.sealed.changes.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {item.passages.map((passage, i) => (
        <div className="legal-queue__body legal-queue__passage" key={i}>
          <ContextParagraphs paragraphs={passage.paragraphs} fallback={passage.text} />
          <dl className="legal-queue__facts">
            <dt>Passage</dt>
            <dd className="legal-queue__text">{passage.text}</dd>
            <dt>Reasons</dt>
            <dd className="legal-queue__reasons">{passage.reasons.length > 0 ? passage.reasons.join(', ') : 'none recorded'}</dd>
          </dl>
        </div>
      ))}
      {diff && (
        <>
          <p style={{ margin: 'var(--base) 0 calc(var(--base) / 4)' }}>
            <strong>Changed since legal approved it</strong>
          </p>
          <Diff parts={diff} />
        </>
      )}
      <div className="legal-queue__decision" style={{ marginTop: 'var(--base)' }}>
        <LegalDecision
          quoteId={`story-${item.id}`}
          quoteText={item.headline}
          subject="story"
          endpoint={endpoint}
          initial={state}
          reviewed={item.reviewed}
          onDecided={setState}
        />
      </div>
    </li>
  )
}
