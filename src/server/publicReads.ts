import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Request as ExpressRequest, RequestHandler } from 'express'

import type { Env } from '../config/env'
import { PRIVATE_NO_STORE, PUBLIC_VARY, publicCacheControl } from '../delivery/cacheHeaders'
import { cacheKey } from '../delivery/cacheKey'
import { ifNoneMatchHits, strongEtag } from '../delivery/etag'
import { checkListParams, InvalidParameterError } from '../delivery/listParams'
import type { CachedResponse, ResponseCache } from '../delivery/responseCache'
import { DatelineError } from '../errors/DatelineError'
import { cacheTagHeader, surrogateHeader } from '../delivery/surrogateKeys'
import { sendFetchResponse } from './fetchBridge'
import type { Produced } from './modelReads'
import type { ReaderKind } from './readerKind'

/**
 * Produces the answer for a path and query (already checked and clamped): a fetch Response
 * (Payload's) or an answer read from the model, which carries its own tag and keys.
 */
export type Producer = (pathAndQuery: string, req: ExpressRequest, kind: ReaderKind) => Promise<Response | Produced>

type Answer = { status: number; body: Buffer; contentType: string; entry?: CachedResponse }

type RouteOptions = {
  /** `page`/`limit` are checked and clamped (a list read). */
  list?: boolean
  /** The surrogate keys of a Payload answer (model answers name their own). */
  keys?: (req: ExpressRequest) => Promise<readonly string[]> | readonly string[]
}

type Deps = {
  cache: ResponseCache
  classify: (headers: ExpressRequest['headers']) => Promise<ReaderKind>
  env: Env
  /** Says whether a path is a public list route, whose `limit` is clamped (`/api/dispatches`, …). */
  isListPath: (path: string) => boolean
  /** Headers CORS adds for a request's origin (none for origins not allowed). */
  corsHeaders: (origin: string | undefined) => Record<string, string> | undefined
  /** The session cookie's name: a request carrying it is never answered by the fast path. */
  sessionCookie: string
}

/**
 * Public reads with HTTP caching. Anonymous and frontend readers get strong ETags, a
 * `Cache-Control` shared caches may honour, 304 on a matching If-None-Match, and answers from
 * the in-process cache without Payload being called: the stored bytes and tag are sent as they
 * are. Staff and `draft=true` reads go to Payload every time and are marked `private, no-store`.
 * List reads (`list: true`) check `page`/`limit` (400 naming the parameter) and clamp `limit`
 * for the public. Returns `route` (an express handler per public route, which fills the cache)
 * and `serveHit` (the HTTP server's fast path for anonymous hits, which only reads it).
 */
