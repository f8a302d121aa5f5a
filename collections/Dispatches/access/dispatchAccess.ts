import type { Access } from 'payload'

import { ownDispatchWhere } from '../../../src/access/ownership'
import { isCorrespondent, isDesk, isEditorOrAdmin } from '../../../src/access/roles'
import { publishedOnly } from '../../../src/access/wrappers'

/** The desk reads every dispatch; correspondents the live copy and their own; everyone else only live copy. */
export const dispatchReadAccess: Access = ({ req }) => {
  if (isDesk(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return { or: [publishedOnly, ownDispatchWhere(req.user)] }
  return publishedOnly
}

/**
 * Version history holds working copies, so it is for the desk and the story's own correspondents.
 * The filter runs against the versions table, where a dispatch's fields sit under `version.`.
 */
export const dispatchVersionsAccess: Access = ({ req }) => {
  if (isDesk(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return ownDispatchWhere(req.user, 'version.')
  return false
}

/** Editors and admins write any dispatch; correspondents their own (status rules in a hook). */
export const dispatchWriteAccess: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return ownDispatchWhere(req.user)
  return false
}

export const dispatchCreateAccess: Access = ({ req }) => isEditorOrAdmin(req.user) || isCorrespondent(req.user)
