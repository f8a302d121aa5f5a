import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { publicModelReader, type ListQuery, type RefKind } from '../db/publicModel'
import { decodeCursor, encodeCursor } from '../delivery/cursor'
import { strongEtag } from '../delivery/etag'
import { InvalidParameterError } from '../delivery/listParams'
import { FEED_DOCUMENTS, feedDocuments } from '../delivery/projection'
import { bylineKey, FEED_KEY, LIST_KEY, storyKey, tagKey } from '../delivery/surrogateKeys'

/** An answer read from the model: the stored bytes, their tag and the keys they show. */
export type Produced = {
  status: number
  body: Buffer
  contentType: string
  etag?: string
  keys: readonly string[]
  /** A `Link` header (the next page of a list). */
  link?: string
}

const JSON_TYPE = 'application/json'
const NINJS_TYPE = 'application/json; charset=utf-8'
/** Payload's page size when a list read names none. */
const DEFAULT_LIMIT = 10
const COMMA = Buffer.from(',')

const problem = (status: number, code: string, message: string): Produced => ({
  status,
  body: Buffer.from(JSON.stringify({ errors: [{ code, message }] })),
  contentType: JSON_TYPE,
  keys: [],
})

const ok = (body: string | Buffer, contentType: string, keys: readonly string[], etag?: string, link?: string): Produced => ({
  status: 200,
  body: typeof body === 'string' ? Buffer.from(body) : body,
  contentType,
  etag,
  keys,
  link,
})

/**
 * The query parameters each model list understands; anything else is refused, naming it. List
 * entries carry their byline and pictures populated, as Payload's `depth=1` did, in the only
 * order a public list has, so `depth=1|2` and `sort=-publishedAt` are accepted and change nothing.
 */
const LIST_PARAMS = new Set(['limit', 'page', 'before', 'depth', 'sort'])

const acceptsAsIs = (params: URLSearchParams): boolean =>
  params.getAll('depth').every((d) => d === '1' || d === '2') && params.getAll('sort').every((s) => s === '-publishedAt')

/** Returns true when a public `/api/dispatches` query is one the model answers (else Payload does). */
export const modelAnswersList = (params: URLSearchParams): boolean =>
  [...params.keys()].every((name) => LIST_PARAMS.has(name)) && (params.has('before') || acceptsAsIs(params))

/**
 * Public reads answered from the read model (src/db/publicModel.ts): one indexed lookup each,
 * no Payload access machinery. Every answer names its surrogate keys.
 */
