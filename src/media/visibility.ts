import type { PayloadRequest } from 'payload'

import { relationId } from '../access/roles'
import { liveStoryShowsMedia } from '../db/mediaShown'

type DispatchMediaRefs = {
  media?: unknown[] | null
  bodyMedia?: unknown[] | null
}

/** Returns every media id a dispatch shows, in its media list or inline in its body. */
export function mediaIdsOf(dispatch: DispatchMediaRefs | null | undefined): Array<number | string> {
  if (!dispatch) return []
  const ids = [...(dispatch.media ?? []), ...(dispatch.bodyMedia ?? [])]
    .map(relationId)
    .filter((id): id is number | string => id !== null)
  return [...new Set(ids)]
}

/**
 * Recomputes `isPublic` for the given assets: an asset is public exactly while some live
 * (published) dispatch shows it. Runs inside the caller's transaction through `req`.
 */
export async function refreshMediaVisibility(ids: Array<number | string>, req: PayloadRequest): Promise<void> {
  const unique = [...new Set(ids.map(String))]
  for (const id of unique) {
    // Whether one live story shows it, not how many (see liveStoryShowsMedia).
    const shown = (await liveStoryShowsMedia(id, req)) ?? (await shownByPayload(id, req))
    await req.payload.update({
      collection: 'media-assets',
      where: { and: [{ id: { equals: id } }, { isPublic: { not_equals: shown } }] },
      data: { isPublic: shown },
      depth: 0,
      req,
      context: { mediaVisibility: true },
    })
  }
}

/** The same question through Payload, for databases without SQL (MongoDB). */
async function shownByPayload(id: string, req: PayloadRequest): Promise<boolean> {
  const live = await req.payload.count({
    collection: 'dispatches',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { or: [{ media: { in: [id] } }, { bodyMedia: { in: [id] } }] },
      ],
    },
    req,
  })
  return live.totalDocs > 0
}
