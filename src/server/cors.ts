import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'

const ALLOWED_HEADERS = 'Origin, X-Requested-With, Content-Type, Accept, Authorization, If-None-Match, If-Match, Content-Encoding, X-Payload-HTTP-Method-Override'
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

/** Returns the CORS headers an answer to this origin carries: none unless the origin is allowed. */
export function corsHeadersFor(origins: string[]): (origin: string | undefined) => Record<string, string> | undefined {
  const allowed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')))
  return (origin) =>
    origin !== undefined && allowed.has(origin)
      ? {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Credentials': 'true',
          'Access-Control-Expose-Headers': 'ETag, Cache-Control, X-Cache',
        }
      : undefined
}

/**
 * Returns what the CORS middleware does to every answer before anything else runs (`Vary:
 * Origin` when there is an origin, the allowed origin's headers): the HTTP server's fast path
 * (fastReads.ts) does the same, so its answers are express's to the byte.
 */
export function applyCors(origins: string[]): (req: IncomingMessage, res: ServerResponse) => Record<string, string> | undefined {
  const headersFor = corsHeadersFor(origins)
  return (req, res) => {
    const origin = req.headers.origin
    if (origin) res.appendHeader('Vary', 'Origin')
    const headers = headersFor(origin)
    if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    return headers
  }
}

/**
 * CORS for every route from `CORS_ORIGINS`: an allowed origin gets
 * `Access-Control-Allow-Origin` (with credentials) on every answer, cached ones included; any
 * other origin gets no CORS header, so browsers refuse to hand it the response. Preflights
 * are answered here (204), before Payload or the cache.
 */
export function cors(origins: string[]): RequestHandler {
  const apply = applyCors(origins)
  return (req, res, next) => {
    const headers = apply(req, res)
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (headers) {
        res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS)
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
        res.setHeader('Access-Control-Max-Age', '600')
      }
      res.status(204).end()
      return
    }
    next()
  }
}
