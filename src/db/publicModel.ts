/**
 * The public read model's tables (see docs/readmodel.md), in SQL of their own: a public read is
 * one indexed lookup here, never a Payload find. Writes go through the caller's transaction (the
 * change they project); reads use the pool. The tables are made by a hand-written migration in
 * each dialect (`*_readmodel_public_model`), because they are not a Payload collection.
 */
import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import Libsql from 'libsql'
import type { Payload, PayloadRequest } from 'payload'

type SqlTag = typeof pgSql
type Query = ReturnType<SqlTag>
type Rows = Array<Record<string, unknown>>
type Runner = { all: (query: Query) => Promise<Rows>; sql: SqlTag }

export type StoryStatus = 'live' | 'withdrawn'
export type RefKind = 'person' | 'picture' | 'tag'

/** One story's projections as stored: the exact bytes served and their tags. */
export type StoryRow = {
  id: number
  slug: string
  status: StoryStatus
  publishedAt: string
  page: string | null
  pageEtag: string | null
  ninjs: string | null
  ninjsEtag: string | null
  entry: string | null
  keys: string[]
  refs: Array<{ kind: RefKind; ref: string }>
}

export type PersonRow = { id: number; slug: string; body: string; etag: string; photoId: number | null; keys: string[] }
export type DocumentRow = { key: string; body: string; etag: string; contentType: string; keys: string[] }

/** A list position: newest first by publication time, then id. */
export type Position = { publishedAt: string; id: number }
export type ListQuery = { by?: { kind: RefKind; ref: string }; before?: Position; offset: number; limit: number }
/** A list entry, with its story page's tag (the entry is the page without body and quotes). */
export type ListRow = { id: number; publishedAt: string; entry: string; pageEtag: string }

type Session = { db: unknown }
/** What the byte reads use of node-postgres's pool. */
type PgPool = { query: (config: { name: string; text: string; values: unknown[]; rowMode: 'array' }) => Promise<{ rows: unknown[][] }> }
type Adapter = { name: string; drizzle: unknown; sessions?: Record<string, Session> }

function runnerOn(name: string, drizzle: unknown): Runner {
  if (name === 'postgres') {
    const db = drizzle as { execute: (q: Query) => Promise<{ rows: Rows }> }
    return { sql: pgSql, all: async (query) => (await db.execute(query)).rows }
  }
  if (name === 'sqlite') {
    const db = drizzle as { all: (q: Query) => Promise<Rows> }
    return { sql: sqliteSql as unknown as SqlTag, all: (query) => db.all(query) }
  }
  throw new Error(`The public read model needs SQLite or PostgreSQL (this database is ${name})`)
}

/** Returns true when the database is one the read model supports. */
export const modelSupports = (payload: Payload): boolean => ['postgres', 'sqlite'].includes((payload.db as { name: string }).name)

/** Runs on the request's transaction when it has one, else on the pool. */
async function runner(payload: Payload, req?: Partial<PayloadRequest>): Promise<Runner> {
  const db = payload.db as unknown as Adapter
  const id = req?.transactionID ? await req.transactionID : undefined
  const session = id !== undefined && id !== null ? db.sessions?.[String(id)] : undefined
  return runnerOn(db.name, session?.db ?? db.drizzle)
}

const keysOf = (value: unknown): string[] => (typeof value === 'string' && value ? value.split(' ') : [])
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))

function storyRow(row: Record<string, unknown>, refs: StoryRow['refs'] = []): StoryRow {
  return {
    id: Number(row.id),
    slug: String(row.slug),
    status: row.status === 'live' ? 'live' : 'withdrawn',
    publishedAt: String(row.published_at ?? ''),
    page: str(row.page),
    pageEtag: str(row.page_etag),
    ninjs: str(row.ninjs),
    ninjsEtag: str(row.ninjs_etag),
    entry: str(row.entry),
    keys: keysOf(row.keys),
    refs,
  }
}

