import type { CollectionAfterChangeHook } from 'payload'

import { quoteBecamePending } from '../../../src/notifications/quotePending'

/** A sensitive quote that has just become `pending` (new, edited, newly sensitive) is mailed to legal after the commit. */
export const notifyLegal: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.legal?.status === 'pending' && previousDoc?.legal?.status !== 'pending') await quoteBecamePending(req, doc)
  return doc
}
