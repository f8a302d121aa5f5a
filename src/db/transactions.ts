/**
 * Transactions: the one way Dateline opens one (`inTransaction`) and the one way it runs
 * something after a commit (`afterCommit`). Payload has no after-commit hook, so the adapter's
 * `commitTransaction` and `rollbackTransaction` are wrapped once per Payload instance; that
 * works for every adapter (drizzle and MongoDB alike), since Payload ends every transaction
 * through them.
 */
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, isolateObjectProperty, killTransaction } from 'payload'

import { DatelineError } from '../errors/DatelineError'
import { BUSY_BUDGET_MS, isBusy, whileBusy, writerGate } from './busy'
import { adapterOf, drizzleSession } from './view'

type TransactionID = number | string
type Pending = { callbacks: Array<() => void>; keys: Set<unknown> }
type Callbacks = Map<TransactionID, Pending>

const registries = new WeakMap<Payload, Callbacks>()

/** Returns the callbacks waiting on each open transaction, wrapping the adapter's commit on first use. */
function registryOf(payload: Payload): Callbacks {
  let registry = registries.get(payload)
  if (registry) return registry
  const waiting: Callbacks = new Map()
  registry = waiting
  registries.set(payload, waiting)
  const db = adapterOf(payload)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  // SQLite: each transaction holds the writer gate from its BEGIN to its COMMIT or ROLLBACK (src/db/busy.ts).
  const gate = writerGate(payload)
  const turns = new Map<TransactionID, () => void>()
  const leave = (id: TransactionID): void => {
    turns.get(id)?.()
    turns.delete(id)
  }
  db.commitTransaction = async (incoming) => {
    const id = await incoming
    const pending = waiting.get(id)
    waiting.delete(id)
    const session = drizzleSession(payload, id)
    try {
      await commit(id)
    } finally {
      leave(id)
    }
    // The drizzle adapter swallows a failed COMMIT (its transaction promise is caught in
    // beginTransaction and the session's resolve returns nothing): without this check a commit
    // SQLite refused (SQLITE_BUSY_SNAPSHOT, a deferred constraint) was answered 2xx and its
    // after-commit work ran. The failure is read from the driver's transaction (watchDrizzle).
    const failure = session ? commitFailures.get(session.db) : undefined
    if (failure) {
      commitFailures.delete(session!.db)
      throw new CommitFailed(failure.error)
    }
    if (pending) for (const callback of pending.callbacks) runSafely(payload, callback)
  }
  const begin = db.beginTransaction.bind(db)
  db.beginTransaction = async (options) => {
    watchDrizzle(db.drizzle)
    if (!gate) return begin(options)
    const turn = await gate.enter(2 * BUSY_BUDGET_MS)
    try {
      const id = await whileBusy(payload, () => begin(options))
      if (id === null || id === undefined) turn()
      else turns.set(id, turn)
      return id
    } catch (error) {
      turn()
      throw error
    }
  }
  db.rollbackTransaction = async (incoming) => {
    const id = await incoming
    waiting.delete(id)
    const session = drizzleSession(payload, id)
    if (session) rolledBack.add(session.db)
    try {
      await rollback(id)
    } finally {
      leave(id)
    }
  }
  return waiting
}

/**
 * A COMMIT the database refused: nothing of the transaction is stored. SQLite's busy variants
 * are 503 DATABASE_BUSY (try again); anything else is a fault, 500, logged with the driver's error.
 */
export class CommitFailed extends DatelineError {
  constructor(readonly driverError: unknown) {
    const busy = isBusy(driverError)
    super(
      busy ? 'DATABASE_BUSY' : 'COMMIT_FAILED',
      busy ? 'The database was busy and nothing was saved; try again.' : 'The database refused to commit; nothing was saved.',
      busy ? 503 : 500,
    )
    this.name = 'CommitFailed'
    this.cause = driverError
  }
}

/** Why a transaction's driver promise failed, by the transaction handle the adapter keeps as its session's `db`. */
const commitFailures = new WeakMap<object, { error: unknown }>()
const watched = new WeakSet<object>()

type DrizzleTransactional = { transaction: (work: (tx: object) => Promise<unknown>, options?: unknown) => Promise<unknown> }

/**
 * Wraps a drizzle database's `transaction` (once per instance; the adapter may reconnect with a
 * new one) so that a transaction whose driver promise rejects after its work ran, which is a
 * COMMIT that failed, leaves its error where commitTransaction looks.
 */
function watchDrizzle(drizzle: unknown): void {
  const database = drizzle as Partial<DrizzleTransactional> | undefined
  if (!database || typeof database.transaction !== 'function' || watched.has(database)) return
  watched.add(database)
  const transaction = database.transaction.bind(database)
  database.transaction = (work, options) => {
    let handle: object | undefined
    let settled = false
    const run = transaction(async (tx) => {
      handle = tx
      try {
        return await work(tx)
      } finally {
        settled = true
      }
    }, options)
    // Registered before the adapter's own catch, so the failure is recorded before its commit returns.
    run.catch((error: unknown) => {
      // A rollback the adapter asked for (the session's reject) is not a failed commit.
      if (handle && settled && !rolledBack.has(handle)) commitFailures.set(handle, { error })
    })
    return run
  }
}

const rolledBack = new WeakSet<object>()

function runSafely(payload: Payload, callback: () => void): void {
  try {
    callback()
  } catch (error) {
    payload.logger.error({ err: error, msg: 'An after-commit callback failed' })
  }
}

/**
 * Runs `callback` once the request's transaction has committed, and never if it rolls back; on
 * the next turn of the event loop when the request has no open transaction (the write is
 * already committed; the caller finishes what it is recording first). Callbacks must not throw into the commit: a
 * failure is logged and the commit stands. With a `key`, a transaction runs only the first
 * callback registered under it (one save touching many documents invalidates once).
 */
export async function afterCommit(req: PayloadRequest, callback: () => void, key?: unknown): Promise<void> {
  const { payload } = req
  const registry = registryOf(payload)
  const id = await req.transactionID
  const open = id !== undefined && id !== null && adapterOf(payload).sessions?.[String(id)] !== undefined
  if (!open) {
    setImmediate(() => runSafely(payload, callback))
    return
  }
  const pending = registry.get(id) ?? { callbacks: [], keys: new Set<unknown>() }
  registry.set(id, pending)
  if (key !== undefined) {
    if (pending.keys.has(key)) return
    pending.keys.add(key)
  }
  pending.callbacks.push(callback)
}

/** Makes sure commits of this Payload instance are watched (afterCommit does it on first use). */
export const watchCommits = (payload: Payload): void => void registryOf(payload)

/**
 * Runs `work` in a transaction of its own on a copy of the request whose `context` and
 * `transactionID` are private: Payload's Local API merges `context` into the request it is given,
 * and a `workflowService` flag left on a GraphQL request would let a later mutation in the same
 * document skip the live-copy guard. Commits when `work` resolves, rolls back when it throws.
 * On SQLite its BEGIN waits at the writer gate like every other transaction (src/db/busy.ts).
 */
export async function inTransaction<T>(req: PayloadRequest, work: (tx: PayloadRequest) => Promise<T>): Promise<T> {
  registryOf(req.payload)
  const tx = isolateObjectProperty(req, ['context', 'transactionID'])
  tx.context = { ...req.context }
  delete tx.transactionID
  await initTransaction(tx)
  try {
    const result = await work(tx)
    await commitTransaction(tx)
    return result
  } catch (error) {
    await killTransaction(tx)
    throw error
  }
}
