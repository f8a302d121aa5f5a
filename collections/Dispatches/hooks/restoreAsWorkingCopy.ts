import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Fields a restored version does not bring back: they record where the story stands in the
 * workflow (status, embargo, hold, publication dates, corrections) or who filed it, not its copy.
 */
const KEPT_FROM_WORKING_COPY = [
  'workflowStatus',
  'embargoUntil',
  'legalHold',
  'publishedAt',
  'firstPublishedAt',
  'corrections',
  'intakeHash',
  'createdBy',
] as const

/**
 * Restoring a version brings back old copy as the new working copy (a draft; see
 * refuseLiveCopyWrites), and nothing else: the story keeps its workflow status, so a restore
 * never publishes, never moves a story without an audit row, and never revives an old hold or
 * publication date. Payload drops server-only fields from the restored data (field access), so
 * they are put back here from the current working copy.
 */
export const restoreAsWorkingCopy: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.context.isRestoringVersion || req.context.workflowService || !originalDoc) return data
  const restored: Record<string, unknown> = { ...data }
  for (const field of KEPT_FROM_WORKING_COPY) restored[field] = originalDoc[field] ?? null
  return restored
}
