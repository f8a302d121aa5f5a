import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'

import config from '../../payload.config'
import { getEnv } from '../config/env'
import { closeDatabase } from '../db/close'
import { stopJobRunner } from '../jobs/runner'
import { drainNotifications } from '../notifications/send'
import { applyMigrations } from '../db/migrate'
import { HttpError } from '../errors/HttpError'
import { startWebhookDispatcher, type WebhookDispatcher } from '../webhooks/dispatcher'
import { assertJsonParses, readBody, sendFetchResponse, toFetchRequest } from './fetchBridge'
import { errorHandler } from './errorHandler'

export type AppOptions = {
  /** Serve the Next.js admin at /admin (needs `next build`). Off for API-only instances and tests. */
  admin?: boolean
  /** Apply pending migrations before serving. */
  migrate?: boolean
  /** Send the webhook outbox from this process (default: WEBHOOK_DISPATCHER). */
  webhooks?: boolean
}

export type DatelineApp = { app: Express; payload: Payload; webhooks: WebhookDispatcher | null; close: () => Promise<void> }

type FetchHandler = (request: globalThis.Request) => Promise<globalThis.Response>

/** Builds the express app that hosts Payload's REST and GraphQL API and, optionally, the admin. */
export async function createApp(options: AppOptions = {}): Promise<DatelineApp> {
  const env = getEnv()
  const payload = await getPayload({ config })
  if (options.migrate ?? true) await applyMigrations(payload, env.DATABASE_URL)
  // The jobs runner (scheduled releases) runs in this process, once the schema is there.
  await getPayload({ config, cron: true })
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
  const bodyLimit = env.UPLOAD_MAX_BYTES + 1024 * 1024

  const bridge =
    (handler: FetchHandler) =>
    async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const body = await readBody(req, bodyLimit)
        assertJsonParses(req, body)
        const response = await handler(toFetchRequest(req, body, env.SERVER_URL))
        await sendFetchResponse(response, res)
      } catch (error) {
        next(error)
      }
    }

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
  app.post(`${apiRoute}/graphql`, bridge(graphql))
  app.get(`${apiRoute}/graphql-playground`, bridge(playground))
  app.use(
    apiRoute,
    bridge((request) => handleEndpoints({ config, request })),
  )

  let closeAdmin: () => Promise<void> = async () => {}
  if (options.admin) {
    const { mountAdmin } = await import('./admin')
    closeAdmin = await mountAdmin(app)
  }

  app.use((_req, _res, next) => next(new HttpError(404, 'NOT_FOUND', 'No such route')))
  app.use(errorHandler(payload))

  return {
    app,
    payload,
    webhooks,
    close: async () => {
      // In-flight deliveries finish and are recorded before the database goes.
      await webhooks?.stop()
      await closeAdmin()
      // A release in flight finishes and its mail goes out before the database closes.
      await stopJobRunner(payload)
      await drainNotifications()
      await closeDatabase(payload)
    },
  }
}
