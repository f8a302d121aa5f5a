import type { Access } from 'payload'

import { ownDispatchWhere } from '../../../src/access/ownership'
import { isCorrespondent, isDesk } from '../../../src/access/roles'

/** The desk reads the whole log; a correspondent the history of their own dispatches; nobody else. */
export const workflowEventReadAccess: Access = ({ req }) => {
  if (isDesk(req.user)) return true
  if (isCorrespondent(req.user) && req.user) return ownDispatchWhere(req.user, 'dispatch.')
  return false
}
