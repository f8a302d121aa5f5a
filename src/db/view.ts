/**
 * The typed view of `payload.db`: the parts of the drizzle (SQLite, PostgreSQL) and MongoDB
 * adapters Dateline uses beyond Payload's public adapter type. Nothing outside src/db casts
 * `payload.db`; it asks the functions of this folder instead.
 */
import type { BaseDatabaseAdapter, Payload } from 'payload'

export type Rows = Array<Record<string, unknown>>

/** A drizzle transaction as the adapter keeps it: the open handle and how to end it. */
export type DrizzleSession = {
  db: { execute?: (query: unknown) => Promise<unknown>; run?: (query: unknown) => Promise<unknown> }
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

type PgClient = { release?: (error?: Error) => void; on?: (event: 'error', listener: () => void) => void }
export type PgPool = {
  end: () => Promise<void>
  on: (event: 'error', listener: () => void) => void
  query: (sql: string, values: unknown[]) => Promise<unknown>
  _clients?: PgClient[]
  _idle?: Array<{ client: PgClient }>
}

export type PgDrizzle = { execute: (query: unknown) => Promise<{ rows: Rows; rowCount: number | null }> }
export type SqliteDrizzle = {
  run: (query: unknown) => Promise<{ rows: Rows; rowsAffected: number }>
  all: (query: unknown) => Promise<Rows>
}

export type AdapterView = Omit<BaseDatabaseAdapter, 'sessions'> & {
  /** Open transactions by id (drizzle adapters: DrizzleSession; MongoDB: a ClientSession). */
  sessions?: Record<string, unknown>
  drizzle?: unknown
  pool?: PgPool
  client?: { close: () => void }
}

/** Returns the adapter with the fields Dateline reads typed. */
// The one cast of payload.db in the app: each adapter's own type differs in what it keeps here.
export const adapterOf = (payload: Payload): AdapterView => payload.db as unknown as AdapterView

export type DatabaseName = 'sqlite' | 'postgres' | 'mongodb' | 'other'

/** Returns which database the app runs on. */
export function databaseName(payload: Payload): DatabaseName {
  const { name } = payload.db
  return name === 'sqlite' || name === 'postgres' || name === 'mongodb' ? name : 'other'
}

/** Returns true when document ids are numbers (SQLite, PostgreSQL), false for MongoDB's strings. */
export const numericIds = (payload: Payload): boolean => payload.db.defaultIDType === 'number'

/** Returns the drizzle session of a transaction id, or undefined (none, ended, or not drizzle). */
export function drizzleSession(payload: Payload, transactionID: number | string | undefined | null): DrizzleSession | undefined {
  if (transactionID === undefined || transactionID === null) return undefined
  const session = adapterOf(payload).sessions?.[String(transactionID)] as Partial<DrizzleSession> | undefined
  return session && typeof session.resolve === 'function' ? (session as DrizzleSession) : undefined
}
