import type { FieldAccess } from 'payload'

import { ownsDispatch } from '../../../src/access/ownership'
import { isCorrespondent, isDesk } from '../../../src/access/roles'

/** Internal notes of a dispatch: the desk, or a correspondent who owns this dispatch. */
export const deskOrOwnDispatchField: FieldAccess = ({ req, doc }) => {
  if (isDesk(req.user)) return true
  return isCorrespondent(req.user) && ownsDispatch(req.user, doc)
}
