import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { databaseName, drizzleSession } from './view'

/** How long a transaction waits for another's row lock on PostgreSQL before it gives up (503). */
const LOCK_WAIT = '5s'

/** Tables whose rows Dateline locks; the name goes into SQL, so only these are allowed. */
export type LockableTable = 'dispatches' | 'quotes' | 'media_assets'

/**
 * Takes the write lock on one row for the rest of the caller's transaction, so two commands on
 * one record run one after the other and the second sees what the first did.
 * PostgreSQL: `SELECT ... FOR UPDATE` (read committed re-reads after the wait).
 * SQLite: transactions begin IMMEDIATE, which already holds the database's write lock.
 * MongoDB: nothing to take; its transactions abort on a write conflict.
 */
export async function lockRow(table: LockableTable, id: number | string, req: PayloadRequest): Promise<void> {
  if (databaseName(req.payload) !== 'postgres') return
  const session = drizzleSession(req.payload, await req.transactionID)
  if (!session?.db.execute) throw new Error('lockRow must run inside a transaction')
  // A row lock is held until the transaction ends: taking it again is a no-op for PostgreSQL but
  // two more round trips (a draft save asked for its story's lock three times, from three hooks).
  const row = `${table}:${Number(id)}`
  let held = heldLocks.get(session)
  if (held?.has(row)) return
  if (!held) heldLocks.set(session, (held = new Set()))
  // A waiter holds a pool connection while it waits. With as many saves of one story waiting as
  // the pool has connections, the holder could not get the one more it needs (Payload reads some
  // rows outside the transaction) and every one of them waited forever (a busy desk's 20 saves
  // at once). Waiting is bounded: past LOCK_WAIT the waiter's transaction ends with 55P03, its
  // connection goes back to the pool, and the client is answered 503 DATABASE_BUSY to retry.
  await session.db.execute(sql.raw(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`))
  await session.db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${Number(id)} FOR UPDATE`)
  held.add(row)
}

/** The rows each open transaction (its adapter session, gone with it) has locked. */
const heldLocks = new WeakMap<object, Set<string>>()

/** Takes the write lock on a dispatch for the rest of the caller's transaction (see lockRow). */
export const lockDispatch = (id: number | string, req: PayloadRequest): Promise<void> => lockRow('dispatches', id, req)
