import type { Access, FieldAccess, Where } from 'payload'

import { isAdmin, isCopyWriter, isDesk, isEditorOrAdmin, isStaff } from './roles'

/** Live copy only: what anonymous and frontend readers may see of a versioned collection. */
export const publishedOnly: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true
export const nobody: Access = () => false
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const editorsOrAdmins: Access = ({ req }) => isEditorOrAdmin(req.user)
/** Editors, admins and correspondents: the people who write copy (legal reviews it, never writes it). */
/** Editors, legal and admins: the desk, who read every draft and note. */
export const deskOnly: Access = ({ req }) => isDesk(req.user)
export const copyWriters: Access = ({ req }) => isCopyWriter(req.user)

export const fieldDeskOnly: FieldAccess = ({ req }) => isDesk(req.user)
export const fieldStaffOnly: FieldAccess = ({ req }) => isStaff(req.user)
export const fieldEditorsOrAdmins: FieldAccess = ({ req }) => isEditorOrAdmin(req.user)
export const fieldAdminsOnly: FieldAccess = ({ req }) => isAdmin(req.user)
/** Fields only the server writes (through the workflow service, with overrideAccess). */
export const fieldServerOnly: FieldAccess = () => false
export const fieldAnyone: FieldAccess = () => true
