/**
 * What a legal decision names: the hash of what legal read (`reviewed`), and for a quote the story
 * as legal saw it beside the quote (`story`). Every test that decides as legal goes through here,
 * reading what legal would see just before the decision — as legal's desk does when it opens it. A
 * test of a decision on something that changed since takes the hash at the moment legal read, and
 * sends that instead.
 */
import { createLocalReq, type Payload } from 'payload'

import type { Dispatch } from '../../payload-types'
import { quoteHash } from '../../src/quotes/legalState'
import { storyUnderReview } from '../../src/services/legalSeal'

type Id = number | string

/** The hash a decision on something that does not exist names (its answer is the 404). */
export const NO_SUCH_HASH = '0'.repeat(64)

const asId = (id: Id): Id | null => (typeof id === 'number' || /^\d+$/.test(String(id)) ? id : null)

const quoteOf = async (payload: Payload, id: Id) =>
  asId(id) === null ? null : await payload.findByID({ collection: 'quotes', id, depth: 0, overrideAccess: true, disableErrors: true })

/** Returns the hash legal names to decide on a quote as it stands (its `legal.reviewHash`). */
export async function quoteReviewed(payload: Payload, id: Id): Promise<string> {
  const quote = await quoteOf(payload, id)
  return quote ? quoteHash(quote.text, quote.speaker) : NO_SUCH_HASH
}

/** Returns the hash legal names to decide on a story as it stands (the `hash` of its legal-review: text and fingerprint). */
export async function storyReviewed(payload: Payload, id: Id): Promise<string> {
  const story = asId(id) === null ? null : await payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  return story ? (await storyUnderReview(story as Dispatch, await createLocalReq({}, payload))).hash : NO_SUCH_HASH
}

/** Returns what a decision on a quote names as it stands: the quote (`reviewed`) and its story (`story`). */
export async function quoteReview(payload: Payload, id: Id): Promise<{ reviewed: string; story?: string }> {
  const quote = await quoteOf(payload, id)
  if (!quote) return { reviewed: NO_SUCH_HASH }
  const dispatch = typeof quote.dispatch === 'object' && quote.dispatch ? quote.dispatch.id : quote.dispatch
  return { reviewed: quoteHash(quote.text, quote.speaker), ...(dispatch !== null && dispatch !== undefined && { story: await storyReviewed(payload, dispatch) }) }
}

/**
 * Returns a decision's body naming what stands now (`{ ...body, reviewed }`, and a quote's
 * `story`) for a quote or a story. A body that is not an object, or names its own `reviewed`, is
 * sent as it is.
 */
export async function reviewing<T>(payload: Payload, subject: 'quotes' | 'dispatches', id: Id, body: T): Promise<T> {
  if (!body || typeof body !== 'object' || Array.isArray(body) || 'reviewed' in body) return body
  if (subject === 'quotes') return { ...body, ...(await quoteReview(payload, id)) }
  return { ...body, reviewed: await storyReviewed(payload, id) }
}
