/**
 * Fuzzing the whole HTTP surface with fast-check: thousands of generated requests over every
 * REST route and method (collections' CRUD, /versions, /duplicate, /access, custom endpoints,
 * feeds, slug, ninjs) and GraphQL documents, as every role. Each answer must be below 500; a
 * refused write (4xx) must leave a sample of tables as it was; the server must still answer.
 * Seeded (FUZZ_SEED) and bounded in time (FUZZ_SECONDS per database).
 */
import fc from 'fast-check'
import type { CollectionSlug } from 'payload'

import { sql as sqlTag } from '@payloadcms/db-postgres'

import { sqlRows } from '../../src/db/raw'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
const BUDGET_MS = Number(process.env.FUZZ_SECONDS ?? 50) * 1000
const MAX_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 6000)
const UPLOAD_LIMIT = 200_000

let t: TestApp
const tokens = new Map<DemoRole, string>()
const ids = new Map<string, number[]>()
let slugs: string[] = []

const ROLES: Array<DemoRole | 'anonymous'> = ['anonymous', 'frontend', 'correspondent', 'editor', 'legal', 'admin']
const SLUGS = [
  'dispatches',
  'quotes',
  'media-assets',
  'correspondents',
  'users',
  'workflow-events',
  'webhook-subscriptions',
  'webhook-deliveries',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
] as const

const FIELDS: Record<string, string[]> = {
  dispatches: ['headline', 'slug', 'standfirst', 'body', 'tags', 'workflowStatus', 'publishedAt', 'embargoUntil', 'byline.correspondent', 'byline.correspondent.name', 'legalHold.active', 'createdBy', '_status', 'id', 'createdAt', 'body.root', 'intakeHash'],
  quotes: ['text', 'speaker.name', 'sensitive', 'legal.status', 'dispatch', 'dispatch.headline', 'id', 'context'],
  'media-assets': ['filename', 'caption', 'alt', 'creditLine', 'mimeType', 'filesize', 'isPublic', 'rights.expiresAt', 'id'],
  correspondents: ['name', 'slug', 'kind', 'bureau', 'id'],
  users: ['email', 'roles', 'name', 'correspondent', 'hash', 'salt', 'resetPasswordToken', 'apiKey', 'id'],
  'workflow-events': ['dispatch', 'kind', 'from', 'to', 'actor', 'at', 'gate', 'note'],
  'webhook-subscriptions': ['url', 'secret', 'events', 'active'],
  'webhook-deliveries': ['status', 'attempts', 'event', 'subscription', 'nextAttemptAt'],
  'payload-jobs': ['taskSlug', 'input', 'waitUntil', 'processing'],
  'payload-locked-documents': ['document', 'user', 'globalSlug'],
  'payload-preferences': ['key', 'user', 'value'],
}
const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects', 'regex', '$ne', 'or', '0']

// ---------- generators ----------

const nasty = fc.constantFrom(
  '',
  ' ',
  'abc',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '1 OR 1=1',
  '99999999999999999999',
  'NaN',
  'null',
  'true',
  '%00',
  '\u0000',
  '../../etc/passwd',
  '%ED%A0%80',
  '%',
  'é',
  '🙂',
  '<script>',
  "' OR '1'='1",
  '2026-01-01',
  'notadate',
  '[]',
  '{}',
  'a'.repeat(300),
)
const scalar: fc.Arbitrary<string> = fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.integer({ min: -5, max: 1e6 }).map(String))
// Ids and slugs are read after the demo is loaded; picked by index so the seed decides.
const existingId = (slug: string): fc.Arbitrary<string> =>
  fc.nat(49).map((i) => {
    const list = ids.get(slug) ?? []
    return String(list.length ? list[i % list.length] : 1)
  })
const idFor = (slug: string): fc.Arbitrary<string> => fc.oneof({ weight: 6, arbitrary: existingId(slug) }, { weight: 1, arbitrary: nasty }, fc.integer({ min: 1, max: 999999 }).map(String))