export function modelReads(payload: Payload, env: Env) {
  const reader = publicModelReader(payload)

  /** One page of live stories, newest first, by cursor (`before`) or page number; no row is counted. */
  async function list(path: string, params: URLSearchParams, by: ListQuery['by']): Promise<{ docs: Buffer[]; paging: string; link?: string; tagged: string }> {
    for (const name of params.keys()) {
      if (!LIST_PARAMS.has(name)) throw new InvalidParameterError(name, `"${name}" is not a parameter of this list; it takes limit, page and before`)
    }
    if (!acceptsAsIs(params)) {
      const name = params.getAll('sort').every((v) => v === '-publishedAt') ? 'depth' : 'sort'
      throw new InvalidParameterError(name, `"${name}" on this list can only be ${name === 'depth' ? '1 or 2' : '-publishedAt'} (newest first, relations populated)`)
    }
    const limit = Number(params.get('limit') ?? DEFAULT_LIMIT) || env.PUBLIC_MAX_LIMIT
    const beforeValue = params.get('before')
    if (beforeValue !== null && params.has('page')) throw new InvalidParameterError('before', '"before" and "page" cannot be given together')
    if (params.getAll('before').length > 1) throw new InvalidParameterError('before', '"before" is given more than once')
    const before = beforeValue !== null ? decodeCursor(beforeValue, env.PAYLOAD_SECRET) : undefined
    const page = before ? null : Number(params.get('page') ?? 1)
    const offset = page ? (page - 1) * limit : 0
    // One more than asked for says whether there is a next page without counting anything.
    const rows = await reader.listBytes({ by, before, offset, limit: limit + 1 })
    const docs = rows.slice(0, limit)
    const hasNextPage = rows.length > limit
    const last = docs.at(-1)
    const nextCursor = hasNextPage && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }, env.PAYLOAD_SECRET) : null
    const nextPage = page && hasNextPage && page * limit < env.PUBLIC_MAX_OFFSET ? page + 1 : null
    const paging =
      `"limit":${limit},"hasNextPage":${hasNextPage},"nextCursor":${JSON.stringify(nextCursor)},"page":${page ?? 'null'},` +
      `"hasPrevPage":${page === null || page > 1},"prevPage":${page && page > 1 ? page - 1 : 'null'},"nextPage":${nextPage ?? 'null'}`
    const next = new URLSearchParams()
    if (params.has('limit')) next.set('limit', String(limit))
    if (nextCursor) next.set('before', nextCursor)
    return {
      docs: docs.map((row) => row.entry),
      paging,
      link: nextCursor ? `<${env.SERVER_URL}${path}?${next.toString()}>; rel="next"` : undefined,
      tagged: `${paging}\n${docs.map((row) => `${row.id} ${row.pageEtag}`).join('\n')}`,
    }
  }

  /*
   * A list's ETag is taken over what its bytes are made of, not over the ~44 KB themselves
   * (hashing them was ~15% of a cold list's CPU): the paging, and each entry's story and page
   * tag. An entry is its story page without body and quotes, so the same page tags give the
   * same entries; the `head` (a person's page) is tagged by its own ETag.
   */
  const listTag = (kind: string, tagged: string, head = ''): string => strongEtag(`${kind}\n${head}\n${tagged}`)

  /** `head` + `[entry,entry,…]` + `tail`, in one copy of the stored bytes. */
  const joined = (head: string, docs: Buffer[], tail: string): Buffer => {
    const parts: Buffer[] = [Buffer.from(`${head}[`)]
    docs.forEach((doc, i) => {
      if (i > 0) parts.push(COMMA)
      parts.push(doc)
    })
    parts.push(Buffer.from(`]${tail}`))
    return Buffer.concat(parts)
  }

  const listAnswer = async (path: string, params: URLSearchParams, by: ListQuery['by'], key: string): Promise<Produced> => {
    const { docs, paging, link, tagged } = await list(path, params, by)
    return ok(joined('{"docs":', docs, `,${paging}}`), JSON_TYPE, [key], listTag(key, tagged), link)
  }

  return {
    /** GET /api/dispatches/slug/:slug — the story page; 404 never live, 410 withdrawn. */
    storyPage: async (slug: string): Promise<Produced> => {
      const row = await reader.storyBytes(slug)
      if (row?.status === 'live' && row.body?.length) return ok(row.body, JSON_TYPE, row.keys, row.etag ?? undefined)
      if (row) return problem(410, 'WITHDRAWN', 'This story has been withdrawn')
      return problem(404, 'NOT_FOUND', `No published story with slug "${slug}"`)
    },

    /** GET /api/ninjs/dispatches/:slug — the story as IPTC ninjs 3.1. */
    ninjs: async (slug: string): Promise<Produced> => {
      const row = await reader.storyBytes(slug, 'ninjs')
      if (row?.status === 'live' && row.body?.length) return ok(row.body, NINJS_TYPE, row.keys, row.etag ?? undefined)
      if (row) return problem(410, 'WITHDRAWN', 'This story has been withdrawn')
      return problem(404, 'NOT_FOUND', `No published story with slug "${slug}"`)
    },

    /** GET /feeds/rss.xml and /feeds/feed.json. */
    feed: async (name: keyof typeof FEED_DOCUMENTS): Promise<Produced> => {
      const spec = FEED_DOCUMENTS[name]
      const doc = await reader.document(spec.key)
      if (doc) return ok(doc.body, doc.contentType, [FEED_KEY], doc.etag)
      // Not built yet (a database the model has not been filled on): an empty feed, not an error.
      const empty = feedDocuments([], { serverUrl: env.SERVER_URL, siteUrl: env.PUBLIC_SITE_URL, language: 'en', feedItems: env.FEED_ITEMS })
      return ok(empty[name], spec.contentType, [FEED_KEY])
    },

    /** GET /api/dispatches (public, only limit/page/before) — the newest live stories. */
    stories: (path: string, params: URLSearchParams): Promise<Produced> => listAnswer(path, params, undefined, LIST_KEY),

    /** GET /api/dispatches/tag/:tag — the newest live stories with a tag. */
    tagged: (path: string, tag: string, params: URLSearchParams): Promise<Produced> =>
      listAnswer(path, params, { kind: 'tag' as RefKind, ref: tag }, tagKey(tag)),

    /**
     * GET /api/correspondents/slug/:slug — public fields, `stories` (the newest live stories in
     * their byline, as list entries) and the paging of those stories (`nextCursor`, `hasNextPage`).
     */
    person: async (path: string, slug: string, params: URLSearchParams): Promise<Produced> => {
      const row = await reader.personBySlug(slug)
      if (!row) return problem(404, 'NOT_FOUND', `No correspondent with slug "${slug}"`)
      // The person's fields, their stories as list entries, and the paging of those stories.
      const { docs, paging, link, tagged } = await list(path, params, { kind: 'person', ref: String(row.id) })
      const body = joined(`${row.body.slice(0, -1)},"stories":`, docs, `,${paging}}`)
      return ok(body, JSON_TYPE, [...row.keys, bylineKey(row.id)], listTag('person', tagged, row.etag), link)
    },

    /** The keys a Payload-computed read of one dispatch shows (its story, people and pictures). */
    storyKeys: async (id: string): Promise<string[]> => {
      if (!/^\d+$/.test(id)) return []
      const keys = await reader.storyKeys(Number(id))
      return keys.length ? keys : [storyKey(id)]
    },
  }
}

export type ModelReads = ReturnType<typeof modelReads>
