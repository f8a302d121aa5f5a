/**
 * The SQLite busy policy, the only one in the app. Payload's SQLite connections have no busy
 * timeout: a second writer gets SQLITE_BUSY at once instead of waiting. So on SQLite:
 * - every transaction this process opens, Payload's own (a REST save, a login) and Dateline's
 *   (`inTransaction`, an after-commit refresh), waits its turn at the writer gate and runs after
 *   the one before it ends (one process writes an SQLite file; waiting in memory is cheaper than
 *   polling the lock); src/db/transactions.ts puts the gate in front of the adapter's BEGIN;
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

/**
 * One writer at a time, in this process: `enter` resolves with the function that lets the next
 * one in. A writer that waits longer than `patienceMs` goes on without its turn (its BEGIN then
 * meets the lock and the busy retry above decides), so a transaction opened while another one of
 * the same request is still open fails after a bounded wait instead of waiting forever.
 */
export class WriterGate {
  #tail: Promise<void> = Promise.resolve()

  async enter(patienceMs: number): Promise<() => void> {
    let leave!: () => void
    const turn = new Promise<void>((resolve) => (leave = resolve))
    const before = this.#tail
    this.#tail = before.then(() => turn)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      before.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), patienceMs))),
    ])
    clearTimeout(timer)
    if (!waited) {
      // Out of patience: the writers queued behind this one wait for the one before it, not for it.
      leave()
      return () => undefined
    }
    let left = false
    return () => {
      if (left) return
      left = true
      leave()
    }
  }
}

const gates = new WeakMap<Payload, WriterGate>()

/** Returns this process's writer gate on SQLite (one per Payload instance), or undefined elsewhere. */
export function writerGate(payload: Payload): WriterGate | undefined {
  if (databaseName(payload) !== 'sqlite') return undefined
  let gate = gates.get(payload)
  if (!gate) {
    gate = new WriterGate()
    gates.set(payload, gate)
  }
  return gate
}

/**
 * Runs one autocommit write on SQLite in its turn at the writer gate, retrying BUSY; elsewhere at
 * once. Not only politeness: a statement libsql gave up on as BUSY stays un-reset on the app's
 * connection until it is collected, and the next transaction that takes that connection cannot
 * COMMIT ("SQL statements in progress", a 503 to a user whose save had nothing to do with it).
 */
export async function inWriterTurn<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const gate = writerGate(payload)
  if (!gate) return work()
  const leave = await gate.enter(2 * BUSY_BUDGET_MS)
  try {
    return await whileBusy(payload, work)
  } finally {
    leave()
  }
}
