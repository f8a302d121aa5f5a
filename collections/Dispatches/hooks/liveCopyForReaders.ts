import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../../../src/access/roles'

/**
 * Readers without draft rights (frontend keys, anonymous) always get the live copy. With
 * `draft=true` Payload would match their `_status: published` rule against the newest working
 * version instead, so a published story with a pending rewrite would vanish from their lists.
 */
export const liveCopyForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || args.overrideAccess === true || isStaff(req.user)) return args
  return { ...args, draft: false }
}
