/** What a create or update of a dispatch asks for, as far as the live copy is concerned. */
export type DispatchWrite = {
  operation: 'create' | 'update' | 'restoreVersion'
  /** Saved as a draft version (`?draft=true`), leaving the live copy alone. */
  draft: boolean
  /** The `_status` the client sent, if any. */
  status: unknown
}

/**
 * Returns why a write would change what is published outside the workflow service, or null when
 * it only touches the working copy. Updates without `draft` write the main document, which for a
 * published story is the live copy itself (and `_status: 'draft'` there would unpublish it).
 */
export function liveCopyWriteRefusal({ operation, draft, status }: DispatchWrite): string | null {
  if (status === 'published') {
    return 'Dispatches are published only through POST /api/dispatches/:id/transition, not by writing _status'
  }
  if (operation === 'restoreVersion' && !draft) {
    // Restoring without ?draft=true writes the version into the main row, so restoring a version
    // that was published would republish old copy past the gate (and legal) in one click. It is
    // refused rather than turned into a draft restore: Payload reads `draft` before any hook runs.
    return 'Restore a version as a draft (?draft=true); it goes live only through POST /api/dispatches/:id/transition'
  }
  if (operation === 'update' && !draft) {
    return 'Save changes to a dispatch as a draft (?draft=true); the live copy changes only through POST /api/dispatches/:id/transition'
  }
  return null
}
