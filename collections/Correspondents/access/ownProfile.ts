import type { Access, FieldAccess } from 'payload'

import { correspondentIdOf, isDesk, isEditorOrAdmin } from '../../../src/access/roles'

/** Editors and admins edit every profile; a correspondent edits only their own. */
export const editorsOrOwnProfile: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  const own = correspondentIdOf(req.user)
  return own === null ? false : { id: { equals: own } }
}

/** Private contact details: the desk, or the person themselves. */
export const deskOrOwnProfileField: FieldAccess = ({ req, doc, id }) => {
  if (isDesk(req.user)) return true
  const own = correspondentIdOf(req.user)
  if (own === null) return false
  const docId = doc?.id ?? id
  return docId !== undefined && String(docId) === String(own)
}