/** A qs-encoded where clause: `where[path][op]=value`, and/or, nested, lists. */
function whereParams(slug: string): fc.Arbitrary<string[]> {
  const fields = FIELDS[slug] ?? ['id']
  const condition = (prefix: string): fc.Arbitrary<string[]> =>
    fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 8 })), fc.constantFrom(...OPERATORS), scalar, fc.nat(3)).map(([field, op, value, shape]) => {
      const base = `${prefix}[${field}][${op}]`
      if (shape === 0) return [`${base}=${encodeURIComponent(value)}`]
      if (shape === 1) return [`${base}[0]=${encodeURIComponent(value)}`, `${base}[1]=x`]
      if (shape === 2) return [`${base}[$ne]=${encodeURIComponent(value)}`]
      return [`${base}=${encodeURIComponent(value)},${encodeURIComponent(value)}`]
    })
  return fc.oneof(
    condition('where'),
    fc.tuple(fc.constantFrom('and', 'or'), fc.array(fc.nat(2), { minLength: 1, maxLength: 3 })).chain(([joint, rows]) =>
      fc.tuple(...rows.map((_, i) => condition(`where[${joint}][${i}]`))).map((parts) => parts.flat()),
    ),
    scalar.map((value) => [`where=${encodeURIComponent(value)}`]),
    fc.constant<string[]>(['where[and][0][or][0][and][0][or][0][and][0][or][0][and][0][or][0][and][0][id][equals]=1']),
  )
}

function queryFor(slug: string): fc.Arbitrary<string> {
  const fields = FIELDS[slug] ?? ['id']
  const param = fc.oneof(
    { weight: 4, arbitrary: whereParams(slug) },
    fc.tuple(fc.constantFrom('limit', 'page', 'depth'), fc.oneof(scalar, fc.constantFrom('0', '1', '10', '100000', '100001', '1000001'))).map(([k, v]) => [`${k}=${encodeURIComponent(v)}`]),
    fc.tuple(fc.oneof(fc.constantFrom(...fields), scalar), fc.boolean()).map(([v, down]) => [`sort=${encodeURIComponent(down ? `-${v}` : v)}`]),
    fc.tuple(fc.constantFrom('select', 'populate', 'joins'), fc.oneof(fc.constantFrom(...fields), scalar), fc.constantFrom('true', 'false', 'x', '[a]=1')).map(([k, f, v]) => [`${k}[${encodeURIComponent(f)}]=${v}`]),
    fc.tuple(fc.constantFrom('draft', 'pagination', 'trash', 'locale', 'fallback-locale', 'prefix', 'autosave', 'depth', 'select'), scalar).map(([k, v]) => [`${k}=${encodeURIComponent(v)}`]),
  )
  return fc.array(param, { maxLength: 4 }).map((parts) => (parts.length ? `?${parts.flat().join('&')}` : ''))
}

type Body = { type?: string; data?: string | Buffer }

const jsonBody: fc.Arbitrary<Body> = fc
  .oneof(
    { weight: 3, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('headline', 'text', 'tags', 'body', 'speaker', 'dispatch', 'to', 'note', 'decision', 'active', 'reason', 'email', 'password', 'token', 'roles', 'name', 'url', 'secret', 'events', 'legal', 'sensitive', 'workflowStatus', '_status', 'byline', 'embargoUntil', 'expectedFrom', 'id', 'createdBy', 'slug'), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }) },
    fc.jsonValue({ maxDepth: 4 }),
  )
  .map((value) => ({ type: 'application/json', data: JSON.stringify(value) }))

const otherBody: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({}),
  fc.constant<Body>({ type: 'application/json', data: '{"headline": ' }),
  fc.constant<Body>({ type: 'application/json', data: '['.repeat(3000) + ']'.repeat(3000) }),
  fc.constant<Body>({ type: 'application/json', data: JSON.stringify({ headline: 'x'.repeat(UPLOAD_LIMIT + 1024 * 1024 - 20) }) }),
  fc.constant<Body>({ type: 'application/json', data: JSON.stringify({ headline: 'x'.repeat(UPLOAD_LIMIT + 1024 * 1024 + 10) }) }),
  fc.constant<Body>({ type: 'application/json', data: JSON.stringify({ text: 'a\u0000b', headline: '\u0000' }) }),
  fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'image/png'), fc.string({ maxLength: 40 })).map(
    ([type, data]) => ({ type, data }),
  ),
)
const body: fc.Arbitrary<Body> = fc.oneof({ weight: 5, arbitrary: jsonBody }, { weight: 2, arbitrary: otherBody })

