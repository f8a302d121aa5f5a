import { randomUUID } from 'node:crypto'

import pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../db/transactions'
import { adapterOf } from '../db/view'
import type { ResponseCache } from '../delivery/responseCache'

/** The PostgreSQL channel every instance on one database listens on. */
export const INVALIDATION_CHANNEL = 'dateline_public_reads'

/**
 * Invalidates public reads when content they show changes, once that change is committed: a
 * reader who refilled the cache between a hook and its commit would otherwise keep the old copy
 * (src/db's afterCommit; a change outside a transaction fires at once). Firing clears this
 * instance's caches and, on PostgreSQL, sends NOTIFY so every other instance clears its own.
 */
export class Invalidator {
  readonly instanceId = randomUUID()
  private readonly caches = new Set<ResponseCache>()
  constructor(private readonly payload: Payload) {}

  register(cache: ResponseCache): () => void {
    this.caches.add(cache)
    return () => this.caches.delete(cache)
  }

  /** Records that the request changed public content; fires now or when its transaction commits. */
  async changed(req: PayloadRequest): Promise<void> {
    // Keyed by this invalidator: one save touching many documents fires once.
    await afterCommit(req, () => this.fire(), this)
  }

  /** Clears every cache of this instance (another instance told us, or our listener reconnected). */
  clearLocal(): void {
    for (const cache of this.caches) cache.invalidate()
  }

  private fire(): void {
    this.clearLocal()
    const { pool } = adapterOf(this.payload)
    if (!pool) return
    pool.query('SELECT pg_notify($1, $2)', [INVALIDATION_CHANNEL, this.instanceId]).catch((error: unknown) => {
      this.payload.logger.error({ err: error, msg: 'Could not notify other instances of a content change' })
    })
  }
}

const invalidators = new WeakMap<Payload, Invalidator>()

/** Returns the invalidator of a Payload instance, creating it on first use. */
export function invalidatorFor(payload: Payload): Invalidator {
  let invalidator = invalidators.get(payload)
  if (!invalidator) {
    invalidator = new Invalidator(payload)
    invalidators.set(payload, invalidator)
  }
  return invalidator
}

/**
 * Listens for other instances' invalidations on a dedicated PostgreSQL connection. While the
 * connection is down the caches are suspended (a missed NOTIFY must not leave stale copies),
 * and it reconnects with backoff. Returns a function that stops listening.
 */
export function listenForInvalidations(
  payload: Payload,
  databaseUrl: string,
  invalidator: Invalidator,
  caches: ResponseCache[],
): { ready: Promise<void>; stop: () => Promise<void> } {
  let client: pg.Client | undefined
  let stopped = false
  let retry: NodeJS.Timeout | undefined
  let delay = 250
  const suspend = (on: boolean): void => {
    for (const cache of caches) cache.suspend(on)
  }
  suspend(true)

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: 'dateline-invalidation' })
    client = next
    next.on('notification', (message) => {
      if (message.channel === INVALIDATION_CHANNEL && message.payload !== invalidator.instanceId) invalidator.clearLocal()
    })
    const lost = (error?: Error): void => {
      if (stopped || client !== next) return
      client = undefined
      suspend(true)
      payload.logger.warn({ err: error, msg: 'Invalidation listener lost its connection; public cache suspended' })
      next.end().catch(() => {})
      schedule()
    }
    next.on('error', lost)
    next.on('end', () => lost())
    try {
      await next.connect()
      await next.query(`LISTEN ${INVALIDATION_CHANNEL}`)
      if (stopped) return
      delay = 250
      // Anything may have changed while nobody was listening.
      invalidator.clearLocal()
      suspend(false)
    } catch (error) {
      lost(error as Error)
    }
  }
  const schedule = (): void => {
    if (stopped) return
    retry = setTimeout(() => void connect(), delay)
    delay = Math.min(delay * 2, 10_000)
  }

  const ready = connect()
  return {
    ready,
    stop: async () => {
      stopped = true
      if (retry) clearTimeout(retry)
      suspend(true)
      const current = client
      client = undefined
      if (current) await current.end().catch(() => {})
    },
  }
}
