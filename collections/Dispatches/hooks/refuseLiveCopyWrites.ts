import type { CollectionBeforeOperationHook } from 'payload'

import { PublishOutsideWorkflowError } from '../../../src/errors/PublishOutsideWorkflowError'
import { liveCopyWriteRefusal } from '../../../src/workflow/liveCopyWrites'

/**
 * Only the workflow service (or trusted server code with overrideAccess) changes the live copy;
 * REST, GraphQL, the admin's publish button and the Local API with a user save drafts only.
 */
export const refuseLiveCopyWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess === true || req.context.workflowService) return args
  const data = (args.data ?? {}) as { _status?: unknown }
  const refusal = liveCopyWriteRefusal({ operation, draft: Boolean(args.draft), status: data._status })
  if (refusal !== null) throw new PublishOutsideWorkflowError(refusal)
  return args
}
