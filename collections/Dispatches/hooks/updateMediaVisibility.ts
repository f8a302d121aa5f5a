import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { mediaIdsOf, refreshMediaVisibility } from '../../../src/media/visibility'

/** After any save, the assets the story shows (now, before, or in its live copy) are re-checked. */
export const updateMediaVisibilityAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
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
