/**
 * /admin/legal-queue: every sensitive quote waiting for legal, each in its paragraph with the
 * paragraphs around it, its speaker, identity notes, reasons and earlier decision; every story
 * waiting for legal's approval as a whole (a read of its text, or its seal: src/services/legalQueue.ts);
 * and legal's own recent decisions (to re-open one). Read with the signed-in user's own access.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest, Where } from 'payload'
import React from 'react'

import type { Quote } from '../../../payload-types'
import { isLegalOrAdmin, relationId } from '../../access/roles'
import { storiesAwaitingLegal, storyHashes } from '../../services/legalQueue'
import { LegalQueueList } from './LegalQueueList'
import { pendingLegalWhere, toQueueItem, type QueueItem } from './legalQueue'

/** How far back "your recent decisions" reaches: long enough to catch a slip made today. */
const RECENT_DECISIONS = 10

async function withStories(quotes: Quote[], req: PayloadRequest): Promise<QueueItem[]> {
  const ids = [...new Set(quotes.map((q) => relationId(q.dispatch)).filter((id) => id !== null))]
  if (ids.length === 0) return []
  const stories = await req.payload.find({
    collection: 'dispatches',
    where: { id: { in: ids } },
    draft: true,
    select: { headline: true, standfirst: true, body: true, workflowStatus: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  const byId = new Map(stories.docs.map((story) => [String(story.id), story]))
  // The story as this page shows it beside each quote: the approval that leaves nothing waiting
  // seals the story only naming it (legalSeal.ts).
  const hashes = await storyHashes(stories.docs.map((story) => story.id), req)
  return quotes.map((quote) => ({ ...toQueueItem(quote, byId), story: hashes.get(String(relationId(quote.dispatch))) ?? null }))
}

/** Returns the pending quotes and this reviewer's latest decisions, with their stories' working copies. */
async function loadQueue(req: PayloadRequest): Promise<{ pending: QueueItem[]; recent: QueueItem[] }> {
  const read = (where: Where, sort: string, limit?: number) =>
    req.payload.find({
      collection: 'quotes',
      where,
      sort,
      ...(limit ? { limit } : { pagination: false }),
      // The reviewer's name for the decision line; nothing else is populated.
      depth: 1,
      populate: { users: { name: true, email: true }, dispatches: { headline: true } },
      overrideAccess: false,
      user: req.user,
    })
  const [pending, recent] = await Promise.all([
    read(pendingLegalWhere, 'createdAt'),
    read(
      { and: [{ 'legal.reviewer': { equals: req.user!.id } }, { 'legal.status': { in: ['approved', 'rejected'] } }] },
      '-legal.reviewedAt',
      RECENT_DECISIONS,
    ),
  ])
  return { pending: await withStories(pending.docs, req), recent: await withStories(recent.docs, req) }
}

export async function LegalQueueView({ initPageResult, params, searchParams }: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/legal-queue`)}`)
  const allowed = isLegalOrAdmin(req.user)
  const { pending, recent } = allowed ? await loadQueue(req) : { pending: [], recent: [] }
  const reads = allowed ? await storiesAwaitingLegal(req) : []

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
        {allowed && (
          <LegalQueueList adminRoute={adminRoute} pending={pending} recent={recent} reads={reads} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
