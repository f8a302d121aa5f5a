import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'

import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'

import config from '../../payload.config'
import { getEnv } from '../config/env'
import { closeDatabase } from '../db/close'
import { stopJobRunner } from '../jobs/runner'
import { drainNotifications } from '../notifications/send'
import { applyMigrations } from '../db/migrate'
import { ResponseCache } from '../delivery/responseCache'
import { DatelineError } from '../errors/DatelineError'
import { bounded } from '../errors/toProblem'
import { ANY_STORY_KEY, PEOPLE_KEY, personKey, pictureKey, PICTURES_KEY } from '../delivery/surrogateKeys'
import { ensurePublicModel } from '../services/publicModel'
import { checkGraphQLBody } from '../graphql/documentGuard'
import { startWebhookDispatcher, type WebhookDispatcher } from '../webhooks/dispatcher'
import { applyCors, cors, corsHeadersFor } from './cors'
import { fastReads } from './fastReads'
import { assertJsonParses, readBody, sendFetchResponse, toFetchRequest } from './fetchBridge'
import { errorHandler } from './errorHandler'
import { invalidatorFor, listenForInvalidations } from './invalidation'
import { listGuard } from './listGuard'
import { modelAnswersList, modelReads } from './modelReads'
import { preferencesGuard } from './preferencesGuard'
import { assertJsonObject, restGuard } from './restGuard'
import { openApiRoute } from './openapi'
import { publicReads, type Producer } from './publicReads'
import { readerClassifier } from './readerKind'
import { siteRouter } from '../site/router'
import { openPreviewLink, previewLinkFile } from '../services/previewLinks'
import { extraReadHeaders, setSecurityHeaders } from './securityHeaders'

/** The methods the API and feeds route; anything else is 405. */
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])

export type AppOptions = {
  /** Serve the Next.js admin at /admin (needs `next build`). Off for API-only instances and tests. */
  admin?: boolean
  /** Apply pending migrations before serving. */
  migrate?: boolean
  /** Send the webhook outbox from this process (default: WEBHOOK_DISPATCHER). */
  webhooks?: boolean
  /**
   * Payload keeps one instance per key in the process; a second key gives a second instance
   * (its own connections and caches) on the same database, as a second server would be.
   * Payload's GraphQL handler always uses the default instance.
   */
  instanceKey?: string
}

export type DatelineApp = {
  app: Express
  /**
   * What the HTTP server runs: cached public reads are answered before express sees them
   * (see publicReads), everything else goes to `app`.
   */
  handler: RequestListener
  /** `handler` without the fast path of cold model reads (every miss goes through express): what tests compare it with. */
  expressHandler: RequestListener
  /**
   * The fast path alone (fastReads.ts): answers a cold read-model read and resolves true, or
   * returns/resolves false having written nothing (express would answer it).
   */
  fastRead: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | false
  payload: Payload
  /** The in-process cache of public responses. */
  publicCache: ResponseCache
  webhooks: WebhookDispatcher | null
  close: () => Promise<void>
}

type FetchHandler = (request: globalThis.Request) => Promise<globalThis.Response>

