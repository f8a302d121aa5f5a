import { randomUUID } from 'node:crypto'

import pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../db/transactions'
import { adapterOf } from '../db/view'
import type { ResponseCache } from '../delivery/responseCache'

/** The PostgreSQL channel every instance on one database listens on. */
export const INVALIDATION_CHANNEL = 'dateline_public_reads'

/** What a NOTIFY carries: the sender, then the keys (`*` for "everything"). PostgreSQL caps it at 8000 bytes. */
const NOTIFY_LIMIT = 7900
export const ALL_KEYS = '*'

/**
 * Invalidates public reads by surrogate key when content they show changes, once that change is
 * committed: a reader who refilled the cache between a hook and its commit would otherwise keep
 * the old copy (src/db's afterCommit; a change outside a transaction fires at once). The keys a
 * transaction names are gathered and fired together. Firing drops the entries filed under those
 * keys in this instance's caches and, on PostgreSQL, sends NOTIFY with the keys so every other
 * instance drops the same ones.
 */
export class Invalidator {
  readonly instanceId = randomUUID()
  private readonly caches = new Set<ResponseCache>()
  /** Keys gathered per open transaction, by its session: an ended session's entry goes with it. */
  private readonly pending = new WeakMap<object, Set<string>>()

  constructor(private readonly payload: Payload) {}

  register(cache: ResponseCache): () => void {
    this.caches.add(cache)
    return () => this.caches.delete(cache)
  }

  /** Records that the request changed what these keys name; fires now or when its transaction commits. */
  async changed(req: PayloadRequest | undefined, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return
    const id = req ? await req.transactionID : undefined
    const session = id !== undefined && id !== null ? (adapterOf(this.payload).sessions?.[String(id)] as object | undefined) : undefined
    if (!req || !session) {
      this.fire([...keys])
      return
    }
    let held = this.pending.get(session)
    if (!held) {
      const gathered = new Set<string>()
      held = gathered
      this.pending.set(session, gathered)
      // Keyed by this invalidator: the transaction fires once, with every key it gathered.
      await afterCommit(req, () => this.fire([...gathered]), this)
    }
    for (const key of keys) held.add(key)
  }

  /** Drops the entries under these keys (or all, for ALL_KEYS) from this instance's caches. */
  clearLocal(keys: readonly string[] = [ALL_KEYS]): void {
    for (const cache of this.caches) {
      if (keys.includes(ALL_KEYS)) cache.invalidate()
      else cache.invalidateKeys(keys)
    }
  }

  private fire(keys: string[]): void {
    this.clearLocal(keys)
    const { pool } = adapterOf(this.payload)
    if (!pool) return
    let message = `${this.instanceId} ${keys.join(' ')}`
    if (Buffer.byteLength(message) > NOTIFY_LIMIT) message = `${this.instanceId} ${ALL_KEYS}`
    pool.query('SELECT pg_notify($1, $2)', [INVALIDATION_CHANNEL, message]).catch((error: unknown) => {
      this.payload.logger.error({ err: error, msg: 'Could not notify other instances of a content change' })
    })
  }
}

/** Parses a NOTIFY payload: who sent it and which keys it names. */
export function parseNotification(payload: string): { from: string; keys: string[] } {
  const [from = '', ...keys] = payload.split(' ').filter(Boolean)
  // An older instance's payload carries only its id: that meant "everything".
  return { from, keys: keys.length ? keys : [ALL_KEYS] }
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
      if (message.channel !== INVALIDATION_CHANNEL) return
      const { from, keys } = parseNotification(message.payload ?? '')
      if (from !== invalidator.instanceId) invalidator.clearLocal(keys)
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