type Req = { method: 'get' | 'post' | 'patch' | 'put' | 'delete'; url: string; role: DemoRole | 'anonymous'; body: Body; auth: boolean }

const method = fc.constantFrom<Req['method']>('get', 'get', 'get', 'post', 'patch', 'put', 'delete')
const role = fc.constantFrom(...ROLES)

/** Each collection's own custom routes, beside Payload's. */
const CUSTOM: Record<string, string[]> = {
  dispatches: ['/:id/transition', '/:id/legal-hold', '/:id/workflow', '/:id/legal-review', '/:id/legal-read', '/:id/preview-links', '/:id/preview-links/:s', '/ingest', '/slug/:s', '/tag/:s'],
  quotes: ['/:id/legal-review'],
  'webhook-deliveries': ['/:id/redeliver'],
  correspondents: ['/slug/:s'],
  users: ['/login', '/logout', '/refresh-token', '/unlock', '/first-register', '/verify/:s', '/reset-password', '/me', '/init', '/access', '/:id/api-key/reveal'],
  'media-assets': ['/file/:f', '/paste-url/:s'],
}
const DEFAULT_ROUTES = ['', '', '', '/:id', '/:id', '/:id', '/:id/duplicate', '/versions', '/versions/:id', '/access/:id', '/count']

function collectionRoute(slug: string): fc.Arbitrary<{ path: string; query: string }> {
  const file = fc.oneof(fc.constantFrom('x.png', 'a.jpg', '..%2F..%2Fpackage.json', '%00.png'), scalar.map(encodeURIComponent))
  const path = fc
    .tuple(fc.constantFrom(...DEFAULT_ROUTES, ...(CUSTOM[slug] ?? [])), idFor(slug), scalar, file)
    .map(([pattern, id, text, name]) => pattern.replace(':id', encodeURIComponent(id)).replace(':s', encodeURIComponent(text)).replace(':f', name))
  return fc.tuple(path, queryFor(slug)).map(([p, query]) => ({ path: `/api/${slug}${p}`, query }))
}

const storySlug = fc.oneof(fc.nat(19).map((i) => slugs[i % Math.max(slugs.length, 1)] ?? 'x'), nasty)
const otherRoute: fc.Arbitrary<{ path: string; query: string }> = fc.oneof(
  storySlug.map((s) => ({ path: `/api/ninjs/dispatches/${encodeURIComponent(s)}`, query: '' })),
  storySlug.map((s) => ({ path: `/api/dispatches/slug/${encodeURIComponent(s)}`, query: '' })),
  fc.constantFrom('/feeds/rss.xml', '/feeds/feed.json', '/healthz', '/readyz', '/api', '/api/', '/api/nothing', '/nothing', '/api/globals/x', '/api/graphql-playground', '/').map((path) => ({ path, query: '' })),
  queryFor('dispatches').map((query) => ({ path: '/feeds/rss.xml', query })),
)

const restRequest: fc.Arbitrary<Req> = fc
  .tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SLUGS).chain(collectionRoute) }, otherRoute), method, role, body, fc.boolean())
  .map(([route, m, r, b]) => ({ method: m, url: `${route.path}${route.query}`, role: r, body: m === 'get' || m === 'delete' ? {} : b, auth: true }))

// GraphQL documents: fields, arguments, aliases, fragments (some cyclic), variables of any type.
const GQL_COLLECTIONS = ['Dispatches', 'Quotes', 'MediaAssets', 'Correspondents', 'Users', 'WorkflowEvents', 'WebhookSubscriptions', 'WebhookDeliveries']
const GQL_SINGLE = ['Dispatch', 'Quote', 'MediaAsset', 'Correspondent', 'User', 'WorkflowEvent']
const gqlValue = fc.oneof(scalar.map((v) => JSON.stringify(v)), fc.integer().map(String), fc.constantFrom('true', 'null', '[1,2]', '{equals: "x"}', '$v', '1e400'))
const gqlWhere = fc
  .tuple(fc.constantFrom('headline', 'text', 'id', 'publishedAt', 'slug', 'email', 'sensitive', 'body', 'tags', 'x'), fc.constantFrom('equals', 'like', 'less_than', 'in', 'all', 'near', 'exists', 'contains'), gqlValue)
  .map(([f, o, v]) => `where: { ${f}: { ${o}: ${v} } }`)
