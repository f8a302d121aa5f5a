import type { Access } from 'payload'

import { isCorrespondent, isEditorOrAdmin } from '../../../src/access/roles'

/** Editors and admins change any asset; correspondents the ones they uploaded. */
export const editorsOrOwnMedia: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return { createdBy: { equals: req.user.id } }
  return false
}