export function publicReads({ cache, classify, env, isListPath, corsHeaders, sessionCookie }: Deps) {
  const cacheControl = publicCacheControl(env.PUBLIC_CACHE_MAX_AGE, env.PUBLIC_CACHE_STALE_WHILE_REVALIDATE)
  // One Payload call per key and generation at a time: readers who miss together share it.
  const inFlight = new Map<string, { generation: number; answer: Promise<Answer> }>()

  const produceOnce = (key: string, produce: () => Promise<Response | Produced>, keysOf: () => Promise<readonly string[]>): Promise<Answer> => {
    const generation = cache.generation
    const flight = inFlight.get(key)
    if (flight && flight.generation === generation) return flight.answer
    const answer = (async (): Promise<Answer> => {
      const produced = await produce()
      let entry: CachedResponse
      if (produced instanceof Response) {
        const body = Buffer.from(await produced.arrayBuffer())
        const contentType = produced.headers.get('content-type') ?? 'application/json'
        if (produced.status !== 200) return { status: produced.status, body, contentType }
        entry = { body, etag: strongEtag(body), contentType, keys: await keysOf() }
      } else {
        const { status, body, contentType } = produced
        if (status !== 200) return { status, body, contentType }
        entry = { body, etag: produced.etag ?? strongEtag(body), contentType, keys: produced.keys, link: produced.link }
      }
      cache.set(key, entry, generation)
      const body = entry.body
      const contentType = entry.contentType
      return { status: 200, body, contentType, entry }
    })()
    inFlight.set(key, { generation, answer })
    const forget = (): void => {
      if (inFlight.get(key)?.answer === answer) inFlight.delete(key)
    }
    answer.then(forget, forget)
    return answer
  }

  const sendEntry = (req: IncomingMessage, res: ServerResponse, entry: CachedResponse, cached: boolean): void => {
    const headers: Record<string, string | number> = {
      ...corsHeaders(req.headers.origin),
      ETag: entry.etag,
      'Cache-Control': cacheControl,
      Vary: PUBLIC_VARY,
      'X-Cache': cached ? 'HIT' : 'MISS',
    }
    if (entry.keys?.length) {
      headers['Surrogate-Key'] = surrogateHeader(entry.keys)
      headers['Cache-Tag'] = cacheTagHeader(entry.keys)
    }
    if (entry.link) headers.Link = entry.link
    if (ifNoneMatchHits(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    headers['Content-Type'] = entry.contentType
    headers['Content-Length'] = entry.body.length
    res.writeHead(200, headers)
    res.end(entry.body)
  }

  const sendAnswer = (req: IncomingMessage, res: ServerResponse, answer: Answer): void => {
    if (answer.entry) {
      sendEntry(req, res, answer.entry, false)
      return
    }
    res.writeHead(answer.status, {
      'Content-Type': answer.contentType,
      'Content-Length': answer.body.length,
      'Cache-Control': 'no-store',
      Vary: PUBLIC_VARY,
    })
    res.end(answer.body)
  }

  /**
   * Answers an anonymous public read the model produces, for the HTTP server's fast path
   * (fastReads.ts), exactly as `route` would for the same cache key: the cache first, then one
   * shared model read per key that fills it. `before` runs just before anything is written (the
   * headers express's middleware would have set). Resolves false, having written nothing, when
   * the model read fails (a bad cursor, a database error): express then answers it, as always.
   */
  const serveModel = async (
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    produce: () => Promise<Produced>,
    before: () => void,
  ): Promise<boolean> => {
    const hit = cache.get(key)
    let answer: Answer
    if (hit) answer = { status: 200, body: hit.body, contentType: hit.contentType, entry: hit }
    else {
      try {
        answer = await produceOnce(key, produce, async () => [])
      } catch {
        return false
      }
    }
    before()
    if (hit) sendEntry(req, res, hit, true)
    else sendAnswer(req, res, answer)
    return true
  }

  /**
   * Answers a cached public read straight from the HTTP server, before express routes it: no
   * credentials, not a draft, and the key already in the cache (only the routes below store
   * keys). Returns false, having written nothing, for everything else.
   */
  const serveHit = (req: IncomingMessage, res: ServerResponse): boolean => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.authorization) return false
    if (req.headers.cookie?.includes(sessionCookie)) return false
    const url = req.url ?? '/'
    const mark = url.indexOf('?')
    const rawPath = mark === -1 ? url : url.slice(0, mark)
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.replace(/\/+$/, '') : rawPath
    let key = path
    if (mark !== -1) {
      const params = new URLSearchParams(url.slice(mark + 1))
      if (params.get('draft') === 'true') return false
      try {
        key = cacheKey(path, isListPath(path) ? checkListParams(params, env.PUBLIC_MAX_LIMIT, true, env.PUBLIC_MAX_OFFSET) : params)
      } catch {
        return false
      }
    }
    const hit = cache.get(key)
    if (!hit) return false
    sendEntry(req, res, hit, true)
    return true
  }

  const route = (produce: Producer, options: RouteOptions = {}): RequestHandler =>
    async (req, res, next) => {
      try {
        const url = req.originalUrl
        const mark = url.indexOf('?')
        const path = mark === -1 ? url : url.slice(0, mark)
        const params = new URLSearchParams(mark === -1 ? '' : url.slice(mark + 1))
        const kind: ReaderKind = await classify(req.headers)
        const query = options.list ? checkListParams(params, env.PUBLIC_MAX_LIMIT, kind === 'public', env.PUBLIC_MAX_OFFSET) : params

        if (kind === 'private' || params.get('draft') === 'true') {
          const search = query.toString()
          const produced = await produce(search ? `${path}?${search}` : path, req, 'private')
          const privateHeaders = { 'Cache-Control': PRIVATE_NO_STORE, Vary: PUBLIC_VARY }
          if (produced instanceof Response) {
            await sendFetchResponse(produced, res, privateHeaders)
            return
          }
          res.writeHead(produced.status, { ...privateHeaders, 'Content-Type': produced.contentType, 'Content-Length': produced.body.length })
          res.end(produced.body)
          return
        }

        const key = cacheKey(path, query)
        const hit = cache.get(key)
        if (hit) {
          sendEntry(req, res, hit, true)
          return
        }
        const answer = await produceOnce(
          key,
          () => produce(key, req, 'public'),
          async () => (options.keys ? options.keys(req) : []),
        )
        sendAnswer(req, res, answer)
      } catch (error) {
        next(error instanceof InvalidParameterError ? new DatelineError(error.code, error.message, 400) : error)
      }
    }

  return { route, serveHit, serveModel }
}
