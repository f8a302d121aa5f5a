import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records who stored this version (null for the server's own saves, e.g. a scheduled release),
 * so a refused stale save can say who saved last, and a user's own autosaves never count as
 * someone else's (see refuseStaleSave).
 */
export const stampUpdatedBy: CollectionBeforeChangeHook = ({ data, req }) => {
  data.updatedBy = req.user && req.user.collection === 'users' ? req.user.id : null
  return data
}
