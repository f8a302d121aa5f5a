/**
 * What the admin's workflow panel shows for one dispatch, computed on the server from the same
 * rules and gate input the transition service uses, for the user asking.
 */
import type { PayloadRequest } from 'payload'

import { mayEdit } from '../access/mayEdit'
import { ownsDispatch } from '../access/ownership'
import { isStaff } from '../access/roles'
import { isWorkflowStatus, WorkflowError, workflowPanelState, type WorkflowPanelState } from '../workflow'
import { copyEditRefusal } from '../workflow/copyRights'
import { gateInputFor, hasLiveCopy } from './records'

/**
 * Returns the panel state of a dispatch for `req.user`, or throws ROLE_NOT_ALLOWED (not newsroom
 * staff) or NOT_FOUND (no such dispatch, or not one this user may read).
 */
export async function workflowPanelFor(id: string, req: PayloadRequest): Promise<WorkflowPanelState & EditRights> {
  const user = req.user
  if (!user || !isStaff(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only newsroom staff see the workflow of a dispatch')
  // Read with the user's own access: a story they may not read is "not found", never described.
  const seen = await req.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: false, user, disableErrors: true, req })
  if (!seen) throw new WorkflowError('NOT_FOUND', `No dispatch with id ${id}`)
  // The gate and ownership are judged on the whole working copy, fields this user may not read included.
  const working = await req.payload.findByID({ collection: 'dispatches', id: seen.id, draft: true, depth: 0, overrideAccess: true, req })
  if (!isWorkflowStatus(working.workflowStatus)) {
    throw new WorkflowError('INVALID_REQUEST', `The dispatch has no valid workflow status ("${String(working.workflowStatus)}")`)
  }
  const owns = ownsDispatch(user, working)
  const canEdit = await mayEdit(req, 'dispatches', working.id)
  const panel = workflowPanelState({
    actor: { id: user.id, roles: user.roles ?? [], owns },
    status: working.workflowStatus,
    hasLiveCopy: await hasLiveCopy(working.id, req),
    gate: await gateInputFor(working, req),
    now: new Date(),
    adminRoute: req.payload.config.routes.admin,
  })
  return { ...panel, canEdit, reason: canEdit ? null : readOnlyReason(user.roles ?? [], working.workflowStatus, owns) }
}

/** Whether the user may save the working copy, and if not why: what the admin shows on a read-only form. */
export type EditRights = { canEdit: boolean; reason: string | null }

function readOnlyReason(roles: readonly string[], status: Parameters<typeof copyEditRefusal>[1], owns: boolean): string {
  const byStatus = copyEditRefusal(roles, status)
  if (byStatus && !roles.includes('correspondent')) return 'Your role may not edit dispatch copy; this story is read-only for you'
  if (!owns) return 'Only the desk and the story’s own correspondents edit it; you are not in its byline'
  return byStatus ?? 'You may not edit this story'
}
