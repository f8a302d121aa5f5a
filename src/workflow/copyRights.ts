import { statusLabel } from '../lib/labels'

export const WORKFLOW_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

/** Statuses in which a correspondent may still change their own copy. */
const CORRESPONDENT_EDITABLE: ReadonlySet<WorkflowStatus> = new Set(['draft', 'changes_requested'])

/**
 * Returns why the copy may not be changed, or null when it may. Editors and admins edit in any
 * status; a correspondent's rights end when the story is submitted.
 */
export function copyEditRefusal(
  roles: readonly string[],
  status: WorkflowStatus | null | undefined,
): string | null {
  if (roles.includes('admin') || roles.includes('editor')) return null
  if (roles.includes('correspondent')) {
    return CORRESPONDENT_EDITABLE.has(status ?? 'draft')
      ? null
      : `Correspondents can edit a dispatch only while it is a draft or changes are requested; this one is ${statusLabel(status).toLowerCase()}`
  }
  return 'Your role may not edit dispatch copy'
}
