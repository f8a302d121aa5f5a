import type { Access } from 'payload'

import { isAdmin, isDesk } from '../../../src/access/roles'

/** Admins manage everyone; everybody else sees and changes only their own account. */
export const selfOrAdmin: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/** The desk (editors, legal, admins) can see who is who, e.g. a reviewer's name; others only themselves. */
export const deskOrSelf: Access = ({ req }) => {
  if (isDesk(req.user)) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