const STORY_COLUMNS = 'id, slug, status, published_at, page, page_etag, ninjs, ninjs_etag, entry, keys'
/** Rows per multi-row statement: 11 parameters a story, 4 a ref, well under both databases' limits (SQLite 32,766, PostgreSQL 65,535). */
const STORY_CHUNK = 250
const REF_CHUNK = 2000

type RawRunner = (text: string, params: unknown[]) => Promise<Rows>

/**
 * The readers' byte path: rows as arrays in column order, and a column as the bytes served.
 * On SQLite's own connection `bytes` reads a document column as a BLOB, which libsql hands
 * over as a Buffer: no UTF-8 string made from the page only to be encoded back into bytes
 * (with raw rows and `get` for one row, ~85 µs a 12 KB story page became ~30 µs). Elsewhere
 * (PostgreSQL, the pool) the column comes as text and is encoded once.
 */
type ByteRunner = {
  arrays: (text: string, params: unknown[]) => Promise<unknown[][]>
  first: (text: string, params: unknown[]) => Promise<unknown[] | undefined>
  bytes: (column: string) => string
}

/** A document column's value as the bytes served. */
export const asBytes = (value: unknown): Buffer => (Buffer.isBuffer(value) ? value : Buffer.from(String(value ?? '')))

/**
 * Runs a reader's query, given as SQL text with `?` placeholders. On an SQLite file the model's
 * reads go through a connection of their own with each statement prepared once: the libsql
 * client prepares every statement anew and inspects its columns, which cost more than the
 * indexed lookup itself (measured ~143 µs against ~65 µs a story page). WAL lets this
 * connection read beside the writers and see every commit. Anything it cannot answer (an
 * in-memory database, a URL with options, an error) goes through drizzle on the pool.
 */
function rawRunner(payload: Payload): RawRunner & ByteRunner {
  const db = payload.db as unknown as Adapter & { clientConfig?: { url?: string } }
  const { all, sql } = runnerOn(db.name, db.drizzle)
  const viaPool: RawRunner = (text, params) => {
    const parts = text.split('?')
    const chunks: Query[] = [sql.raw(parts[0]!)]
    params.forEach((param, i) => chunks.push(sql`${param}`, sql.raw(parts[i + 1]!)))
    return all(sql.join(chunks))
  }
  const poolArrays = async (text: string, params: unknown[]): Promise<unknown[][]> => (await viaPool(text, params)).map((row) => Object.values(row))
  const url = db.clientConfig?.url ?? ''
  const pgPool = db.name === 'postgres' ? (db as { pool?: PgPool }).pool : undefined
  if (pgPool) {
    /*
     * PostgreSQL: the byte reads go to node-postgres itself, as named statements (parsed once
     * per connection) with rows as arrays; drizzle building a query object for every read cost
     * more than the lookup. Any failure is asked again through drizzle, whose errors the API maps.
     */
    const names = new Map<string, { name: string; text: string }>()
    const named = (text: string): { name: string; text: string } => {
      let held = names.get(text)
      if (!held) {
        let n = 0
        held = { name: `dateline_model_${names.size}`, text: text.replace(/\?/g, () => `$${++n}`) }
        names.set(text, held)
      }
      return held
    }
    const arrays = async (text: string, params: unknown[]): Promise<unknown[][]> => {
      try {
        return (await pgPool.query({ ...named(text), values: params, rowMode: 'array' })).rows
      } catch {
        return poolArrays(text, params)
      }
    }
    return Object.assign(viaPool, {
      arrays,
      first: async (text: string, params: unknown[]) => (await arrays(text, params))[0],
      bytes: (column: string) => column,
    })
  }
  if (db.name !== 'sqlite' || !url.startsWith('file:') || url.includes('?') || url.includes(':memory:')) {
    return Object.assign(viaPool, {
      arrays: poolArrays,
      first: async (text: string, params: unknown[]) => (await poolArrays(text, params))[0],
      bytes: (column: string) => column,
    })
  }
  const statements = new Map<string, Libsql.Statement>()
  const rawStatements = new Map<string, Libsql.Statement>()
  let connection: Libsql.Database | null = null
  readConnections.set(payload, () => connection?.close())
  const prepared = (text: string, raw: boolean): Libsql.Statement => {
    connection ??= new Libsql(url.slice('file:'.length))
    const held = raw ? rawStatements : statements
    let statement = held.get(text)
    if (!statement) {
      statement = connection.prepare(text)
      if (raw) statement.raw()
      held.set(text, statement)
    }
    return statement
  }
  const run: RawRunner = async (text, params) => {
    try {
      return prepared(text, false).all(...params) as Rows
    } catch {
      return viaPool(text, params)
    }
  }
  // The pool has no BLOB cast to undo: it reads the same text column as text.
  const uncast = (text: string): string => text.replace(/CAST\((\w+(?:\.\w+)?) AS BLOB\)/g, '$1')
  return Object.assign(run, {
    arrays: async (text: string, params: unknown[]) => {
      try {
        return prepared(text, true).all(...params) as unknown[][]
      } catch {
        return poolArrays(uncast(text), params)
      }
    },
    first: async (text: string, params: unknown[]) => {
      try {
        return (prepared(text, true).get(...params) as unknown[] | undefined) ?? undefined
      } catch {
        return (await poolArrays(uncast(text), params))[0]
      }
    },
    bytes: (column: string) => `CAST(${column} AS BLOB)`,
  })
}

