import type { RequestHandler } from 'express'

import type { Env } from '../config/env'
import { publicCacheControl } from '../delivery/cacheHeaders'
import { ifNoneMatchHits, strongEtag } from '../delivery/etag'
import { openApiDocument } from '../openapi/document'

/** GET /api/openapi.json — the OpenAPI 3.1 description, built once per process, cached like any public read. */
export function openApiRoute(env: Env): RequestHandler {
  let built: { body: string; etag: string } | undefined
  return (req, res) => {
    built ??= (() => {
      const body = JSON.stringify(openApiDocument(env.SERVER_URL))
      return { body, etag: strongEtag(body) }
    })()
    res.setHeader('ETag', built.etag)
    res.setHeader('Cache-Control', publicCacheControl(env.PUBLIC_CACHE_MAX_AGE, env.PUBLIC_CACHE_STALE_WHILE_REVALIDATE))
    if (ifNoneMatchHits(req.headers['if-none-match'], built.etag)) {
      res.status(304).end()
      return
    }
    res.type('application/json').send(built.body)
  }
}
