/**
 * Fills a database with N published dispatches for the read benchmark by copying one fully
 * published template story (its byline, media, corrections, tags, versions and quotes) N − 1
 * times in SQL. Going through the API would take hours at 100,000 stories; the copies are
 * row-for-row what the API wrote for the template, with their own id, slug, headline and
 * publication time, so every read path (joins, access filters, indexes) does its real work.
 *
 * Tables are discovered from the schema, so the loader keeps up with migrations: a table
 * `dispatches_*` or `_dispatches_v*` or `quotes_*` is a child of its collection when it has a
 * `_parent_id`/`parent_id` column.
 */
import { createClient, type Client } from '@libsql/client'
import pg from 'pg'

export type Sql = {
  dialect: 'sqlite' | 'postgres'
  all: (sql: string) => Promise<Array<Record<string, unknown>>>
  run: (sql: string) => Promise<void>
  close: () => Promise<void>
}

export async function openSql(databaseUrl: string): Promise<Sql> {
  if (databaseUrl.startsWith('file:')) {
    const client: Client = createClient({ url: databaseUrl })
    await client.execute('PRAGMA busy_timeout = 10000')
    return {
      dialect: 'sqlite',
      all: async (sql) => (await client.execute(sql)).rows.map((row) => ({ ...row })),
      run: async (sql) => void (await client.executeMultiple(sql)),
      close: async () => client.close(),
    }
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 })
  return {
    dialect: 'postgres',
    all: async (sql) => (await pool.query(sql)).rows,
    run: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
  }
}

export const q = (name: string): string => `"${name.replaceAll('"', '""')}"`

export async function tables(db: Sql): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      : await db.all(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)
  return rows.map((row) => String(row.name))
}

type Column = { name: string; integer: boolean }

