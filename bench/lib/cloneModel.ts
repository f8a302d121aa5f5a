/**
 * Fills the public read model for the copies cloneDispatches made, the way it made them: the
 * template's projection rows copied in SQL once per copy, with what differs per copy (id, slug,
 * headline, publication times, URLs, quote ids, surrogate keys, ETags) written in by SQL string
 * concatenation. `npm run public:rebuild` recomputes every story through Payload instead, ~1–2 ms
 * a story here, which at 1,000,000 stories is longer than a benchmark run may take.
 *
 * The documents (story page, list entry, ninjs) are cut at the template's own values: each value
 * a copy changes must occur in the template document exactly as many times as expected, or the
 * copy stops loudly instead of writing bytes no rebuild would. Tables are discovered from the
 * schema: `public_stories` is the story row, and every other `public_*` table with a `story_id`
 * column (the per-tag, per-person and per-picture rows) is copied row for row with `story_id`
 * and any `published_at` moved. The ETags are the template's with the copy's id mixed in (still
 * quoted, unique per story): the real one is a SHA-1 of the bytes, which SQLite's SQL cannot
 * compute. Correspondent pages and the feeds are one row each, not per story: the bench
 * regenerates them for real afterwards.
 */
import { columns, numbers, q, tables, type CloneLayout, type Sql } from './cloneDispatches'

type Piece = { find: string; expr: string; count?: number }

const lit = (text: string): string => `'${text.replaceAll("'", "''")}'`

/** Returns `text` as SQL: the template's bytes as literals, each `find` replaced by its `expr`. */
function splice(what: string, text: string, pieces: Piece[]): string {
  const hits: Array<{ at: number; length: number; expr: string }> = []
  for (const piece of pieces) {
    let found = 0
    for (let at = text.indexOf(piece.find); at !== -1; at = text.indexOf(piece.find, at + piece.find.length)) {
      hits.push({ at, length: piece.find.length, expr: piece.expr })
      found += 1
    }
    if (found !== (piece.count ?? 1)) throw new Error(`the template's ${what} holds ${piece.find} ${found} times, expected ${piece.count ?? 1}: the copy would differ from a rebuild`)
  }
  hits.sort((a, b) => a.at - b.at)
  const parts: string[] = []
  let from = 0
  for (const hit of hits) {
    if (hit.at < from) throw new Error(`the template's ${what}: two values to rewrite overlap at ${hit.at}`)
    parts.push(lit(text.slice(from, hit.at)), `(${hit.expr})`)
    from = hit.at + hit.length
  }
  parts.push(lit(text.slice(from)))
  return parts.join(' || ')
}

/** An ISO time (`…T…:…:….sssZ`) `n.k` minutes before `iso`, as SQL. */
function minutesBefore(db: Sql, iso: string): string {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(iso)) throw new Error(`the template's time ${iso} is not an ISO time with milliseconds`)
  return db.dialect === 'sqlite'
    ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${lit(iso)}, '-' || n.k || ' minutes')`
    : `to_char((TIMESTAMPTZ ${lit(iso)} - n.k * interval '1 minute') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
}

type TemplatePage = {
  id: number
  slug: string
  headline: string
  publishedAt: string
  firstPublishedAt: string | null
  quotes: { docs: Array<{ id: number }> }
}

/** A JSON string value with `suffix` (SQL) appended inside its quotes. */
const jsonWithSuffix = (value: string, suffix: string): string => `${lit(JSON.stringify(value).slice(0, -1))} || ${suffix} || '"'`

export type ModelCloneOptions = { serverUrl: string; siteUrl: string; batch?: number; onProgress?: (done: number) => void }

