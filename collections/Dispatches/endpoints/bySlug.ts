import type { Endpoint } from 'payload'

import { getEnv } from '../../../src/config/env'
import { modelReads } from '../../../src/server/modelReads'

/**
 * GET /api/dispatches/slug/:slug — a story page in one request: the live copy with its byline
 * (names, titles), media (sizes, caption, credit line) and cleared quotes, the same public view
 * for every caller (staff preview drafts elsewhere). 404 when nothing by that slug was ever
 * live; 410 Gone once a story that was live has been taken down. The HTTP server answers this
 * route itself (src/server/createApp.ts); this endpoint serves the same bytes from the read
 * model to anything that reaches Payload's router directly.
 */
export const bySlugEndpoint: Endpoint = {
  path: '/slug/:slug',
  method: 'get',
  handler: async (req) => {
    const answer = await modelReads(req.payload, getEnv()).storyPage(String(req.routeParams?.slug ?? ''))
    return new Response(new Uint8Array(answer.body), { status: answer.status, headers: { 'Content-Type': answer.contentType } })
  },
}
