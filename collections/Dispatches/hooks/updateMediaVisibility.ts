import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { mediaIdsOf, refreshMediaVisibility } from '../../../src/media/visibility'

/**
 * After a save that can change what is live, the assets the story shows (now, before, or in its
 * live copy) are re-checked. Visibility follows the published main row only, so a draft save
 * where neither side is published (most saves: filing, autosave, intake) cannot change it.
 */
export const updateMediaVisibilityAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  const live = await req.payload.findByID({
    collection: 'dispatches',
    id: doc.id,
    depth: 0,
    draft: false,
    req,
    disableErrors: true,
    select: { media: true, bodyMedia: true },
  })
  await refreshMediaVisibility([...mediaIdsOf(doc), ...mediaIdsOf(previousDoc), ...mediaIdsOf(live)], req)
  return doc
}

export const updateMediaVisibilityAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshMediaVisibility(mediaIdsOf(doc), req)
  return doc
}
