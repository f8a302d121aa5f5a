import type { BaseFilter } from 'payload'

import { ownDispatchWhere } from '../../../src/access/ownership'
import { isCorrespondent, isDesk } from '../../../src/access/roles'

/**
 * The admin's list of dispatches for a correspondent: their own stories only. Read access also
 * lets them read every published story (the public can), but their desk is their own copy.
 */
export const ownDispatchesListFilter: BaseFilter = ({ req }) =>
  isCorrespondent(req.user) && !isDesk(req.user) && req.user ? ownDispatchWhere(req.user) : null
