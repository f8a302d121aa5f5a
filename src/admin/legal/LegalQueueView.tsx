/**
 * /admin/legal-queue: every sensitive quote waiting for legal, each in its paragraph with the
 * paragraphs around it, its speaker, identity notes, reasons and earlier decision, plus legal's own
 * recent decisions (to re-open one). Read with the signed-in user's own access.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest, Where } from 'payload'
import React from 'react'

import type { Dispatch, Quote } from '../../../payload-types'
import { isLegalOrAdmin, relationId } from '../../access/roles'
import { readingOf } from '../../services/storyReading'
import { LegalQueueList } from './LegalQueueList'
import { pendingLegalReadWhere, pendingLegalWhere, toQueueItem, toStoryReadItem, type QueueItem, type StoryReadItem } from './legalQueue'

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
  return quotes.map((quote) => toQueueItem(quote, byId))
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

/** Whether this server keeps a legal read of stories' text (`dispatches.legalRead`). */
export const hasLegalRead = (req: PayloadRequest): boolean =>
  req.payload.collections.dispatches.config.flattenedFields.some((field) => field.name === 'legalRead')

/** Returns the stories whose text waits for legal's read, with their working copies. */
export async function loadStoryReads(req: PayloadRequest): Promise<StoryReadItem[]> {
  if (!hasLegalRead(req)) return []
  const stories = await req.payload.find({
    collection: 'dispatches',
    where: pendingLegalReadWhere,
    draft: true,
    sort: 'updatedAt',
    pagination: false,
    depth: 1,
    populate: { users: { name: true, email: true } },
    overrideAccess: false,
    user: req.user,
  })
  // The hash of the text as this page shows it: the decision names it, so an edit made while the
  // page is open is not approved with it.
  const items: StoryReadItem[] = []
  for (const story of stories.docs) {
    // Read as legal's review reads it (every printed word, with the pictures and pending notes).
    const { hash } = await readingOf(story as Dispatch, req)
    items.push({ ...toStoryReadItem(story as Parameters<typeof toStoryReadItem>[0]), reviewed: hash })
  }
  return items
}

export async function LegalQueueView({ initPageResult, params, searchParams }: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/legal-queue`)}`)
  const allowed = isLegalOrAdmin(req.user)
  const { pending, recent } = allowed ? await loadQueue(req) : { pending: [], recent: [] }
  const reads = allowed ? await loadStoryReads(req) : []

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
