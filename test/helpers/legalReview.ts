/**
 * What a legal decision names: the hash of the words legal read (`reviewed`). Every test that
 * decides as legal goes through here, reading the words as they stand just before the decision —
 * as legal's desk does when it opens them. A test of a decision on words that changed since takes
 * the hash at the moment legal read, and sends that instead.
 */
import { createLocalReq, type Payload } from 'payload'

import { quoteHash } from '../../src/quotes/legalState'
import { readingOf } from '../../src/services/storyReading'

type Id = number | string

/** The hash a decision on something that does not exist names (its answer is the 404). */
export const NO_SUCH_HASH = '0'.repeat(64)

const asId = (id: Id): Id | null => (typeof id === 'number' || /^\d+$/.test(String(id)) ? id : null)

/** Returns the hash legal names to decide on a quote as it stands (its `legal.reviewHash`). */
export async function quoteReviewed(payload: Payload, id: Id): Promise<string> {
  const quote = asId(id) === null ? null : await payload.findByID({ collection: 'quotes', id, depth: 0, overrideAccess: true, disableErrors: true })
  return quote ? quoteHash(quote.text, quote.speaker) : NO_SUCH_HASH
}

/** Returns the hash legal names to decide on a story's text as it stands (the `hash` of its legal-review). */
export async function storyReviewed(payload: Payload, id: Id): Promise<string> {
  const story = asId(id) === null ? null : await payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  return story ? (await readingOf(story, await createLocalReq({}, payload))).hash : NO_SUCH_HASH
}

/**
 * Returns a decision's body naming what stands now (`{ ...body, reviewed }`) for a quote or a
 * story's text. A body that is not an object, or names its own `reviewed`, is sent as it is.
 */
export async function reviewing<T>(payload: Payload, subject: 'quotes' | 'dispatches', id: Id, body: T): Promise<T> {
  if (!body || typeof body !== 'object' || Array.isArray(body) || 'reviewed' in body) return body
  const reviewed = subject === 'quotes' ? await quoteReviewed(payload, id) : await storyReviewed(payload, id)
  return { ...body, reviewed }
}
