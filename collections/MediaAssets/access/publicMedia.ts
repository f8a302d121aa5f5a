import type { Access } from 'payload'

import { isStaff } from '../../../src/access/roles'

/**
 * Staff see every asset; everyone else only assets a published story shows (`isPublic`, kept
 * current by the dispatch hooks). The same rule guards the file URLs.
 */
export const staffOrPublicMedia: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  return { isPublic: { equals: true } }
}
