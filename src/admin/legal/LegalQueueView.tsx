/**
 * /admin/legal-queue: every sensitive quote waiting for legal, with its story, speaker, reasons
 * and context, and Approve / Reject. Read with the signed-in user's own access.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import React from 'react'

import { isLegalOrAdmin, relationId } from '../../access/roles'
import { LegalDecision } from './LegalDecision'
import { pendingLegalWhere, toQueueItem, type QueueItem } from './legalQueue'

/** Returns the pending quotes with the working copy of their stories, read with the user's own access. */
async function loadQueue(req: PayloadRequest): Promise<QueueItem[]> {
  const quotes = await req.payload.find({
    collection: 'quotes',
    where: pendingLegalWhere,
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const ids = [...new Set(quotes.docs.map((q) => relationId(q.dispatch)).filter((id) => id !== null))]
  const stories = await req.payload.find({
    collection: 'dispatches',
    where: { id: { in: ids } },
    draft: true,
    select: { headline: true, workflowStatus: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const byId = new Map(stories.docs.map((story) => [String(story.id), story]))
  return quotes.docs.map((quote) => toQueueItem(quote, byId))
}

export async function LegalQueueView({ initPageResult, params, searchParams }: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/legal-queue`)}`)
  const allowed = isLegalOrAdmin(req.user)
  const items: QueueItem[] = allowed ? await loadQueue(req) : []

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 'calc(var(--base) * 2)' }}>Legal queue</h1>
        {!allowed && <p role="alert">Only legal reviewers and admins decide on quotes.</p>}
        {allowed && items.length === 0 && <p id="legal-queue-empty">No quotes are waiting for legal.</p>}
        {allowed && items.length > 0 && (
          <p>
            {items.length} sensitive {items.length === 1 ? 'quote waits' : 'quotes wait'} for a decision. An approval holds for the exact
            words and speaker; any later change sends the quote back here.
          </p>
        )}
        <ol id="legal-queue" style={{ listStyle: 'none', padding: 0 }}>
          {items.map((item) => (
            <li
              key={item.id}
              className="legal-queue__item"
              data-quote-id={item.id}
              style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: 'var(--base) 0' }}
            >
              <p style={{ marginBottom: 'calc(var(--base) / 4)' }}>
                {item.dispatch ? (
                  <a href={`${adminRoute}/collections/dispatches/${item.dispatch.id}`}>{item.dispatch.headline}</a>
                ) : (
                  'Story not readable'
                )}
                {item.dispatch?.status && <span> · {item.dispatch.status.replace(/_/g, ' ')}</span>}
              </p>
              <blockquote className="legal-queue__text" style={{ margin: 0, fontSize: '1.15em' }}>
                “{item.text}”
              </blockquote>
              <p style={{ margin: 'calc(var(--base) / 4) 0' }}>{item.speaker}</p>
              <p style={{ margin: 0 }}>Reasons: {item.reasons.length > 0 ? item.reasons.map((r) => r.replace(/_/g, ' ')).join(', ') : 'none recorded'}</p>
              {item.context && <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>Context: {item.context}</p>}
              <div style={{ maxWidth: '40rem', marginTop: 'calc(var(--base) / 2)' }}>
                <LegalDecision quoteId={item.id} />
              </div>
            </li>
          ))}
        </ol>
      </Gutter>
    </DefaultTemplate>
  )
}