/** Closers of the readers' own SQLite connections, by Payload instance (closeDatabase calls them). */
const readConnections = new WeakMap<Payload, () => void>()

/** Closes the model readers' own connection of this Payload instance, if it opened one. */
export function closeModelReads(payload: Payload): void {
  readConnections.get(payload)?.()
  readConnections.delete(payload)
}

const STORY_SELECT = `SELECT ${STORY_COLUMNS} FROM public_stories`
/** A story's columns before its documents (the list entry, page and ninjs). */
const STORY_HEAD = 'id, slug, status, published_at, page_etag, ninjs_etag, keys'
const LIST_BY_REF = `SELECT s.id AS id, s.published_at AS published_at, s.page_etag AS page_etag, s.entry AS entry
  FROM public_story_refs r JOIN public_stories s ON s.id = r.story_id WHERE r.kind = ? AND r.ref = ?`
const LIST_LIVE = `SELECT id, published_at, page_etag, entry FROM public_stories WHERE status = 'live'`
const LIST_BY_REF_BYTES = (entry: string): string => `SELECT s.id, s.published_at, s.page_etag, ${entry}
  FROM public_story_refs r JOIN public_stories s ON s.id = r.story_id WHERE r.kind = ? AND r.ref = ?`
const LIST_LIVE_BYTES = (entry: string): string => `SELECT id, published_at, page_etag, ${entry} FROM public_stories WHERE status = 'live'`

/** A story's served document as bytes, with its status, tag and keys. */
export type StoryBytes = { status: StoryStatus; etag: string | null; keys: string[]; body: Buffer | null }
/** A list entry as bytes. */
export type ListBytes = { id: number; publishedAt: string; entry: Buffer; pageEtag: string }