/** Builds the express app that hosts Payload's REST and GraphQL API and, optionally, the admin. */
export async function createApp(options: AppOptions = {}): Promise<DatelineApp> {
  const env = getEnv()
  const payload = await getPayload({ config, key: options.instanceKey })
  if (options.migrate ?? true) await applyMigrations(payload, env.DATABASE_URL)
  // An empty model (a fresh or upgraded database) is filled from the live copies before serving.
  if (options.migrate ?? true) await ensurePublicModel(payload)
  // The jobs runner (scheduled releases) runs in this process, once the schema is there.
  await getPayload({ config, cron: true, key: options.instanceKey })
  const webhooks =
    (options.webhooks ?? env.WEBHOOK_DISPATCHER)
      ? startWebhookDispatcher(payload, {
          pollMs: env.WEBHOOK_POLL_MS,
          timeoutMs: env.WEBHOOK_TIMEOUT_MS,
          retry: { baseMs: env.WEBHOOK_RETRY_BASE_MS, capMs: env.WEBHOOK_RETRY_MAX_MS, maxAttempts: env.WEBHOOK_MAX_ATTEMPTS },
          // Read at every send: tests (and a restart with new settings) change what is allowed.
          policy: () => {
            const current = getEnv()
            return { allowLoopback: current.WEBHOOK_ALLOW_LOOPBACK, allowPrivate: current.WEBHOOK_ALLOW_PRIVATE }
          },
        })
      : null

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  const apiRoute = payload.config.routes.api
  const securityRoutes = { admin: payload.config.routes.admin, api: apiRoute }
  const bodyLimit = env.UPLOAD_MAX_BYTES + 1024 * 1024

  const bridge =
    (handler: FetchHandler) =>
    async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const body = await readBody(req, bodyLimit)
        const parsed = assertJsonParses(req, body)
        if (res.locals.documentWrite === 'required' || (res.locals.documentWrite === 'optional' && body)) {
          if (parsed !== undefined || !body) assertJsonObject(parsed)
        }
        if (res.locals.graphql) checkGraphQLBody(parsed)
        const pathAndQuery = typeof res.locals.pathAndQuery === 'string' ? res.locals.pathAndQuery : req.originalUrl
        const response = await handler(toFetchRequest(req, body, env.SERVER_URL, pathAndQuery))
        const extra = req.method === 'GET' && req.baseUrl === apiRoute ? await extraReadHeaders(req.path, response) : {}
        await sendFetchResponse(response, res, extra)
      } catch (error) {
        next(error)
      }
    }

  app.use(cors(env.CORS_ORIGINS))

  // Payload's REST handler has no answer for a method it does not route (TRACE, CONNECT, PROPFIND…):
  // it threw, a 500. Those are refused here, on the API and feeds alike.
  app.use([apiRoute, '/feeds'], (req, res, next) => {
    if (API_METHODS.has(req.method)) return next()
    res.setHeader('Allow', [...API_METHODS].join(', '))
    next(new DatelineError('METHOD_NOT_ALLOWED', `${bounded(req.method, 40)} is not a method this API answers`, 405))
  })

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    try {
      await payload.count({ collection: 'users' })
      res.json({ status: 'ready' })
    } catch {
      res.status(503).json({ status: 'unavailable', message: 'database does not answer' })
    }
  })

  const graphql: FetchHandler = GRAPHQL_POST(config)
  const playground: FetchHandler = GRAPHQL_PLAYGROUND_GET(config)
  app.post(
    `${apiRoute}/graphql`,
    (_req, res, next) => {
      res.locals.graphql = true
      next()
    },
    bridge(graphql),
  )
  app.get(`${apiRoute}/graphql-playground`, bridge(playground))

  // Ids, filters, paging and write bodies are checked before any Payload route (restGuard).
  app.use(restGuard(payload))
  app.delete(`${apiRoute}/payload-preferences/:key`, preferencesGuard(payload))

  // Public reads: answered from the in-process cache when they can be, else by Payload.
  const publicCache = new ResponseCache(env.PUBLIC_CACHE_ENTRIES, env.PUBLIC_CACHE_MAX_BYTES)
  const invalidator = invalidatorFor(payload)
  const unregister = invalidator.register(publicCache)
  const listener = /^postgres(ql)?:\/\//.test(env.DATABASE_URL)
    ? listenForInvalidations(payload, env.DATABASE_URL, invalidator, [publicCache])
    : undefined
  await listener?.ready
  const classify = readerClassifier(payload)
  const listPaths = new Set([`${apiRoute}/dispatches`, `${apiRoute}/correspondents`, `${apiRoute}/media-assets`])
  const listPrefixes = [`${apiRoute}/dispatches/tag/`, `${apiRoute}/correspondents/slug/`]
  const reads = publicReads({
    cache: publicCache,
    classify,
    env,
    isListPath: (path) => listPaths.has(path) || listPrefixes.some((prefix) => path.startsWith(prefix)),
    corsHeaders: corsHeadersFor(env.CORS_ORIGINS),
    sessionCookie: `${payload.config.cookiePrefix}-token=`,
  })
  const served = reads.route
  const payloadRest: Producer = (pathAndQuery, req) =>
    handleEndpoints({
      config,
      payloadInstanceCacheKey: options.instanceKey,
      request: toFetchRequest(req, undefined, env.SERVER_URL, pathAndQuery, 'GET'),
    })
  const model = modelReads(payload, env)
  const split = (pathAndQuery: string): { path: string; params: URLSearchParams } => {
    const mark = pathAndQuery.indexOf('?')
    return mark === -1
      ? { path: pathAndQuery, params: new URLSearchParams() }
      : { path: pathAndQuery.slice(0, mark), params: new URLSearchParams(pathAndQuery.slice(mark + 1)) }
  }
  /** A staff read of one document carries its version ETag (what If-Match sends back on save). */
  const withVersionTag =
    (produce: Producer): Producer =>
    async (pathAndQuery, req, kind) => {
      const answer = await produce(pathAndQuery, req, kind)
      if (kind !== 'private' || !(answer instanceof Response)) return answer
      const { ETag } = await extraReadHeaders(split(pathAndQuery).path.slice(apiRoute.length), answer)
      if (!ETag) return answer
      const headers = new Headers(answer.headers)
      headers.set('ETag', ETag)
      return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers })
    }
  /** Routes only numeric ids here (`/versions`, `/file/…` and the like are Payload's). */
  const byId =
    (handler: RequestHandler): RequestHandler =>
    (req, res, next) =>
      /^\d+$/.test(String(req.params.id)) ? handler(req, res, next) : next()

  // The story list: the model answers the public's plain pages; queries it cannot answer
  // (where, sort, depth, select) and staff go to Payload.
  app.get(
    `${apiRoute}/dispatches`,
    served(
      (pathAndQuery, req, kind) => {
        const { path, params } = split(pathAndQuery)
        return kind === 'public' && modelAnswersList(params) ? model.stories(path, params) : payloadRest(pathAndQuery, req, kind)
      },
      { list: true, keys: () => [ANY_STORY_KEY] },
    ),
  )
  app.get(`${apiRoute}/dispatches/slug/:slug`, served((_url, req) => model.storyPage(String(req.params.slug))))
  app.get(`${apiRoute}/dispatches/tag/:tag`, served((url, req) => model.tagged(split(url).path, String(req.params.tag), split(url).params), { list: true }))
  app.get(`${apiRoute}/dispatches/:id`, byId(served(withVersionTag(payloadRest), { keys: (req) => model.storyKeys(String(req.params.id)) })))
  app.get(`${apiRoute}/correspondents/slug/:slug`, served((url, req) => model.person(split(url).path, String(req.params.slug), split(url).params), { list: true }))
  app.get(`${apiRoute}/correspondents`, served(payloadRest, { list: true, keys: () => [PEOPLE_KEY, PICTURES_KEY] }))
  app.get(`${apiRoute}/correspondents/:id`, byId(served(payloadRest, { keys: (req) => [personKey(String(req.params.id)), PICTURES_KEY] })))
  app.get(`${apiRoute}/media-assets`, served(payloadRest, { list: true, keys: () => [PICTURES_KEY] }))
  app.get(`${apiRoute}/media-assets/:id`, byId(served(withVersionTag(payloadRest), { keys: (req) => [pictureKey(String(req.params.id))] })))
  app.get(`${apiRoute}/ninjs/dispatches/:slug`, served((_url, req) => model.ninjs(String(req.params.slug))))
  app.get('/feeds/rss.xml', served(() => model.feed('rss')))
  app.get('/feeds/feed.json', served(() => model.feed('json')))
  const fastRead = fastReads({ env, apiRoute, model, serveModel: reads.serveModel, applyCors: applyCors(env.CORS_ORIGINS) })
  const otherCollections = new Set(
    payload.config.collections.map((c) => c.slug).filter((slug) => !['dispatches', 'correspondents', 'media-assets'].includes(slug)),
  )
  app.get(`${apiRoute}/:collection`, listGuard(otherCollections, env.PUBLIC_MAX_LIMIT, env.PUBLIC_MAX_OFFSET, classify))

  app.get(`${apiRoute}/openapi.json`, openApiRoute(env))

  app.use(
    apiRoute,
    bridge((request) => handleEndpoints({ config, payloadInstanceCacheKey: options.instanceKey, request })),
  )

  // The reader site (/, /stories/:slug, /people/:slug): HTML from the public API, before the admin's catch-all.
  app.use(
    siteRouter({
      env,
      logError: (err) => payload.logger.error({ err, msg: 'Reader site: the API behind a page failed' }),
      openPreviewLink: (token) => openPreviewLink(payload, env, token),
      previewLinkFile: (token, filename) => previewLinkFile(payload, env, token, filename),
    }),
  )

  let closeAdmin: () => Promise<void> = async () => {}
  if (options.admin) {
    const { mountAdmin } = await import('./admin')
    closeAdmin = await mountAdmin(app)
  }

  app.use((_req, _res, next) => next(new DatelineError('NOT_FOUND', 'No such route', 404)))
  app.use(errorHandler(payload))

  return {
    app,
    payload,
    webhooks,
    publicCache,
    handler: (req, res) => {
      setSecurityHeaders(req, res, securityRoutes)
      if (reads.serveHit(req, res)) return
      const fast = fastRead(req, res)
      if (fast === false) {
        app(req, res)
        return
      }
      fast.then(
        (answered) => answered || app(req, res),
        () => (res.headersSent ? res.destroy() : app(req, res)),
      )
    },
    expressHandler: (req, res) => {
      setSecurityHeaders(req, res, securityRoutes)
      if (!reads.serveHit(req, res)) app(req, res)
    },
    fastRead,
    close: async () => {
      // In-flight deliveries finish and are recorded before the database goes.
      await webhooks?.stop()
      await listener?.stop()
      unregister()
      await closeAdmin()
      // A release in flight finishes and its mail goes out before the database closes.
      await stopJobRunner(payload)
      await drainNotifications()
      await closeDatabase(payload)
    },
  }
}
