import type { PayloadRequest } from 'payload'

import { relationId } from '../access/roles'
import { afterCommit } from '../db/transactions'
import { notify } from './send'

type Id = number | string

/** Quotes that became pending, per transaction and story, so one save (or one import) is one mail. */
const batches = new Map<string, Map<Id, Id[]>>()
let unbatched = 0

/**
 * Records that a quote now waits for legal, and mails legal once the save has committed. The
 * quotes are read again then, so a rolled-back save or a quote cleared meanwhile mails nobody.
 */
export async function quoteBecamePending(req: PayloadRequest, quote: { id: Id; dispatch: unknown }): Promise<void> {
  const dispatchId = relationId(quote.dispatch)
  if (dispatchId === null) return
  const transactionID = await req.transactionID
  const key = transactionID == null ? `none:${(unbatched += 1)}` : String(transactionID)
  let batch = batches.get(key)
  if (!batch) {
    batch = new Map()
    batches.set(key, batch)
    const { payload } = req
    const actor = req.user?.email ?? null
    await afterCommit(req, () => {
      const stories = batches.get(key)
      batches.delete(key)
      if (stories) void mailLegal(payload, stories, actor)
    })
  }
  batch.set(dispatchId, [...(batch.get(dispatchId) ?? []), quote.id])
}

async function mailLegal(payload: PayloadRequest['payload'], stories: Map<Id, Id[]>, actor: string | null): Promise<void> {
  for (const [dispatchId, quoteIds] of stories) {
    try {
      const story = await payload.findByID({ collection: 'dispatches', id: dispatchId, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
      if (!story) continue
      const { docs } = await payload.find({
        collection: 'quotes',
        where: { and: [{ id: { in: quoteIds } }, { sensitive: { equals: true } }, { 'legal.status': { equals: 'pending' } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      if (!docs.length) continue
      notify(payload, { kind: 'quote_pending', story: { id: story.id, headline: story.headline }, quotes: docs.map((q) => ({ id: q.id, text: q.text })) }, actor)
    } catch (error) {
      payload.logger.error({ err: error, msg: `Could not prepare the legal notice for dispatch ${String(dispatchId)}` })
    }
  }
}
