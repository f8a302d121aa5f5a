import type { CollectionAfterReadHook } from 'payload'

import type { Quote } from '../../../payload-types'
import { isStaff } from '../../../src/access/roles'

/**
 * Readers outside the newsroom (anonymous, frontend keys) see a quote as it was published: the
 * words, speaker and context of its live snapshot, whatever the desk has changed since. Their
 * field access already hides the working values (so they cannot be filtered or sorted on
 * either); a quote without a snapshot is not readable to them at all (quoteReadAccess), and if
 * one arrives here anyway it goes out without words rather than with the working ones.
 */
export const showLiveCopy: CollectionAfterReadHook<Quote> = ({ doc, overrideAccess, req }) => {
  if (overrideAccess || isStaff(req.user)) return doc
  const { text: _text, speaker: _speaker, context: _context, ...rest } = doc
  const live = doc.live
  if (!live?.publishedAt || typeof live.text !== 'string') return rest as Quote
  return {
    ...rest,
    text: live.text,
    speaker: {
      name: live.speaker?.name ?? null,
      description: live.speaker?.description ?? null,
      isAnonymous: Boolean(live.speaker?.isAnonymous),
    },
    context: live.context ?? null,
  }
}
