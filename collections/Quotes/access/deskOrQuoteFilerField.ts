import type { FieldAccess } from 'payload'

import { isCorrespondent, isDesk, relationId } from '../../../src/access/roles'

/**
 * Legal review and sensitivity of a quote: the desk, or the correspondent who filed the quote.
 * (Field rules see only the quote itself, so "own story" is approximated by "filed it".) A
 * correspondent filing a new quote sees them too, so they can say why it is sensitive.
 */
export const deskOrQuoteFilerField: FieldAccess = ({ req, doc }) => {
  if (isDesk(req.user)) return true
  if (!isCorrespondent(req.user) || !req.user) return false
  // No document: the admin asking whether to show the field on a new quote, which the
  // correspondent is filing (reads of stored quotes always come with the document).
  // The create form asks with an empty document (no id, no filer yet): stored quotes have both.
  const seen = (doc ?? {}) as { id?: unknown; createdBy?: unknown }
  if (seen.id == null && seen.createdBy == null) return true
  const filer = relationId((doc as { createdBy?: unknown } | undefined)?.createdBy)
  return filer !== null && String(filer) === String(req.user.id)
}
