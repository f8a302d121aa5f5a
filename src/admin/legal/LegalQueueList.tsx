'use client'
/**
 * The Legal queue's rows. Decided rows stay where they are, with their new state, until legal
 * reloads the page: the list never reflows under the pointer, so the next row's Approve button
 * cannot slide under a click meant for this one.
 */
import React, { useState } from 'react'

import { ContextParagraphs } from './ContextParagraphs'
import { LegalDecision, type DecisionState } from './LegalDecision'
import type { QueueItem, StoryReadItem } from './legalQueue'
import { StoryReadRow } from './StoryReadRow'

type Props = { pending: QueueItem[]; recent: QueueItem[]; reads: StoryReadItem[]; adminRoute: string }

const when = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'earlier'

function Row({ item, adminRoute }: { item: QueueItem; adminRoute: string }): React.ReactElement {
  const [state, setState] = useState<DecisionState>(item.decision)
  return (
    <li className="legal-queue__item" data-quote-id={item.id} data-state={state.status}>
      <div className="legal-queue__story">
        {item.dispatch ? (
          <a href={`${adminRoute}/collections/dispatches/${item.dispatch.id}`}>{item.dispatch.headline}</a>
        ) : (
          'Story not readable'
        )}
        {item.dispatch && <span className="legal-queue__story-status"> · {item.dispatch.statusLabel}</span>}
        <a className="legal-queue__quote-link" href={`${adminRoute}/collections/quotes/${item.id}`}>
          Open the quote
        </a>
      </div>
      <div className="legal-queue__body">
        <ContextParagraphs paragraphs={item.paragraphs} fallback={item.text} />
        <dl className="legal-queue__facts">
          <dt>Quote</dt>
          <dd className="legal-queue__text">“{item.text}”</dd>
          <dt>Speaker</dt>
          <dd className="legal-queue__speaker">{item.speaker}</dd>
          <dt>Identity notes</dt>
          <dd className="legal-queue__identity">{item.identityNotes ?? 'none recorded'}</dd>
          <dt>Reasons</dt>
          <dd className="legal-queue__reasons">{item.reasons.length > 0 ? item.reasons.join(', ') : 'none recorded'}</dd>
          {item.context && (
            <>
              <dt>Context</dt>
              <dd>{item.context}</dd>
            </>
          )}
          {item.binding === 'unbound' && (
            <>
              <dt>In the story</dt>
              <dd>No longer: its words have left the story</dd>
            </>
          )}
          {item.earlier && (
            <>
              <dt>Before</dt>
              <dd className="legal-queue__earlier">
                Legal decided on an earlier version on {when(item.earlier.reviewedAt)}
                {item.earlier.note && <> (“{item.earlier.note}”)</>}; the words or speaker changed since.
                {item.earlier.diff && (
                  <span className="legal-diff" aria-label="Changes since the earlier decision">
                    {' '}
                    {item.earlier.diff.map((part, i) =>
                      part.kind === 'same' ? (
                        <span key={i}>{part.text} </span>
                      ) : part.kind === 'added' ? (
                        <ins key={i}>{part.text} </ins>
                      ) : (
                        <del key={i}>{part.text} </del>
                      ),
                    )}
                  </span>
                )}
              </dd>
            </>
          )}
        </dl>
        <div className="legal-queue__decision">
          <LegalDecision quoteId={item.id} quoteText={item.text} initial={state} reviewed={item.reviewed} story={item.story} onDecided={setState} />
        </div>
      </div>
    </li>
  )
}

export function LegalQueueList({ pending, recent, reads, adminRoute }: Props): React.ReactElement {
  return (
    <>
      {reads.length > 0 && (
        <>
          <h2 id="legal-reads-title">Stories to read</h2>
          <p id="legal-reads-count">
            {reads.length} {reads.length === 1 ? 'story waits' : 'stories wait'} for legal’s approval as a whole. An approval holds for the
            story exactly as readers get it (words, links, formats, pictures, byline); any later change sends it back here.
          </p>
          <ol id="legal-reads" className="legal-queue">
            {reads.map((item) => (
              <StoryReadRow key={item.id} item={item} adminRoute={adminRoute} />
            ))}
          </ol>
          <h2 style={{ marginTop: 'calc(var(--base) * 2)' }}>Quotes</h2>
        </>
      )}
      {pending.length === 0 ? (
        <p id="legal-queue-empty">No quotes are waiting for legal.</p>
      ) : (
        <p id="legal-queue-count">
          {pending.length} sensitive {pending.length === 1 ? 'quote waits' : 'quotes wait'} for a decision. An approval holds for the exact
          words and speaker; any later change sends the quote back here. Decided quotes stay in place until you reload.
        </p>
      )}
      <ol id="legal-queue" className="legal-queue">
        {pending.map((item) => (
          <Row key={item.id} item={item} adminRoute={adminRoute} />
        ))}
      </ol>
      {recent.length > 0 && (
        <>
          <h2 style={{ marginTop: 'calc(var(--base) * 2)' }}>Your recent decisions</h2>
          <p>Change one if it was a slip; the story’s gate follows at once.</p>
          <ol id="legal-recent" className="legal-queue">
            {recent.map((item) => (
              <Row key={item.id} item={item} adminRoute={adminRoute} />
            ))}
          </ol>
        </>
      )}
    </>
  )
}
