/**
 * The SQLite busy policy, the only one in the app. Payload's SQLite connections have no busy
 * timeout: a second writer gets SQLITE_BUSY at once instead of waiting. So on SQLite:
 * - transactions this process opens through `inTransaction` queue and run one after the other
 *   (one process writes an SQLite file; waiting in memory is cheaper than polling the lock);
 * - a statement or BEGIN that still meets another connection's lock is retried with a short,
 *   growing pause for up to ~5 s (BUSY_BUDGET_MS), then the error stands (a 503 to a client).
 * PostgreSQL and MongoDB wait for locks themselves; there the work runs once.
 */
import type { Payload } from 'payload'

import { databaseName } from './view'

export const BUSY_BUDGET_MS = 5_000

/** Returns true for SQLite's "another connection holds the lock" (SQLITE_BUSY, "database is locked"). */
export function isBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true
    if (typeof message === 'string' && /SQLITE_BUSY|database is locked/i.test(message)) return true
  }
  return false
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `work`, retrying it while SQLite answers BUSY (up to BUSY_BUDGET_MS); elsewhere runs it once. */
export async function whileBusy<T>(payload: Payload, work: () => Promise<T>, onRetry?: () => void): Promise<T> {
  if (databaseName(payload) !== 'sqlite') return work()
  const deadline = Date.now() + BUSY_BUDGET_MS
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work()
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error
      onRetry?.()
      await sleep(20 * Math.min(attempt, 10))
    }
  }
}

const queues = new WeakMap<Payload, Promise<unknown>>()

/** On SQLite runs `work` after every transaction queued before it in this process; elsewhere at once. */
export function serialized<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  if (databaseName(payload) !== 'sqlite') return work()
  const run = (queues.get(payload) ?? Promise.resolve()).then(work, work)
  queues.set(
    payload,
    run.catch(() => undefined),
  )
  return run
}
