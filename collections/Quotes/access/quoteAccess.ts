import type { Access, Where } from 'payload'

import { ownDispatchWhere } from '../../../src/access/ownership'
import { isCorrespondent, isDesk, isEditorOrAdmin } from '../../../src/access/roles'

/** What the public may read: cleared or non-sensitive quotes of live stories. */
export const publicQuoteWhere: Where = {
  and: [
    { 'dispatch._status': { equals: 'published' } },
    { or: [{ sensitive: { equals: false } }, { 'legal.status': { equals: 'approved' } }] },
  ],
}

/** The desk reads every quote; correspondents also the quotes of their own stories. */
export const quoteReadAccess: Access = ({ req }) => {
  if (isDesk(req.user)) return true
  if (isCorrespondent(req.user) && req.user) {
    return {
      or: [publicQuoteWhere, { createdBy: { equals: req.user.id } }, ownDispatchWhere(req.user, 'dispatch.')],
    }
  }
  return publicQuoteWhere
}

/** Editors and admins write any quote; a correspondent only quotes they filed. */
export const quoteWriteAccess: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return { createdBy: { equals: req.user.id } }
  return false
}

/** Copy writers create quotes: editors, admins and correspondents (on their own stories). */
export const quoteCreateAccess: Access = ({ req }) => isEditorOrAdmin(req.user) || isCorrespondent(req.user)
