/**
 * Reads and writes that go past Payload's Local API on purpose: the outbox's atomic statements,
 * rows whose stored value hooks would mask (a webhook secret), the jobs table inside a caller's
 * transaction. Each says why it needs to.
 */
import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { inWriterTurn } from './busy'
import { adapterOf, databaseName, type PgDrizzle, type Rows, type SqliteDrizzle } from './view'

type SqlTag = typeof pgSql
export type SqlQuery = ReturnType<SqlTag>

/** Runs single SQL statements (autocommit) on the app's database, with the dialect's `sql` tag. */
export type SqlRunner = {
  sql: SqlTag
  dialect: 'sqlite' | 'postgres'
  run: (query: SqlQuery) => Promise<{ rows: Rows; affected: number }>
}

/** Returns true when the database speaks SQL (SQLite or PostgreSQL). */
export const speaksSql = (payload: Payload): boolean => ['postgres', 'sqlite'].includes(databaseName(payload))

/** Returns a runner for raw SQL; on SQLite each statement takes its turn at the writer gate (src/db/busy.ts). */
export function sqlRunner(payload: Payload): SqlRunner {
  const db = adapterOf(payload)
  const name = databaseName(payload)
  if (name === 'postgres') {
    const drizzle = db.drizzle as PgDrizzle
    return {
      sql: pgSql,
      dialect: 'postgres',
      run: async (query) => {
        const result = await drizzle.execute(query)
        return { rows: result.rows, affected: result.rowCount ?? 0 }
      },
    }
  }
  if (name === 'sqlite') {
    const drizzle = db.drizzle as SqliteDrizzle
    return {
      // The two tags build the same kind of SQL object; drizzle's types keep them apart.
      sql: sqliteSql as unknown as SqlTag,
      dialect: 'sqlite',
      run: (query) =>
        inWriterTurn(payload, async () => {
          const result = await drizzle.run(query)
          return { rows: result.rows, affected: result.rowsAffected }
        }),
    }
  }
  throw new Error(`Raw SQL needs SQLite or PostgreSQL (this database is ${payload.db.name})`)
}

/** Runs a read-only SQL query and returns its rows (SQLite: `all`; PostgreSQL: `execute`). */
export async function sqlRows(payload: Payload, query: SqlQuery): Promise<Rows> {
  const db = adapterOf(payload)
  if (databaseName(payload) === 'sqlite') return (db.drizzle as SqliteDrizzle).all(query)
  return (await (db.drizzle as PgDrizzle).execute(query)).rows
}

/** Reads one stored row as the adapter holds it, past every field hook (no masking, no access). */
export async function readStored<T>(payload: Payload, collection: CollectionSlug, id: number | string, req?: PayloadRequest): Promise<T | null> {
  const found = await payload.db.findOne({ collection, where: { id: { equals: id } }, ...(req && { req }) })
  return (found as T | null) ?? null
}

/** Finds rows through the adapter (no hooks, no access), for the jobs runner's own bookkeeping. */
export async function findStored<T>(
  payload: Payload,
  args: { collection: CollectionSlug; where: Where; sort?: string; limit?: number },
): Promise<T[]> {
  const { docs } = await payload.db.find({ ...args, pagination: false, req: {} } as unknown as Parameters<Payload['db']['find']>[0])
  return docs as T[]
}

/**
 * Updates rows through the adapter, inside `req`'s transaction when it has one: `payload.jobs.cancel`
 * and friends open a transaction of their own, which SQLite refuses while the caller's is open.
 */
export async function updateStored(
  payload: Payload,
  args: { collection: CollectionSlug; where: Where; data: Record<string, unknown> },
  req?: PayloadRequest,
): Promise<void> {
  const update = () => payload.db.updateMany({ ...args, req: req ?? {} } as unknown as Parameters<Payload['db']['updateMany']>[0])
  // Outside a transaction it is an autocommit write like the outbox's: its turn at the writer gate.
  await (req ? update() : inWriterTurn(payload, update))
}
