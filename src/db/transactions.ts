/**
 * Transactions: the one way Dateline opens one (`inTransaction`) and the one way it runs
 * something after a commit (`afterCommit`). Payload has no after-commit hook, so the adapter's
 * `commitTransaction` and `rollbackTransaction` are wrapped once per Payload instance; that
 * works for every adapter (drizzle and MongoDB alike), since Payload ends every transaction
 * through them.
 */
import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, isolateObjectProperty, killTransaction } from 'payload'

import { serialized, whileBusy } from './busy'
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
  db.commitTransaction = async (incoming) => {
    const id = await incoming
    const pending = waiting.get(id)
    waiting.delete(id)
    // The drizzle adapter swallows a failed COMMIT (it rolls back and returns): watch the session
    // so a commit that did not happen runs nothing.
    let committed = true
    const session = drizzleSession(payload, id)
    if (session) {
      const resolve = session.resolve.bind(session)
      session.resolve = async () => {
        try {
          await resolve()
        } catch (error) {
          committed = false
          throw error
        }
      }
    }
    await commit(id)
    if (committed && pending) for (const callback of pending.callbacks) runSafely(payload, callback)
  }
  db.rollbackTransaction = async (incoming) => {
    waiting.delete(await incoming)
    await rollback(incoming)
  }
  return waiting
}

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
 * On SQLite it queues behind this process's other transactions and waits out a busy lock
 * (src/db/busy.ts).
 */
export async function inTransaction<T>(req: PayloadRequest, work: (tx: PayloadRequest) => Promise<T>): Promise<T> {
  registryOf(req.payload)
  return serialized(req.payload, async () => {
    const tx = isolateObjectProperty(req, ['context', 'transactionID'])
    tx.context = { ...req.context }
    delete tx.transactionID
    await whileBusy(
      req.payload,
      () => initTransaction(tx),
      () => delete tx.transactionID,
    )
    try {
      const result = await work(tx)
      await commitTransaction(tx)
      return result
    } catch (error) {
      await killTransaction(tx)
      throw error
    }
  })
}
