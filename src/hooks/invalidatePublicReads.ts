import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, RequestContext } from 'payload'

import { invalidatorFor } from '../server/invalidation'

type Change = { doc: Record<string, unknown>; previousDoc?: Record<string, unknown>; context: RequestContext }

/**
 * After a change that readers can see, public reads are invalidated (on every instance) once the
 * change commits. `shows` says whether a change can be visible; over-invalidating is only slower.
 */
export const invalidatePublicReadsAfterChange =
  (shows: (change: Change) => boolean = () => true): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (shows({ doc, previousDoc, context })) await invalidatorFor(req.payload).changed(req)
    return doc
  }

/** After a delete, public reads are invalidated once it commits. */
export const invalidatePublicReadsAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidatorFor(req.payload).changed(req)
  return doc
}

/** A dispatch change shows when the live copy is involved: a publish, withdrawal or correction. */
export const dispatchChangeShows = ({ doc, previousDoc, context }: Change): boolean =>
  doc._status === 'published' || previousDoc?._status === 'published' || context.workflowService === true

/** A media asset change shows when a published story shows the asset, before or after. */
export const mediaChangeShows = ({ doc, previousDoc }: Change): boolean =>
  doc.isPublic === true || previousDoc?.isPublic === true
