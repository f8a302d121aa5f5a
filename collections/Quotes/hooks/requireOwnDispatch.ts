import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { ownsDispatch } from '../../../src/access/ownership'
import { isEditorOrAdmin, isLegalOrAdmin, relationId } from '../../../src/access/roles'
import { CopyLockedError } from '../../../src/errors/CopyLockedError'
import { copyEditRefusal, type WorkflowStatus } from '../../../src/workflow/copyRights'

/**
 * A correspondent may add or change quotes only on a dispatch they own, and only while its copy
 * is still theirs to edit (draft or changes_requested): quotes are part of the copy legal reviews.
 */
export const requireOwnDispatch: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // A legal decision changes no copy: the review service records it for legal, who owns no story.
  // Nor does the live snapshot a publish or withdrawal writes (legal may withdraw). The quote
  // binding writes what a dispatch save already allowed.
  if (!req.user || isEditorOrAdmin(req.user) || isLegalOrAdmin(req.user) || req.context.legalDecision || req.context.liveSnapshot || req.context.quoteBinding) return data
  const dispatchId = relationId(data.dispatch ?? originalDoc?.dispatch)
  if (dispatchId === null) return data
  const dispatch = await req.payload
    .findByID({ collection: 'dispatches', id: dispatchId, depth: 0, draft: true, req, disableErrors: true })
    .catch(() => null)
  if (!ownsDispatch(req.user, dispatch)) throw new Forbidden(req.t)
  const refusal = copyEditRefusal(req.user.roles ?? [], dispatch?.workflowStatus as WorkflowStatus | undefined)
  if (refusal !== null) throw new CopyLockedError(`Quotes of this dispatch are locked: ${refusal}`)
  return data
}
