import type { CollectionBeforeChangeHook } from 'payload'

import { EmbargoLockedError } from '../../../src/errors/EmbargoLockedError'
import { embargoEditRefusal } from '../../../src/workflow/embargoEdits'

/** A scheduled story's embargo is the one its release job was queued for; see embargoEdits.ts. */
export const keepScheduledEmbargo: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context.workflowService) return data
  const refusal = embargoEditRefusal(originalDoc?.workflowStatus, originalDoc?.embargoUntil, data.embargoUntil)
  if (refusal) throw new EmbargoLockedError(refusal)
  return data
}
