import type { CollectionBeforeOperationHook } from 'payload'

import { PublishOutsideWorkflowError } from '../../../src/errors/PublishOutsideWorkflowError'
import { liveCopyWriteRefusal } from '../../../src/workflow/liveCopyWrites'

/**
 * Only the workflow service (or trusted server code with overrideAccess and no user) changes the
 * live copy; REST, GraphQL, the admin's publish button, version restores and the Local API with a
 * user save drafts only. Payload's Local API defaults `overrideAccess` to true even when a `user`
 * is given, so `overrideAccess` is trusted only without one: code acting for a user is that user.
 * A duplicate is always saved as a draft: it starts its own life in the workflow.
 */
export const refuseLiveCopyWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  if (req.context.workflowService || (args.overrideAccess === true && !req.user)) return args
  const data = (('data' in args ? args.data : undefined) ?? {}) as { _status?: unknown }
  const refusal = liveCopyWriteRefusal({ operation, draft: Boolean(args.draft), status: data._status })
  if (refusal !== null) throw new PublishOutsideWorkflowError(refusal)
  if (operation === 'create' && 'duplicateFromID' in args && args.duplicateFromID != null) return { ...args, draft: true }
  return args
}