/** Reads of the model, for readers (outside any transaction). */
export function publicModelReader(payload: Payload) {
  const all = rawRunner(payload)
  return {
    /**
     * The story with this slug, with one of its documents (`page` or `ninjs`; the other is
     * null): on SQLite a long row is read up to the last column asked for (see the migration
     * `*_perf_public_stories_order`), so a story page does not read its ninjs.
     */
    storyBySlug: async (slug: string, document: 'page' | 'ninjs' = 'page'): Promise<StoryRow | null> => {
      const rows = await all(`SELECT ${STORY_HEAD}, ${document} FROM public_stories WHERE slug = ? LIMIT 1`, [slug])
      return rows[0] ? storyRow(rows[0]) : null
    },
    /**
     * A story's served document (`page` or `ninjs`) as bytes, with what its answer needs: for
     * the readers' routes, which send the stored bytes as they are.
     */
    storyBytes: async (slug: string, document: 'page' | 'ninjs' = 'page'): Promise<StoryBytes | null> => {
      const row = await all.first(`SELECT status, ${document}_etag, keys, ${all.bytes(document)} FROM public_stories WHERE slug = ? LIMIT 1`, [slug])
      if (!row) return null
      const [status, etag, keys, body] = row
      return {
        status: status === 'live' ? 'live' : 'withdrawn',
        etag: str(etag),
        keys: keysOf(keys),
        body: body === null || body === undefined ? null : asBytes(body),
      }
    },
    /** `list`, each entry as the bytes served. */
    listBytes: async ({ by, before, offset, limit }: ListQuery): Promise<ListBytes[]> => {
      const rows = by
        ? await all.arrays(
            `${LIST_BY_REF_BYTES(all.bytes('s.entry'))}${before ? ' AND (r.published_at, r.story_id) < (?, ?)' : ''} ORDER BY r.published_at DESC, r.story_id DESC LIMIT ? OFFSET ?`,
            [by.kind, by.ref, ...(before ? [before.publishedAt, before.id] : []), limit, offset],
          )
        : await all.arrays(
            `${LIST_LIVE_BYTES(all.bytes('entry'))}${before ? ' AND (published_at, id) < (?, ?)' : ''} ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?`,
            [...(before ? [before.publishedAt, before.id] : []), limit, offset],
          )
      return rows.map(([id, publishedAt, pageEtag, entry]) => ({ id: Number(id), publishedAt: String(publishedAt), pageEtag: String(pageEtag), entry: asBytes(entry) }))
    },
    storyById: async (id: number): Promise<StoryRow | null> => {
      const rows = await all(`${STORY_SELECT} WHERE id = ? LIMIT 1`, [id])
      return rows[0] ? storyRow(rows[0]) : null
    },
    /** Live stories newest first, past `before` (a row-value comparison both databases answer from the index) or `offset` rows in. */
    list: async ({ by, before, offset, limit }: ListQuery): Promise<ListRow[]> => {
      const rows = by
        ? await all(
            `${LIST_BY_REF}${before ? ' AND (r.published_at, r.story_id) < (?, ?)' : ''} ORDER BY r.published_at DESC, r.story_id DESC LIMIT ? OFFSET ?`,
            [by.kind, by.ref, ...(before ? [before.publishedAt, before.id] : []), limit, offset],
          )
        : await all(
            `${LIST_LIVE}${before ? ' AND (published_at, id) < (?, ?)' : ''} ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?`,
            [...(before ? [before.publishedAt, before.id] : []), limit, offset],
          )
      return rows.map((row) => ({ id: Number(row.id), publishedAt: String(row.published_at), entry: String(row.entry), pageEtag: String(row.page_etag) }))
    },
    personBySlug: async (slug: string): Promise<PersonRow | null> => {
      const rows = await all('SELECT id, slug, body, etag, photo_id, keys FROM public_people WHERE slug = ? LIMIT 1', [slug])
      return rows[0] ? personRow(rows[0]) : null
    },
    document: async (key: string): Promise<DocumentRow | null> => {
      const rows = await all('SELECT key, body, etag, content_type, keys FROM public_documents WHERE key = ?', [key])
      return rows[0] ? documentRow(rows[0]) : null
    },
    /** Surrogate keys of a story (for answers Payload computes about it), or none. */
    storyKeys: async (id: number): Promise<string[]> => {
      const rows = await all(`SELECT keys FROM public_stories WHERE id = ? AND status = 'live'`, [id])
      return rows[0] ? keysOf(rows[0].keys) : []
    },
  }
}

export type PublicModelReader = ReturnType<typeof publicModelReader>

const personRow = (row: Record<string, unknown>): PersonRow => ({
  id: Number(row.id),
  slug: String(row.slug),
  body: String(row.body),
  etag: String(row.etag),
  photoId: row.photo_id === null || row.photo_id === undefined ? null : Number(row.photo_id),
  keys: keysOf(row.keys),
})

const documentRow = (row: Record<string, unknown>): DocumentRow => ({
  key: String(row.key),
  body: String(row.body),
  etag: String(row.etag),
  contentType: String(row.content_type),
  keys: keysOf(row.keys),
})