export async function columns(db: Sql, table: string): Promise<Column[]> {
  if (db.dialect === 'sqlite') {
    const rows = await db.all(`PRAGMA table_info(${q(table)})`)
    return rows.map((row) => ({ name: String(row.name), integer: /INT/i.test(String(row.type)) }))
  }
  const rows = await db.all(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`,
  )
  return rows.map((row) => ({ name: String(row.name), integer: /int|serial|numeric/i.test(String(row.type)) }))
}

/** The numbers 1..count as a row source `n(k)`, offset by `from`. */
export function numbers(db: Sql, from: number, count: number): string {
  return db.dialect === 'sqlite'
    ? `(WITH RECURSIVE s(k) AS (SELECT ${from + 1} UNION ALL SELECT k + 1 FROM s WHERE k < ${from + count}) SELECT k FROM s) n`
    : `generate_series(${from + 1}, ${from + count}) AS n(k)`
}

/** An expression for a timestamp column moved `k` minutes earlier, so lists have an order to sort by. */
function earlier(db: Sql, column: string): string {
  return db.dialect === 'sqlite'
    ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '-' || n.k || ' minutes')`
    : `${column} - (n.k * interval '1 minute')`
}

type Plan = {
  table: string
  /** How the copy's value of each column is computed (SQL over the template row `t` and `n.k`). */
  values: Record<string, string>
  where: string
}

async function copyTable(db: Sql, plan: Plan, from: number, count: number): Promise<void> {
  const cols = await columns(db, plan.table)
  const names = cols.filter((c) => plan.values[c.name] !== '' && !(c.name === 'id' && c.integer && !plan.values.id))
  const exprs = names.map((c) => plan.values[c.name] ?? `t.${q(c.name)}`)
  await db.run(
    `INSERT INTO ${q(plan.table)} (${names.map((c) => q(c.name)).join(', ')}) SELECT ${exprs.join(', ')} FROM ${q(plan.table)} t, ${numbers(db, from, count)} WHERE ${plan.where}`,
  )
}

export type CloneOptions = { templateId: number; copies: number; batch?: number; onProgress?: (done: number) => void }

/** Where the copies went: copy k is dispatch `firstId - 1 + k`; template quote q became `quoteBase + (k - 1) * quoteSpan + (q - quoteMin)`. */
export type CloneLayout = { templateId: number; copies: number; firstId: number; quoteBase: number; quoteMin: number; quoteSpan: number }

/**
 * Copies the template dispatch `copies` times. Copy k gets dispatch id D0 + k, slug
 * `<slug>-c<k>`, headline `<headline> (<k>)`, and a publication time k minutes before the
 * template's. Returns where the copies went (their ids and their quotes' ids).
 */
export async function cloneDispatches(db: Sql, { templateId, copies, batch = 10_000, onProgress }: CloneOptions): Promise<CloneLayout> {
  const all = await tables(db)
  const maxId = async (table: string): Promise<number> => Number((await db.all(`SELECT COALESCE(MAX(id), 0) AS m FROM ${q(table)}`))[0].m)
  const D0 = (await maxId('dispatches')) + 1
  const V0 = (await maxId('_dispatches_v')) + 1
  const quoteIds = (await db.all(`SELECT id FROM quotes WHERE dispatch_id = ${templateId} ORDER BY id`)).map((r) => Number(r.id))
  const versionIds = (await db.all(`SELECT MAX(id) AS id FROM _dispatches_v WHERE parent_id = ${templateId}`)).map((r) => Number(r.id))
  if (!versionIds[0]) throw new Error(`the template dispatch ${templateId} has no version`)
  const Q0 = (await maxId('quotes')) + 1
  const qmin = quoteIds[0] ?? 0
  const qspan = quoteIds.length ? quoteIds[quoteIds.length - 1] - qmin + 1 : 0
  const versionId = versionIds[0]

  const newDispatch = `(${D0 - 1} + n.k)`
  const newVersion = `(${V0 - 1} + n.k)`
  const newQuote = (idColumn: string) => `(${Q0} + (n.k - 1) * ${qspan} + (${idColumn} - ${qmin}))`
  const textId = `t.id || '-c' || n.k`

  for (let from = 0; from < copies; from += batch) {
    const count = Math.min(batch, copies - from)
    const plans: Plan[] = [
      {
        table: 'dispatches',
        values: {
          id: newDispatch,
          slug: `t.slug || '-c' || n.k`,
          headline: `t.headline || ' (' || n.k || ')'`,
          published_at: earlier(db, 't.published_at'),
          first_published_at: earlier(db, 't.first_published_at'),
          intake_hash: 'NULL',
        },
        where: `t.id = ${templateId}`,
      },
      {
        table: '_dispatches_v',
        values: {
          id: newVersion,
          parent_id: newDispatch,
          version_slug: `t.version_slug || '-c' || n.k`,
          version_headline: `t.version_headline || ' (' || n.k || ')'`,
          version_published_at: earlier(db, 't.version_published_at'),
          version_first_published_at: earlier(db, 't.version_first_published_at'),
          version_intake_hash: 'NULL',
        },
        where: `t.id = ${versionId}`,
      },
      ...(qspan
        ? [{ table: 'quotes', values: { id: newQuote('t.id'), dispatch_id: newDispatch }, where: `t.dispatch_id = ${templateId}` }]
        : []),
    ]
    for (const table of all.filter((name) => name.startsWith('dispatches_'))) plans.push(await childPlan(db, table, templateId, newDispatch))
    for (const table of all.filter((name) => name.startsWith('_dispatches_v_'))) plans.push(await childPlan(db, table, versionId, newVersion))
    if (qspan) {
      for (const table of all.filter((name) => name.startsWith('quotes_'))) {
        const parent = await parentColumn(db, table)
        if (!parent) continue
        plans.push({
          table,
          values: { [parent]: newQuote(`t.${q(parent)}`) },
          where: `t.${q(parent)} IN (${quoteIds.join(', ')})`,
        })
      }
    }
    for (const plan of plans) {
      const cols = await columns(db, plan.table)
      const id = cols.find((c) => c.name === 'id')
      if (id && !id.integer && !plan.values.id) plan.values.id = textId
      await copyTable(db, plan, from, count)
    }
    onProgress?.(from + count)
  }
  if (db.dialect === 'postgres') {
    // Explicit ids do not move PostgreSQL's sequences; the next row the API writes must not collide.
    for (const table of ['dispatches', '_dispatches_v', 'quotes', ...all.filter((name) => /^(_?dispatches_|quotes_)/.test(name))]) {
      const cols = await columns(db, table)
      if (!cols.some((c) => c.name === 'id' && c.integer)) continue
      await db.run(`SELECT setval(pg_get_serial_sequence('${q(table)}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM ${q(table)}))`)
    }
  }
  return { templateId, copies, firstId: D0, quoteBase: Q0, quoteMin: qmin, quoteSpan: qspan }
}

async function parentColumn(db: Sql, table: string): Promise<string | null> {
  const cols = await columns(db, table)
  return cols.find((c) => c.name === '_parent_id')?.name ?? cols.find((c) => c.name === 'parent_id')?.name ?? null
}

/** Copies the rows of a child table that belong to the template parent, re-pointed at the copy. */
async function childPlan(db: Sql, table: string, templateParent: number, newParent: string): Promise<Plan> {
  const parent = await parentColumn(db, table)
  if (!parent) return { table, values: {}, where: '1 = 0' }
  return { table, values: { [parent]: newParent }, where: `t.${q(parent)} = ${templateParent}` }
}
