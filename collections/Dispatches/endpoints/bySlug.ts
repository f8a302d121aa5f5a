import type { Endpoint } from 'payload'

import { getEnv } from '../../../src/config/env'
import { storyBySlug } from '../../../src/server/publicStories'
import { problem } from '../../../src/server/problem'

/**
 * GET /api/dispatches/slug/:slug — a story page in one request: the live copy with its byline
 * (names, titles), media (sizes, caption, credit line) and cleared quotes, the same public view
 * for every caller (staff preview drafts elsewhere). 404 when nothing by that slug was ever
 * live; 410 Gone once a story that was live has been taken down.
 */
export const bySlugEndpoint: Endpoint = {
  path: '/slug/:slug',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const found = await storyBySlug(req.payload, slug, getEnv().SERVER_URL)
    if (found.status === 'live') return Response.json(found.story)
    if (found.status === 'withdrawn') return problem(410, 'WITHDRAWN', 'This story has been withdrawn')
    return problem(404, 'NOT_FOUND', `No published story with slug "${slug}"`)
  },
}
