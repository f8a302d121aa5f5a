import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { CopyLockedError } from '../../../src/errors/CopyLockedError'
import { copyEditRefusal, type WorkflowStatus } from '../../../src/workflow/copyRights'

/** A correspondent's edit rights end when the story is submitted; legal and readers never edit copy. */
export const enforceCopyRights: CollectionBeforeChangeHook = ({ operation, originalDoc, req }) => {
  if (!req.user || req.context.workflowService) return
  const status = (operation === 'create' ? 'draft' : originalDoc?.workflowStatus) as WorkflowStatus | undefined
  const refusal = copyEditRefusal(req.user.roles ?? [], status)
  if (refusal === null) return
  if (operation === 'create') throw new Forbidden(req.t)
  throw new CopyLockedError(refusal)
}