/** Writes of the model, inside the transaction of the change they project (through `req`). */
export async function publicModelWriter(payload: Payload, req?: Partial<PayloadRequest>) {
  const { all, sql } = await runner(payload, req)
  const cols = sql.raw(STORY_COLUMNS)
  return {
    story: async (id: number): Promise<StoryRow | null> => {
      const rows = await all(sql`SELECT ${cols} FROM public_stories WHERE id = ${id}`)
      if (!rows[0]) return null
      const refs = await all(sql`SELECT kind, ref FROM public_story_refs WHERE story_id = ${id} ORDER BY kind, ref`)
      return storyRow(rows[0], refs.map((r) => ({ kind: String(r.kind) as RefKind, ref: String(r.ref) })))
    },
    /** These stories' rows with their refs, by id (one query each for rows and refs). */
    stories: async (ids: number[]): Promise<Map<number, StoryRow>> => {
      const out = new Map<number, StoryRow>()
      if (ids.length === 0) return out
      const list = sql.join(ids.map((id) => sql`${id}`), sql`, `)
      const refs = new Map<number, StoryRow['refs']>()
      for (const r of await all(sql`SELECT story_id, kind, ref FROM public_story_refs WHERE story_id IN (${list}) ORDER BY story_id, kind, ref`)) {
        const id = Number(r.story_id)
        const held = refs.get(id) ?? []
        held.push({ kind: String(r.kind) as RefKind, ref: String(r.ref) })
        refs.set(id, held)
      }
      for (const row of await all(sql`SELECT ${cols} FROM public_stories WHERE id IN (${list})`)) {
        out.set(Number(row.id), storyRow(row, refs.get(Number(row.id)) ?? []))
      }
      return out
    },
    /**
     * Writes these stories' rows and refs in a few multi-row statements (a rebuild writes
     * hundreds at a time: one statement per row cost more than computing them).
     */
    putStories: async (rows: StoryRow[], at: string): Promise<void> => {
      for (let i = 0; i < rows.length; i += STORY_CHUNK) {
        const chunk = rows.slice(i, i + STORY_CHUNK)
        const values = chunk.map(
          (row) => sql`(${row.id}, ${row.slug}, ${row.status}, ${row.publishedAt}, ${row.page}, ${row.pageEtag}, ${row.ninjs}, ${row.ninjsEtag}, ${row.entry}, ${row.keys.join(' ')}, ${at})`,
        )
        await all(sql`INSERT INTO public_stories (id, slug, status, published_at, page, page_etag, ninjs, ninjs_etag, entry, keys, updated_at)
          VALUES ${sql.join(values, sql`, `)}
          ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, status = excluded.status, published_at = excluded.published_at,
            page = excluded.page, page_etag = excluded.page_etag, ninjs = excluded.ninjs, ninjs_etag = excluded.ninjs_etag,
            entry = excluded.entry, keys = excluded.keys, updated_at = excluded.updated_at`)
        await all(sql`DELETE FROM public_story_refs WHERE story_id IN (${sql.join(chunk.map((row) => sql`${row.id}`), sql`, `)})`)
        const refs = chunk.flatMap((row) => row.refs.map((ref) => sql`(${row.id}, ${ref.kind}, ${ref.ref}, ${row.publishedAt})`))
        for (let j = 0; j < refs.length; j += REF_CHUNK) {
          await all(sql`INSERT INTO public_story_refs (story_id, kind, ref, published_at) VALUES ${sql.join(refs.slice(j, j + REF_CHUNK), sql`, `)}`)
        }
      }
    },
    /** Ids of the stories held with `after < id <= upTo` (no upper bound when `upTo` is null). */
    storyIdsBetween: async (after: number, upTo: number | null): Promise<number[]> => {
      const rows = await all(sql`SELECT id FROM public_stories WHERE id > ${after} ${upTo === null ? sql`` : sql`AND id <= ${upTo}`} ORDER BY id`)
      return rows.map((r) => Number(r.id))
    },
    putStory: async (row: StoryRow, at: string): Promise<void> => {
      const keys = row.keys.join(' ')
      await all(sql`INSERT INTO public_stories (id, slug, status, published_at, page, page_etag, ninjs, ninjs_etag, entry, keys, updated_at)
        VALUES (${row.id}, ${row.slug}, ${row.status}, ${row.publishedAt}, ${row.page}, ${row.pageEtag}, ${row.ninjs}, ${row.ninjsEtag}, ${row.entry}, ${keys}, ${at})
        ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, status = excluded.status, published_at = excluded.published_at,
          page = excluded.page, page_etag = excluded.page_etag, ninjs = excluded.ninjs, ninjs_etag = excluded.ninjs_etag,
          entry = excluded.entry, keys = excluded.keys, updated_at = excluded.updated_at`)
      await all(sql`DELETE FROM public_story_refs WHERE story_id = ${row.id}`)
      for (const ref of row.refs) {
        await all(sql`INSERT INTO public_story_refs (story_id, kind, ref, published_at) VALUES (${row.id}, ${ref.kind}, ${ref.ref}, ${row.publishedAt})`)
      }
    },
    deleteStory: async (id: number): Promise<void> => {
      await all(sql`DELETE FROM public_story_refs WHERE story_id = ${id}`)
      await all(sql`DELETE FROM public_stories WHERE id = ${id}`)
    },
    /** Live stories that show a person or picture (their byline, media or body). */
    storiesShowing: async (kind: RefKind, ref: string): Promise<number[]> => {
      const rows = await all(sql`SELECT story_id FROM public_story_refs WHERE kind = ${kind} AND ref = ${ref}`)
      return rows.map((row) => Number(row.story_id))
    },
    /** The newest live stories' pages, for the feeds. */
    latestPages: async (limit: number): Promise<string[]> => {
      const rows = await all(sql`SELECT page FROM public_stories WHERE status = 'live' ORDER BY published_at DESC, id DESC LIMIT ${limit}`)
      return rows.map((row) => String(row.page))
    },
    person: async (id: number): Promise<PersonRow | null> => {
      const rows = await all(sql`SELECT id, slug, body, etag, photo_id, keys FROM public_people WHERE id = ${id}`)
      return rows[0] ? personRow(rows[0]) : null
    },
    peopleWithPhoto: async (photoId: number): Promise<number[]> => {
      const rows = await all(sql`SELECT id FROM public_people WHERE photo_id = ${photoId}`)
      return rows.map((row) => Number(row.id))
    },
    putPerson: async (row: PersonRow): Promise<void> => {
      await all(sql`INSERT INTO public_people (id, slug, body, etag, photo_id, keys) VALUES (${row.id}, ${row.slug}, ${row.body}, ${row.etag}, ${row.photoId}, ${row.keys.join(' ')})
        ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, body = excluded.body, etag = excluded.etag, photo_id = excluded.photo_id, keys = excluded.keys`)
    },
    deletePerson: async (id: number): Promise<void> => {
      await all(sql`DELETE FROM public_people WHERE id = ${id}`)
    },
    document: async (key: string): Promise<DocumentRow | null> => {
      const rows = await all(sql`SELECT key, body, etag, content_type, keys FROM public_documents WHERE key = ${key}`)
      return rows[0] ? documentRow(rows[0]) : null
    },
    putDocument: async (row: DocumentRow): Promise<void> => {
      await all(sql`INSERT INTO public_documents (key, body, etag, content_type, keys) VALUES (${row.key}, ${row.body}, ${row.etag}, ${row.contentType}, ${row.keys.join(' ')})
        ON CONFLICT (key) DO UPDATE SET body = excluded.body, etag = excluded.etag, content_type = excluded.content_type, keys = excluded.keys`)
    },
    /** Ids of every person the model holds (for a rebuild to drop who no longer exists). */
    peopleIds: async (): Promise<number[]> => (await all(sql`SELECT id FROM public_people`)).map((r) => Number(r.id)),
  }
}

export type PublicModelWriter = Awaited<ReturnType<typeof publicModelWriter>>
