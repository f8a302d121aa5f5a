import type { Endpoint } from 'payload'

import { problem } from '../../../src/server/problem'

/**
 * GET /api/dispatches/slug/:slug — the live copy of a story for front ends, read with the
 * requester's own access (public fields, cleared quotes). 404 when nothing by that slug was ever
 * live; 410 Gone once a story that was live has been taken down.
 */
export const bySlugEndpoint: Endpoint = {
  path: '/slug/:slug',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const live = await req.payload.find({
      collection: 'dispatches',
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 2,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (live.docs[0]) return Response.json(live.docs[0])

    // Taken down: the main row exists, is no longer published, and was live once.
    const gone = await req.payload.count({
      collection: 'dispatches',
      where: { and: [{ slug: { equals: slug } }, { firstPublishedAt: { exists: true } }, { _status: { not_equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    if (gone.totalDocs > 0) return problem(410, 'WITHDRAWN', 'This story has been withdrawn')
    return problem(404, 'NOT_FOUND', `No published story with slug "${slug}"`)
  },
}
