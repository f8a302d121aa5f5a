/**
 * Writes what readers see of a story's quotes, inside the transaction of the publish (the move
 * or the scheduled release) or the withdrawal: the snapshot of every quote cleared at that
 * moment (src/legal/liveQuotes.ts), and none for the others. Nothing else writes `quotes.live`.
 */
import type { PayloadRequest } from 'payload'

import type { Quote } from '../../payload-types'
import { liveSnapshot, sameLiveQuote, type LiveQuote } from '../legal/liveQuotes'
import { storyParagraphs } from '../legal/storyText'

type Id = number | string

const NO_SNAPSHOT = {
  text: null,
  speaker: { name: null, description: null, isAnonymous: null },
  context: null,
  hash: null,
  publishedAt: null,
}

async function quotesOf(dispatchId: Id, tx: PayloadRequest): Promise<Quote[]> {
  const { docs } = await tx.payload.find({
    collection: 'quotes',
    where: { dispatch: { equals: dispatchId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: tx,
  })
  return docs
}

/**
 * `storyProjected`: the caller's own write of the story projects it for readers afterwards (the
 * publish) or already has and quotes no longer show (the withdrawal), so each quote need not.
 */
async function writeLive(quote: Quote, live: LiveQuote | typeof NO_SNAPSHOT, tx: PayloadRequest, storyProjected: boolean): Promise<void> {
  await tx.payload.update({
    collection: 'quotes',
    id: quote.id,
    data: { live },
    depth: 0,
    overrideAccess: true,
    context: { liveSnapshot: true, storyProjected },
    req: tx,
  })
}

/**
 * Gives every quote of the story the snapshot readers will see from now on: cleared quotes as
 * they stand, the others none (hidden). Unchanged snapshots are left alone. Returns the ids shown.
 * With `storyProjected` the caller writes the story next, and that write projects it for readers.
 */
export async function publishLiveQuotes(dispatchId: Id, now: Date, tx: PayloadRequest, { storyProjected = false } = {}): Promise<Id[]> {
  const shown: Id[] = []
  // The text the publish puts out: a quote's context is shown only where it stands in it.
  const story = await tx.payload.findByID({ collection: 'dispatches', id: dispatchId, draft: true, depth: 0, overrideAccess: true, req: tx })
  const paragraphs = storyParagraphs(story)
  for (const quote of await quotesOf(dispatchId, tx)) {
    const snapshot = liveSnapshot(quote, now, paragraphs)
    if (snapshot) shown.push(quote.id)
    if (sameLiveQuote(quote.live, snapshot)) continue
    await writeLive(quote, snapshot ?? NO_SNAPSHOT, tx, storyProjected)
  }
  return shown
}

/** Takes every quote of a story that is no longer live out of readers' reach (after the story was taken down). */
export async function withdrawLiveQuotes(dispatchId: Id, tx: PayloadRequest): Promise<void> {
  for (const quote of await quotesOf(dispatchId, tx)) {
    if (quote.live?.publishedAt || quote.live?.hash) await writeLive(quote, NO_SNAPSHOT, tx, true)
  }
}

