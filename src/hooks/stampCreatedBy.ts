import type { CollectionBeforeChangeHook } from 'payload'

/** Records the signed-in user as the creator so that "own" access rules have something to match. */
export const stampCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && req.user.collection === 'users' && !data.createdBy) {
    data.createdBy = req.user.id
  }
  return data
}
