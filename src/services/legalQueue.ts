/**
 * What legal's queue (/admin/legal-queue) and its dashboard card list: the sensitive quotes
 * waiting, and the stories waiting for legal's approval as a whole — a read of the text pending,
 * or the seal broken (changed since legal approved it) or never given (docs/legal.md "Sealed
 * approval"). The admin view, the card and GET /api/dispatches/legal-queue all read it here, with
 * the signed-in user's own access.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch } from '../../payload-types'
import { isLegalOrAdmin } from '../access/roles'
import { getEnv } from '../config/env'
import { pendingLegalReadWhere, pendingLegalWhere, toStoryReadItem, type StoryReadItem } from '../admin/legal/legalQueue'
import { legalStatusLabel } from '../lib/labels'
import { WorkflowError } from '../workflow/errors'
import { sealAwaited, storyUnderReview } from './legalSeal'
import { requireUser, workingCopy, type Id } from './records'

/** Whether this server keeps a legal read of stories' text (`dispatches.legalRead`). */
export const hasLegalRead = (req: PayloadRequest): boolean =>
  req.payload.collections.dispatches.config.flattenedFields.some((field) => field.name === 'legalRead')

/** Returns the hash a decision on each story names as it stands now (its legal-review `hash`), by id. */
export async function storyHashes(ids: readonly Id[], req: PayloadRequest): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const id of ids) {
    const story = await workingCopy(id, req)
    if (story) hashes.set(String(id), (await storyUnderReview(story, req)).hash)
  }
  return hashes
}

/** The stories legal has decided on through its desk: only these can carry a seal (sealed.ts). */
async function storiesLegalDecided(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { kind: { in: ['legal_decision', 'legal_read'] } },
    select: { dispatch: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((event) => (typeof event.dispatch === 'object' && event.dispatch ? event.dispatch.id : event.dispatch))
  return [...new Set(ids.filter((id) => id !== null && id !== undefined).map(String))]
}

/**
 * Returns the stories waiting for legal's approval as a whole, oldest edit first: each with the
 * hash its decision names, and for one held by its seal the lines saying what changed.
 */
export async function storiesAwaitingLegal(req: PayloadRequest): Promise<StoryReadItem[]> {
  if (!hasLegalRead(req)) return []
  const read = (where: Parameters<PayloadRequest['payload']['find']>[0]['where']) =>
    req.payload.find({
      collection: 'dispatches',
      where,
      draft: true,
      sort: 'updatedAt',
      pagination: false,
      depth: 1,
      populate: { users: { name: true, email: true } },
      overrideAccess: false,
      user: req.user,
    })
  // With every story through legal, a story still being written (draft, changes requested) with
  // nothing flagged is not legal's yet: it joins the queue when it is submitted. Anything flagged,
  // or a read legal asked for with the policy off, is listed from the first save, as before.
  const pending = (await read(pendingLegalReadWhere)).docs.filter(
    (story) => !getEnv().LEGAL_READ_EVERY_STORY || !['draft', 'changes_requested'].includes(story.workflowStatus ?? 'draft') || (story.legalRead?.passages ?? []).length > 0,
  )
  const listed = new Set(pending.map((story) => String(story.id)))
  const candidates = (await storiesLegalDecided(req)).filter((id) => !listed.has(id))
  const others = candidates.length === 0 ? [] : (await read({ id: { in: candidates } })).docs

  const items: Array<StoryReadItem & { updatedAt: string }> = []
  for (const shown of [...pending, ...others]) {
    const story = await workingCopy(shown.id, req)
    if (!story) continue
    // Read as legal's review reads it (every printed word, the pictures, the fingerprint): the
    // decision names this hash, so nothing changed while the page is open is approved with it.
    const { hash } = await storyUnderReview(story, req)
    const sealed = await sealAwaited(story, req)
    if (!listed.has(String(story.id)) && !sealed) continue
    const item = toStoryReadItem(shown as Parameters<typeof toStoryReadItem>[0])
    items.push({
      ...item,
      reviewed: hash,
      sealed: sealed ? { changes: sealed.changes } : null,
      // A story held by its seal waits for legal whatever its read of the words says.
      ...(sealed && item.decision.status !== 'pending' && { decision: { ...item.decision, status: 'pending', statusLabel: legalStatusLabel('pending') } }),
      updatedAt: (shown as Dispatch).updatedAt,
    })
  }
  return items.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0)).map(({ updatedAt: _updatedAt, ...item }) => item)
}

/** What legal's dashboard card counts: the quotes waiting and the stories waiting (storiesAwaitingLegal). */
export type LegalQueueCounts = { quotes: number; stories: number; total: number }

/** Returns the counts legal's dashboard card shows, with the user's own access. */
export async function legalQueueCounts(req: PayloadRequest): Promise<LegalQueueCounts> {
  const { totalDocs: quotes } = await req.payload.count({ collection: 'quotes', where: pendingLegalWhere, overrideAccess: false, user: req.user })
  const stories = (await storiesAwaitingLegal(req)).length
  return { quotes, stories, total: quotes + stories }
}

/** GET /api/dispatches/legal-queue: the stories legal's queue lists and the dashboard's counts. Legal and admins only. */
export async function legalQueueFor(req: PayloadRequest): Promise<{ counts: LegalQueueCounts; stories: StoryReadItem[] }> {
  const user = requireUser(req)
  if (!isLegalOrAdmin(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only legal reviewers and admins see legal’s queue')
  const stories = await storiesAwaitingLegal(req)
  const { totalDocs: quotes } = await req.payload.count({ collection: 'quotes', where: pendingLegalWhere, overrideAccess: false, user: req.user })
  return { counts: { quotes, stories: stories.length, total: quotes + stories.length }, stories }
}