/** Copies the template's public projections for every copy in `layout`. */
export async function clonePublicModel(db: Sql, layout: CloneLayout, { serverUrl, siteUrl, batch = 5_000, onProgress }: ModelCloneOptions): Promise<void> {
  const T = layout.templateId
  const [row] = await db.all(`SELECT * FROM public_stories WHERE id = ${T}`)
  if (!row || row.status !== 'live') throw new Error(`the template dispatch ${T} has no live row in the public read model`)
  const page = String(row.page)
  const ninjs = String(row.ninjs)
  const entry = String(row.entry)
  const story = JSON.parse(page) as TemplatePage
  const published = String(row.published_at)
  if (story.id !== T || published !== story.publishedAt) throw new Error(`the template's public row does not describe dispatch ${T} as published at ${published}`)

  const id = `(${layout.firstId - 1} + n.k)`
  const copySlug = `${lit(story.slug)} || '-c' || n.k`
  const slugJson = jsonWithSuffix(story.slug, `'-c' || n.k`)
  const headlineJson = jsonWithSuffix(story.headline, `' (' || n.k || ')'`)
  const at = minutesBefore(db, story.publishedAt)
  const first = story.firstPublishedAt ? minutesBefore(db, story.firstPublishedAt) : null
  const quoted = (iso: string | null, expr: string | null): string => (iso && expr ? `'"' || ${expr} || '"'` : lit('null'))

  // What the story page and the list entry hold about the story itself (the entry is the page without body and quotes).
  const storyFields: Piece[] = [
    // Anchored on the page's first fields: a correspondent, picture or quote may have the story's id too.
    { find: `{"id":${T},"slug":${JSON.stringify(story.slug)},"headline":${JSON.stringify(story.headline)}`, expr: `'{"id":' || ${id} || ',"slug":' || ${slugJson} || ',"headline":' || ${headlineJson}` },
    { find: `"publishedAt":${JSON.stringify(story.publishedAt)},"firstPublishedAt":${JSON.stringify(story.firstPublishedAt)}`, expr: `'"publishedAt":' || ${quoted(story.publishedAt, at)} || ',"firstPublishedAt":' || ${quoted(story.firstPublishedAt, first)}` },
  ]
  const quoteIds: Piece[] = story.quotes.docs.map((quote) => ({
    find: `{"id":${quote.id},"text":`,
    expr: `'{"id":' || (${layout.quoteBase} + (n.k - 1) * ${layout.quoteSpan} + ${quote.id - layout.quoteMin}) || ',"text":'`,
  }))
  const isoOf = (value: string | null): string | null => (value ? new Date(value).toISOString() : null)
  const firstCreated = isoOf(story.firstPublishedAt ?? story.publishedAt)
  const ninjsFields: Piece[] = [
    { find: `"uri":${JSON.stringify(`${serverUrl}/api/dispatches/${T}`)}`, expr: `'"uri":' || ${jsonWithSuffix(`${serverUrl}/api/dispatches/`, `${id}`)}` },
    ...(firstCreated ? [{ find: `"firstCreated":"${firstCreated}"`, expr: `'"firstCreated":"' || ${story.firstPublishedAt ? first : at} || '"'` }] : []),
    { find: `"versionCreated":"${isoOf(story.publishedAt)}"`, expr: `'"versionCreated":"' || ${at} || '"'` },
    { find: `"slugline":${JSON.stringify(story.slug)}`, expr: `'"slugline":' || ${slugJson}` },
    { find: `"headlines":[{"role":"main","value":${JSON.stringify(story.headline)}}]`, expr: `'"headlines":[{"role":"main","value":' || ${headlineJson} || '}]'` },
    // The web rendition: the site's story URL (the slug is URL-safe, and so is "-c<k>").
    { find: `"href":${JSON.stringify(`${siteUrl}/stories/${encodeURIComponent(story.slug)}`)}`, expr: `'"href":' || ${jsonWithSuffix(`${siteUrl}/stories/${encodeURIComponent(story.slug)}`, `'-c' || n.k`)}` },
  ]
  const keys = String(row.keys)
  const storyKey = `story-${T}`
  if (keys !== storyKey && !keys.startsWith(`${storyKey} `)) throw new Error(`the template's surrogate keys "${keys}" do not start with ${storyKey}`)
  // The template's ETag with the copy's id mixed in: quoted, unique per story, never the template's.
  const etag = (column: string): string => `'"' || substr(t.${column}, 2, length(t.${column}) - 2) || '-' || ${id} || '"'`

  const values: Record<string, string> = {
    id,
    slug: copySlug,
    published_at: at,
    page: splice('story page', page, [...storyFields, ...quoteIds]),
    entry: splice('list entry', entry, storyFields),
    ninjs: splice('ninjs', ninjs, ninjsFields),
    page_etag: etag('page_etag'),
    ninjs_etag: etag('ninjs_etag'),
    keys: `${lit('story-')} || ${id} || ${lit(keys.slice(storyKey.length))}`,
  }
  const all = await tables(db)
  const children: string[] = []
  for (const table of all.filter((name) => name.startsWith('public_') && name !== 'public_stories')) {
    if ((await columns(db, table)).some((c) => c.name === 'story_id')) children.push(table)
  }
  const insert = async (table: string, exprs: Record<string, string>, where: string, from: number, count: number): Promise<void> => {
    const cols = await columns(db, table)
    const list = cols.map((c) => exprs[c.name] ?? `t.${q(c.name)}`)
    await db.run(`INSERT INTO ${q(table)} (${cols.map((c) => q(c.name)).join(', ')}) SELECT ${list.join(', ')} FROM ${q(table)} t, ${numbers(db, from, count)} WHERE ${where}`)
  }
  for (let from = 0; from < layout.copies; from += batch) {
    const count = Math.min(batch, layout.copies - from)
    await insert('public_stories', values, `t.id = ${T}`, from, count)
    for (const table of children) await insert(table, { story_id: id, published_at: at }, `t.story_id = ${T}`, from, count)
    onProgress?.(from + count)
  }
}
