import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

import { adapterOf, databaseName, drizzleSession, type PgDrizzle, type Rows } from './view'

type SqliteAll = { all: (query: unknown) => Promise<Rows> }

/**
 * Whether some live (published) story shows the media asset, in its media list or inline in its
 * body, read in the caller's transaction. One indexed lookup that stops at the first story:
 * Payload's Local API can only answer with a count or a sorted DISTINCT over every story that
 * shows it, and a picture thousands of stories show (a logo, a headshot) made each save of a
 * live story walk all of them (0.7–1.6 s a query at 100,000 stories). Returns null where the
 * database does not speak SQL (MongoDB): the caller asks Payload instead.
 */
export async function liveStoryShowsMedia(mediaId: number | string, req: PayloadRequest): Promise<boolean | null> {
  const name = databaseName(req.payload)
  if (name !== 'postgres' && name !== 'sqlite') return null
  const id = Number(mediaId)
  if (!Number.isInteger(id)) return false
  const session = drizzleSession(req.payload, await req.transactionID)
  const db = (session?.db ?? adapterOf(req.payload).drizzle) as unknown
  if (name === 'postgres') {
    const result = await (db as PgDrizzle).execute(
      pgSql`SELECT 1 FROM dispatches_rels r JOIN dispatches d ON d.id = r.parent_id
            WHERE r.media_assets_id = ${id} AND r.path IN ('media', 'bodyMedia') AND d._status = 'published' LIMIT 1`,
    )
    return result.rows.length > 0
  }
  const rows = await (db as SqliteAll).all(
    sqliteSql`SELECT 1 FROM dispatches_rels r JOIN dispatches d ON d.id = r.parent_id
              WHERE r.media_assets_id = ${id} AND r.path IN ('media', 'bodyMedia') AND d._status = 'published' LIMIT 1`,
  )
  return rows.length > 0
}
