import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'

type DrizzleSession = { db: { execute: (query: unknown) => Promise<unknown> } }
type SessionAdapter = { name: string; sessions?: Record<string, DrizzleSession> }

/**
 * Takes the write lock on a dispatch for the rest of the caller's transaction, so two workflow
 * moves on one story run one after the other and the second sees what the first did.
 * PostgreSQL: `SELECT ... FOR UPDATE` on the main row (read committed re-reads after the wait).
 * SQLite: transactions begin IMMEDIATE, which already holds the database's write lock.
 */
export async function lockDispatch(id: number | string, req: PayloadRequest): Promise<void> {
  const db = req.payload.db as unknown as SessionAdapter
  if (db.name !== 'postgres') return
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions?.[String(transactionID)]
  if (!session) throw new Error('lockDispatch must run inside a transaction')
  await session.db.execute(sql`SELECT id FROM dispatches WHERE id = ${Number(id)} FOR UPDATE`)
}
