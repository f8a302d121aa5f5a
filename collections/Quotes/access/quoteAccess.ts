import type { Access, Where } from 'payload'

import { ownDispatchWhere } from '../../../src/access/ownership'
import { isCorrespondent, isDesk, isEditorOrAdmin, isLegalOrAdmin } from '../../../src/access/roles'

/**
 * What the public may read: quotes of live stories that went out with them (a live snapshot,
 * written by the publish for quotes that were cleared then). Readers see the snapshot, not the
 * working record (showLiveCopy), so an edit since waits for the next publish. A quote whose
 * words were not in the story when it went out (`binding: unbound`) gets no snapshot, so it is
 * never public; one whose words leave the working copy later keeps the snapshot of the words the
 * live copy still carries until the next publish drops it.
 */
export const publicQuoteWhere: Where = {
  and: [{ 'dispatch._status': { equals: 'published' } }, { 'live.publishedAt': { exists: true } }],
}

/**
 * Correspondents read other people's live quotes as staff, through the working record; those
 * they see only while the working record is itself cleared, so an edit waiting for legal is not
 * shown to them before legal has read it.
 */
const clearedLiveQuoteWhere: Where = {
  and: [publicQuoteWhere, { or: [{ sensitive: { equals: false } }, { 'legal.status': { equals: 'approved' } }] }],
}

/** The desk reads every quote; correspondents also the quotes of their own stories. */
export const quoteReadAccess: Access = ({ req }) => {
  if (isDesk(req.user)) return true
  if (isCorrespondent(req.user) && req.user) {
    return {
      or: [clearedLiveQuoteWhere, { createdBy: { equals: req.user.id } }, ownDispatchWhere(req.user, 'dispatch.')],
    }
  }
  return publicQuoteWhere
}

/**
 * Editors and admins write any quote; a correspondent only quotes they filed; legal any quote's
 * legal flags (enforceFlagRatchet keeps legal to the flags).
 */
export const quoteWriteAccess: Access = ({ req }) => {
  if (isEditorOrAdmin(req.user) || isLegalOrAdmin(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return { createdBy: { equals: req.user.id } }
  return false
}

/** Copy writers create quotes: editors, admins and correspondents (on their own stories). */
export const quoteCreateAccess: Access = ({ req }) => isEditorOrAdmin(req.user) || isCorrespondent(req.user)

/**
 * Whoever may edit a quote may delete it (legal included): the hooks then refuse a
 * sensitive quote to all but legal and admins, and a bound quote to everyone.
 */
export const quoteDeleteAccess: Access = (args) => quoteWriteAccess(args)
