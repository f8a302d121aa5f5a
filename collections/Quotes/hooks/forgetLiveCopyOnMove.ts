import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/access/roles'

/**
 * A quote moved to another story was never published with that story: its snapshot goes, so it
 * reaches the other story's readers only when that story next goes out through the gate.
 */
export const forgetLiveCopyOnMove: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  const before = relationId(originalDoc.dispatch)
  const after = relationId(data.dispatch ?? originalDoc.dispatch)
  if (before !== null && after !== null && String(before) !== String(after)) {
    data.live = { text: null, speaker: { name: null, description: null, isAnonymous: null }, context: null, hash: null, publishedAt: null }
  }
  return data
}