const gqlDocument: fc.Arbitrary<{ query: string; variables?: unknown }> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...GQL_COLLECTIONS), fc.option(gqlWhere), fc.option(fc.integer({ min: -1, max: 1e7 })), fc.constantFrom('docs { id }', 'docs { id __typename }', 'totalDocs', 'docs { ...F }', 'docs { a: id b: id c: id }', 'docs { nope }'), fc.boolean())
    .map(([c, where, limit, sel, frag]) => {
      const args = [where, limit !== null ? `limit: ${limit}` : null].filter(Boolean).join(', ')
      const singular = GQL_SINGLE[GQL_COLLECTIONS.indexOf(c)] ?? 'Dispatch'
      const fragment = sel.includes('...F') ? ` fragment F on ${singular} { id ${frag ? '...G' : ''} } ${frag ? `fragment G on ${singular} { id ...F }` : ''}` : ''
      return { query: `query { ${c}${args ? `(${args})` : ''} { ${sel} } }${fragment}` }
    }),
  fc.tuple(fc.constantFrom(...GQL_SINGLE), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(null))).map(([s, v]) => ({ query: `query Q($id: Int!) { ${s}(id: $id) { id } }`, variables: { id: v } })),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 })).map(([id, to]) => ({
    query: 'mutation M($id: String!, $to: String!) { transitionDispatch(id: $id, to: $to) { id } }',
    variables: { id, to },
  })),
  fc.tuple(gqlValue, fc.constantFrom('approve', 'reject', 'maybe')).map(([id, d]) => ({ query: `mutation { reviewQuote(id: ${id}, decision: ${d}) { id } }` })),
  fc.tuple(gqlValue, fc.constantFrom('approve', 'reject', 'maybe'), gqlValue).map(([id, d, note]) => ({ query: `mutation { reviewStory(id: ${id}, decision: ${d}, note: ${note}) { id } }` })),
  fc.tuple(fc.constantFrom('createDispatch', 'createQuote', 'updateDispatch', 'deleteQuote', 'duplicateDispatch', 'createCorrespondent', 'updateUser'), gqlValue, fc.jsonValue({ maxDepth: 2 })).map(([m, id, data]) => ({
    query: `mutation M($data: JSON) { r: ${m}(${m.startsWith('create') ? '' : `id: ${id}, `}data: $data) { id } }`,
    variables: { data },
  })),
  fc.constantFrom(
    { query: '{ Access { canAccessAdmin } }' },
    { query: '{ meUser { user { id email } } }' },
    { query: 'mutation { forgotPasswordUser(email: "x@example.org") }' },
    { query: '{ __schema { types { name } } }' },
    { query: 'query { ...A } fragment A on Query { ...A }' },
    { query: '{' },
    { query: '' },
    { query: `{ ${'Dispatches { docs { byline { correspondent { '.repeat(20)} id ${'} } } }'.repeat(20)} }` },
    { query: `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Dispatches { totalDocs }`).join(' ')} }` },
  ),
  fc.jsonValue({ maxDepth: 2 }).map((v) => ({ query: v as unknown as string })),
)
const gqlRequest: fc.Arbitrary<Req> = fc.tuple(gqlDocument, role, fc.boolean()).map(([doc, r, asText]) => ({
  method: 'post',
  url: '/api/graphql',
  role: r,
  body: asText ? { type: 'text/plain', data: JSON.stringify(doc) } : { type: 'application/json', data: JSON.stringify(doc) },
  auth: true,
}))

const anyRequest = fc.oneof({ weight: 4, arbitrary: restRequest }, { weight: 1, arbitrary: gqlRequest })

// ---------- harness ----------

const WATCHED_TABLES = ['dispatches', '_dispatches_v', 'quotes', 'media_assets', 'correspondents', 'workflow_events', 'webhook_subscriptions']
const WATCH_SQL = `SELECT ${WATCHED_TABLES.map((table) => `(SELECT CAST(count(*) AS TEXT) || '/' || COALESCE(CAST(max(updated_at) AS TEXT), '') FROM ${table}) AS "${table}"`).join(', ')}`

/** Row counts and newest updatedAt of the watched tables, in one statement past access and hooks. */
async function watched(): Promise<string> {
  const rows = await sqlRows(t.payload, sqlTag.raw(WATCH_SQL))
  return JSON.stringify(rows[0])
}

async function send(req: Req): Promise<{ status: number; text: string }> {
  let call = t.http[req.method](req.url).timeout({ deadline: 30_000 })
  if (req.role !== 'anonymous') call = call.set('Authorization', `JWT ${tokens.get(req.role)}`)
  if (req.body.type) call = call.set('Content-Type', req.body.type)
  const res = req.body.data !== undefined ? await call.send(req.body.data) : await call
  return { status: res.status, text: res.text ?? '' }
}

const describeReq = (req: Req): string => `${req.method.toUpperCase()} ${req.url.slice(0, 300)} as ${req.role} [${req.body.type ?? '-'}] ${String(req.body.data ?? '').slice(0, 200)}`

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT), WEBHOOK_DISPATCHER: 'false' })
  for (const r of ['frontend', 'correspondent', 'editor', 'legal', 'admin'] as const) tokens.set(r, await t.token(r))
  for (const slug of SLUGS) {
    const { docs } = await t.payload.find({ collection: slug as CollectionSlug, limit: 50, depth: 0, overrideAccess: true, pagination: false })
    ids.set(slug, docs.map((doc) => Number((doc as { id: number }).id)))
  }
  slugs = (await t.payload.find({ collection: 'dispatches', limit: 20, depth: 0, draft: true })).docs.map((d) => d.slug ?? '').filter(Boolean)
})

afterAll(async () => {
  await t?.stop()
})

it('answers every generated request below 500, refuses without changing anything, and keeps answering', async () => {
  const requests = fc.sample(anyRequest, { seed: SEED, numRuns: MAX_REQUESTS })
  const started = Date.now()
  const faults: string[] = []
  const changedByRefusal: string[] = []
  const statuses = new Map<number, number>()
  let sent = 0
  const record = (req: Req, res: { status: number; text: string }): void => {
    sent += 1
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    if (res.status >= 500) faults.push(`${res.status} ${describeReq(req)} -> ${res.text.slice(0, 200)}`)
    // A GraphQL answer is 200 even when its operation failed; its errors are checked for faults.
    if (req.url === '/api/graphql' && /"statusCode":5\d\d|Something went wrong/.test(res.text)) faults.push(`GraphQL fault ${describeReq(req)} -> ${res.text.slice(0, 300)}`)
  }
  const attempt = async (req: Req): Promise<{ status: number; text: string } | null> => {
    try {
      return await send(req)
    } catch (error) {
      faults.push(`NO ANSWER ${describeReq(req)}: ${String(error)}`)
      return null
    }
  }
  let reads: Req[] = []
  // Reads go several at a time (they change nothing to compare); each write runs alone, between
  // two looks at the watched tables.
  const flushReads = async (): Promise<void> => {
    const batch = reads
    reads = []
    const answers = await Promise.all(batch.map(attempt))
    answers.forEach((res, i) => res && record(batch[i]!, res))
  }
  for (const req of requests) {
    if (Date.now() - started > BUDGET_MS) break
    if (req.method === 'get') {
      reads.push(req)
      if (reads.length >= 6) await flushReads()
      continue
    }
    await flushReads()
    // Auth routes record attempts on the account (failed logins, reset requests) by design.
    const watch = !/\/(login|logout|forgot-password|reset-password|unlock|refresh-token|first-register)\b/.test(req.url)
    const before = watch ? await watched() : ''
    const res = await attempt(req)
    if (!res) continue
    record(req, res)
    if (watch && res.status >= 400 && res.status < 500) {
      const after = await watched()
      if (after !== before) changedByRefusal.push(`${res.status} ${describeReq(req)}\n  before ${before}\n  after  ${after}`)
    }
    if (sent % 500 < 1) expect((await t.http.get('/readyz')).status).toBe(200)
  }
  await flushReads()
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`fuzz: ${sent} requests in ${seconds} s (seed ${SEED}), 5xx: ${faults.length}, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`)
  expect((await t.http.get('/readyz')).status).toBe(200)
  expect((await t.http.get('/api/dispatches?limit=1')).status).toBe(200)
  // How many fit in the budget depends on the machine; the count is printed above.
  expect(sent).toBeGreaterThan(300)
  expect(faults.slice(0, 40)).toEqual([])
  expect(changedByRefusal.slice(0, 20)).toEqual([])
}, 240_000)
