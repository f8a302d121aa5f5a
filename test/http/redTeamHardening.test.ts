/**
 * Red-team probes of this session's routes and of the desk under load: every request here once
 * could (or might) answer 500, hang, lose a write or leave half a record. Each must answer a clear
 * 4xx (or its documented 2xx/304/410) and change nothing it refused.
 */
import { startTestApp, testDatabase, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
const tokens: Partial<Record<DemoRole, string>> = {}
let draftId = 0
let liveSlug = ''

const as = (role?: DemoRole): Record<string, string> => (role ? { Authorization: `JWT ${tokens[role]}` } : {})

beforeAll(async () => {
  t = await startTestApp()
  for (const role of ['admin', 'editor', 'correspondent', 'legal', 'frontend'] as const) tokens[role] = await t.token(role)
  const drafts = await t.payload.find({ collection: 'dispatches', draft: true, sort: 'id', limit: 10, depth: 0 })
  draftId = drafts.docs.find((d) => d.workflowStatus !== 'published')!.id
  liveSlug = drafts.docs.find((d) => d.workflowStatus === 'published')!.slug as string
})

afterAll(async () => {
  await t?.stop()
})

describe('sweep: odd requests never answer 5xx', () => {
  it('every probe answers below 500', async () => {
    const id = () => draftId
    const probes: Array<[string, string, DemoRole | undefined, unknown?, Record<string, string>?]> = []
    const ids = ['abc', '0', '-1', '1.5', '1e3', '99999999999999999999', '%00', '%ED%A0%80', '1%20OR%201', 'NaN', String(2 ** 31), String(Number.MAX_SAFE_INTEGER + 2)]
    const roles: Array<DemoRole | undefined> = [undefined, 'frontend', 'correspondent', 'legal', 'editor']
    for (const role of roles) {
      for (const bad of [...ids, String(id())]) {
        for (const suffix of ['legal-review', 'legal-read', 'quoted-passages', 'preview-links', 'workflow', 'legal-hold', 'transition']) {
          probes.push(['GET', `/api/dispatches/${bad}/${suffix}`, role])
          probes.push(['POST', `/api/dispatches/${bad}/${suffix}`, role, {}])
        }
        probes.push(['DELETE', `/api/dispatches/${bad}/preview-links/${bad}`, role])
        probes.push(['DELETE', `/api/dispatches/${id()}/preview-links/${bad}`, role])
      }
      for (const hours of [-1, 0, 0.5, 1.5, 169, 1e308, '48', 'x', null, true, [], {}, '1e3', Number.MAX_SAFE_INTEGER + 2]) {
        probes.push(['POST', `/api/dispatches/${id()}/preview-links`, role, { expiresInHours: hours }])
      }
      for (const body of [null, 'str', 5, [], [1], { decision: 'approve' }, { decision: 'approve', note: 'x'.repeat(100_000) }, { decision: { $ne: 1 } }, { requested: 'yes' }, { requested: true }, { requested: false }]) {
        probes.push(['POST', `/api/dispatches/${id()}/legal-review`, role, body])
        probes.push(['POST', `/api/dispatches/${id()}/legal-read`, role, body])
        probes.push(['POST', `/api/dispatches/${id()}/legal-hold`, role, body])
      }
      const slugs = ['%ED%A0%80', '%00', '%', '%%', '%zz', 'a'.repeat(20_000), '..%2F..%2Fetc', 'x%2Fy', '%C0%AF', '%FF', 'caf%C3%A9', liveSlug, `${liveSlug}%00`]
      for (const slug of slugs) {
        for (const base of ['/stories/', '/people/', '/api/dispatches/slug/', '/api/correspondents/slug/', '/api/dispatches/tag/', '/api/ninjs/dispatches/', '/preview/links/', '/preview/stories/']) {
          probes.push(['GET', `${base}${slug}`, role])
          probes.push(['HEAD', `${base}${slug}`, role])
        }
      }
      for (const cursor of ['garbage', '', '%00', '%ED%A0%80', 'eyJ4IjoxfQ', 'a'.repeat(50_000), '-1', '1e400', 'W10', 'bnVsbA', 'eyJwIjoiMjAyNi0wMS0wMSIsImkiOiJ4In0', 'eyJwdWJsaXNoZWRBdCI6OTk5OTk5OTk5OTk5OTk5OTksImlkIjotMX0']) {
        for (const base of ['/', '/api/dispatches', '/api/dispatches/tag/syria', `/people/john-ray`, '/api/correspondents/slug/john-ray']) {
          probes.push(['GET', `${base}?before=${cursor}`, role])
          probes.push(['GET', `${base}?before=${cursor}&limit=1`, role])
        }
        probes.push(['GET', `/?page=${cursor}`, role])
      }
      for (const token of ['', 'v1', 'v1.', 'v1..', 'v1.a.b', 'v2.a.b', 'v1.' + 'A'.repeat(100_000) + '.b', 'v1.%00.%00', 'v1.%ED%A0%80.x', '%', 'v1.eyJ4IjoxfQ.sig', 'v1.eyJsIjotMSwiZCI6LTF9.AAAA']) {
        probes.push(['GET', `/preview/links/${token}`, role])
        probes.push(['HEAD', `/preview/links/${token}`, role])
        probes.push(['POST', `/preview/links/${token}`, role, {}])
      }
      for (const path of ['/api/openapi.json', '/', `/stories/${liveSlug}`, '/people/john-ray', `/api/dispatches/${id()}`, `/api/dispatches/slug/${liveSlug}`]) {
        for (const method of ['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE']) probes.push([method, path, role])
        for (const inm of ['garbage', '*', '""', 'W/"x"', '"' + 'x'.repeat(10_000) + '"', '%00', ',,,,', 'W/', '"a", W/"b", *']) {
          probes.push(['GET', path, role, undefined, { 'If-None-Match': inm }])
          probes.push(['GET', path, role, undefined, { 'If-Modified-Since': inm }])
        }
      }
      for (const ifMatch of ['garbage', '*', '""', 'W/"1-1"', '"1-1"', `"${id()}-1"`, `"${id()}-99999999999999999999"`, `"${id()}-abc"`, '"a", "b"', '%00', '"' + 'x'.repeat(10_000) + '"']) {
        probes.push(['PATCH', `/api/dispatches/${id()}?draft=true`, role, { standfirst: 'probe' }, { 'If-Match': ifMatch }])
        probes.push(['PATCH', `/api/quotes/1`, role, { text: 'probe' }, { 'If-Match': ifMatch }])
      }
      for (const override of ['true', 'false', '1', 'yes', '', '%00', 'true&override=false', '[]']) {
        probes.push(['PATCH', `/api/dispatches/${id()}?draft=true&override=${override}`, role, { standfirst: 'probe', updatedAt: '2000-01-01T00:00:00.000Z' }])
      }
      for (const updatedAt of ['x', '', 0, -1, 1e20, null, [], {}, '2000-13-45', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z']) {
        probes.push(['PATCH', `/api/dispatches/${id()}?draft=true`, role, { standfirst: 'probe', updatedAt }])
        probes.push(['PATCH', `/api/dispatches/${id()}?autosave=true&draft=true`, role, { standfirst: 'probe', updatedAt }])
      }
    }
    const failures: string[] = []
    for (const [method, url, role, body, headers] of probes) {
      let req = t.http[method.toLowerCase() as 'get'](url).set(as(role)).timeout(30_000)
      if (headers) req = req.set(headers)
      if (body !== undefined) req = req.set('content-type', 'application/json').send(JSON.stringify(body))
      try {
        const res = await req
        if (res.status >= 500) failures.push(`${res.status} ${method} ${url.slice(0, 120)} as ${role ?? 'anonymous'} ${JSON.stringify(body ?? '').slice(0, 80)} ${JSON.stringify(headers ?? '').slice(0, 60)} → ${res.text.slice(0, 200)}`)
      } catch (error) {
        failures.push(`THROW ${method} ${url.slice(0, 120)} as ${role}: ${(error as Error).message}`)
      }
    }
    console.log(`${probes.length} probes`)
    expect(failures).toEqual([])
  }, 600_000)
})

type ErrorBody = { errors?: Array<{ code?: string; message?: string; extensions?: { code?: string } }> }
const codeOf = (body: ErrorBody): string | undefined => body.errors?.[0]?.code ?? body.errors?.[0]?.extensions?.code

async function freshDraft(headline: string): Promise<number> {
  const res = await t.http
    .post('/api/dispatches?draft=true')
    .set(as('editor'))
    .send({ headline, slug: `rt-${Math.random().toString(36).slice(2, 10)}`, standfirst: 'start' })
  expect(res.status).toBe(201)
  return res.body.doc.id as number
}

describe('a COMMIT the database refuses is never answered as a success', () => {
  // A row whose constraint is checked only at COMMIT: SQLite by a deferred foreign key, PostgreSQL
  // by a deferred constraint trigger. Either fails the commit of a save that sets title 'commit-fails'.
  beforeAll(async () => {
    const { sqlRunner } = await import('../../src/db/raw')
    const { sql, run } = sqlRunner(t.payload)
    if (testDatabase() === 'sqlite') {
      await run(sql.raw('CREATE TABLE rt_probe (user_id INTEGER REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED)'))
      await run(sql.raw("CREATE TRIGGER rt_probe_fail AFTER UPDATE ON correspondents WHEN NEW.title = 'commit-fails' BEGIN INSERT INTO rt_probe VALUES (-42); END"))
    } else {
      await run(sql.raw("CREATE FUNCTION rt_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$ LANGUAGE plpgsql"))
      await run(sql.raw("CREATE CONSTRAINT TRIGGER rt_probe_fail AFTER UPDATE ON correspondents DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.title = 'commit-fails') EXECUTE FUNCTION rt_refuse()"))
    }
  })

  it('REST: a save whose commit fails is not 2xx and is not stored', async () => {
    const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0, sort: 'id' })
    const before = docs[0]!
    const res = await t.http.patch(`/api/correspondents/${before.id}`).set(as('editor')).send({ title: 'commit-fails' })
    expect(res.status).toBeGreaterThanOrEqual(500)
    expect(res.text).not.toMatch(/at .+\.(js|ts):\d+|Failed query|rt_probe|refused at commit/)
    const after = await t.payload.findByID({ collection: 'correspondents', id: before.id, depth: 0 })
    expect(after.title).toBe(before.title)
    // The next save still works: the failed transaction left nothing open.
    const next = await t.http.patch(`/api/correspondents/${before.id}`).set(as('editor')).send({ title: 'after the failed commit' })
    expect(next.status).toBe(200)
  })

  it('inTransaction: rejects with CommitFailed and runs no after-commit work', async () => {
    const { inTransaction, afterCommit, CommitFailed } = await import('../../src/db/transactions')
    const { createLocalReq } = await import('payload')
    const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0, sort: '-id' })
    const target = docs[0]!
    const req = await createLocalReq({}, t.payload)
    let ran = false
    const attempt = inTransaction(req, async (tx) => {
      await t.payload.update({ collection: 'correspondents', id: target.id, data: { bio: 'written in the doomed transaction', title: 'commit-fails' }, req: tx, overrideAccess: true })
      await afterCommit(tx, () => {
        ran = true
      })
      return 'reported as done'
    })
    await expect(attempt).rejects.toBeInstanceOf(CommitFailed)
    await new Promise((resolve) => setImmediate(resolve))
    expect(ran).toBe(false)
    const after = await t.payload.findByID({ collection: 'correspondents', id: target.id, depth: 0 })
    expect(after.title).toBe(target.title)
  })
})

describe('deleting a user never fails on what they did (both databases)', () => {
  it('every foreign key to users sets null or cascades, in the database as migrated', async () => {
    const { sqlRows } = await import('../../src/db/raw')
    const { sql } = await import('@payloadcms/db-sqlite')
    let rules: Array<{ table: string; column: string; rule: string }>
    if (testDatabase() === 'sqlite') {
      const tables = (await sqlRows(t.payload, sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'"))) as Array<{ name: string }>
      rules = []
      for (const { name } of tables) {
        const keys = (await sqlRows(t.payload, sql.raw(`PRAGMA foreign_key_list("${name}")`))) as Array<{ table: string; from: string; on_delete: string }>
        for (const key of keys) if (key.table === 'users') rules.push({ table: name, column: key.from, rule: key.on_delete.toUpperCase() })
      }
    } else {
      rules = (await sqlRows(
        t.payload,
        sql.raw(`SELECT tc.table_name AS "table", kcu.column_name AS "column", rc.delete_rule AS rule
          FROM information_schema.referential_constraints rc
          JOIN information_schema.table_constraints tc ON tc.constraint_name = rc.constraint_name
          JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name
          JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.constraint_name
          WHERE ccu.table_name = 'users'`),
      )) as typeof rules
    }
    expect(rules.length).toBeGreaterThan(10)
    expect(rules.filter((r) => !r.table.startsWith('rt_') && !['SET NULL', 'CASCADE'].includes(r.rule))).toEqual([])
  })

  it('a user who reviewed, read, held, linked and saved is deleted (200) and the records name no one', async () => {
    const created = await t.http
      .post('/api/users')
      .set(as('admin'))
      .send({ email: 'rt-lawyer@dateline.local', password: 'rt-password-123', name: 'RT Lawyer', roles: ['legal'] })
    expect(created.status).toBe(201)
    const userId = created.body.doc.id as number
    const storyId = await freshDraft('Deleted lawyer')
    const { sqlRunner } = await import('../../src/db/raw')
    const { sql, run } = sqlRunner(t.payload)
    const quote = (await t.payload.find({ collection: 'quotes', limit: 1, depth: 0, sort: 'id' })).docs[0]!
    await run(sql`UPDATE quotes SET legal_reviewer_id = ${userId}, updated_by_id = ${userId} WHERE id = ${quote.id}`)
    await run(sql`UPDATE dispatches SET legal_read_reviewer_id = ${userId}, legal_hold_placed_by_id = ${userId}, updated_by_id = ${userId} WHERE id = ${storyId}`)
    await run(sql`UPDATE _dispatches_v SET version_legal_read_reviewer_id = ${userId}, version_legal_hold_placed_by_id = ${userId}, version_updated_by_id = ${userId} WHERE parent_id = ${storyId}`)
    const link = await t.http.post(`/api/dispatches/${storyId}/preview-links`).set(as('editor')).send({ expiresInHours: 2 })
    expect(link.status).toBe(201)
    await run(sql`UPDATE preview_links SET created_by_id = ${userId}, revoked_by_id = ${userId}`)
    await run(sql`UPDATE preview_link_events SET actor_id = ${userId}`)
    const gone = await t.http.delete(`/api/users/${userId}`).set(as('admin'))
    expect(gone.status).toBe(200)
    const story = await t.payload.findByID({ collection: 'dispatches', id: storyId, draft: true, depth: 0 })
    expect([story.legalRead?.reviewer ?? null, story.updatedBy ?? null]).toEqual([null, null])
  })
})

describe('lost writes beyond the two-editor case', () => {
  async function load(role: DemoRole, slug: string, id: number) {
    const res = await t.http.get(`/api/${slug}/${id}${slug === 'dispatches' ? '?draft=true' : ''}`).set(as(role))
    expect(res.status).toBe(200)
    return res.body as Record<string, unknown> & { updatedAt: string }
  }

  it('a stale autosave (autosave=true&draft=true) from another user is 409 and stores nothing', async () => {
    const id = await freshDraft('Stale autosave')
    const adminView = await load('admin', 'dispatches', id)
    const saved = await t.http.patch(`/api/dispatches/${id}?draft=true`).set(as('editor')).send({ standfirst: 'editor wins', updatedAt: adminView.updatedAt })
    expect(saved.status).toBe(200)
    const stale = await t.http
      .patch(`/api/dispatches/${id}?draft=true&autosave=true`)
      .set(as('admin'))
      .field('_payload', JSON.stringify({ ...adminView, standfirst: 'admin autosave' }))
    expect({ status: stale.status, code: codeOf(stale.body) }).toEqual({ status: 409, code: 'STALE_VERSION' })
    expect((await load('editor', 'dispatches', id)).standfirst).toBe('editor wins')
  })

  it('stale saves of a quote and a media asset over REST and GraphQL are 409', async () => {
    const quote = (await t.payload.find({ collection: 'quotes', limit: 1, depth: 0, sort: '-id' })).docs[0]!
    const quoteView = await load('admin', 'quotes', quote.id)
    const ok = await t.http.patch(`/api/quotes/${quote.id}`).set(as('editor')).send({ identityNotes: 'Editor’s note', updatedAt: quoteView.updatedAt })
    expect(ok.status).toBe(200)
    const rest = await t.http.patch(`/api/quotes/${quote.id}`).set(as('admin')).send({ identityNotes: 'Admin’s note', updatedAt: quoteView.updatedAt })
    expect({ status: rest.status, code: codeOf(rest.body) }).toEqual({ status: 409, code: 'STALE_VERSION' })
    const gql = await t.http
      .post('/api/graphql')
      .set(as('admin'))
      .send({ query: 'mutation($id: Int!, $at: String) { updateQuote(id: $id, data: { identityNotes: "GraphQL note", updatedAt: $at }) { id } }', variables: { id: quote.id, at: quoteView.updatedAt } })
    expect(codeOf(gql.body)).toBe('STALE_VERSION')
    expect((await load('editor', 'quotes', quote.id)).identityNotes).toBe('Editor’s note')

    const media = (await t.payload.find({ collection: 'media-assets', limit: 1, depth: 0 })).docs[0]!
    const mediaView = await load('admin', 'media-assets', media.id)
    expect((await t.http.patch(`/api/media-assets/${media.id}`).set(as('editor')).send({ caption: 'Editor caption', updatedAt: mediaView.updatedAt })).status).toBe(200)
    const staleMedia = await t.http.patch(`/api/media-assets/${media.id}`).set(as('admin')).send({ caption: 'Admin caption', updatedAt: mediaView.updatedAt })
    expect({ status: staleMedia.status, code: codeOf(staleMedia.body) }).toEqual({ status: 409, code: 'STALE_VERSION' })
  })

  it('If-Match with another version’s ETag is 409; with garbage 400; nothing stored', async () => {
    const id = await freshDraft('Wrong etag')
    const first = await t.http.get(`/api/dispatches/${id}?draft=true`).set(as('editor'))
    const etag = first.headers.etag as string
    expect((await t.http.patch(`/api/dispatches/${id}?draft=true`).set(as('editor')).set('If-Match', etag).send({ standfirst: 'one' })).status).toBe(200)
    const stale = await t.http.patch(`/api/dispatches/${id}?draft=true`).set(as('admin')).set('If-Match', etag).send({ standfirst: 'two' })
    expect({ status: stale.status, code: codeOf(stale.body) }).toEqual({ status: 409, code: 'STALE_VERSION' })
    const garbage = await t.http.patch(`/api/dispatches/${id}?draft=true`).set(as('admin')).set('If-Match', 'garbage').send({ standfirst: 'three' })
    expect({ status: garbage.status, code: codeOf(garbage.body) }).toEqual({ status: 400, code: 'INVALID_PRECONDITION' })
    expect((await load('editor', 'dispatches', id)).standfirst).toBe('one')
  })
})

describe('a busy desk: 20 writes at once', () => {
  it('parallel saves from one version: each 2xx or 409, exactly one stored, never 5xx', async () => {
    const id = await freshDraft('Twenty at once')
    const view = await t.http.get(`/api/dispatches/${id}?draft=true`).set(as('editor'))
    const roles: DemoRole[] = ['editor', 'admin']
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        t.http.patch(`/api/dispatches/${id}?draft=true`).set(as(roles[n % 2])).send({ standfirst: `save ${n}`, updatedAt: view.body.updatedAt }),
      ),
    )
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => ![200, 409, 429, 503].includes(s))).toEqual([])
    const winners = answers.map((a, n) => (a.status === 200 ? n : -1)).filter((n) => n >= 0)
    // Editor's own saves never conflict with each other, the admin's likewise: at most one of each side.
    expect(winners.length).toBeGreaterThanOrEqual(1)
    const stored = await t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
    expect(winners.map((n) => `save ${n}`)).toContain(stored.standfirst)
  })

  it('parallel blind saves, transitions and ingests: 2xx or a clear 4xx/503, and every 2xx is there', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, (_, n) => freshDraft(`Burst ${n}`)))
    const work: Array<Promise<{ kind: string; status: number; body: Record<string, unknown>; n: number }>> = []
    for (let n = 0; n < 20; n += 1) {
      const id = ids[n % ids.length]
      const kind = ['patch', 'transition', 'ingest', 'patch'][n % 4]
      const req =
        kind === 'patch'
          ? t.http.patch(`/api/dispatches/${id}?draft=true`).set(as('editor')).send({ standfirst: `burst ${n}` })
          : kind === 'transition'
            ? t.http.post(`/api/dispatches/${id}/transition`).set(as('editor')).send({ to: 'in_review' })
            : t.http.post('/api/dispatches/ingest').set(as('editor')).set('content-type', 'text/plain').send(`Burst headline ${n}\n\nBy John Ray\n\nBody paragraph ${n} of the burst.`)
      work.push(req.then((res) => ({ kind, status: res.status, body: res.body, n })))
    }
    const answers = await Promise.all(work)
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503).map((a) => `${a.kind} ${a.status} ${JSON.stringify(a.body).slice(0, 200)}`)).toEqual([])
    for (const a of answers.filter((x) => x.kind === 'ingest' && x.status < 300)) {
      const doc = (a.body.dispatch ?? {}) as { id?: number }
      expect(typeof doc.id).toBe('number')
      const found = await t.payload.findByID({ collection: 'dispatches', id: doc.id!, draft: true, depth: 0 })
      expect(found.headline).toBe(`Burst headline ${a.n}`)
    }
  })
})

describe('GraphQL: the new fields and hostile documents never 5xx', () => {
  it('legal-read fields with bad ids and args; deep, wide, batched and mistyped documents', async () => {
    const docs: Array<{ query: string; variables?: Record<string, unknown> } | unknown> = []
    for (const id of ['"abc"', '"0"', '"-1"', '"1.5"', '"99999999999999999999"', '"1 OR 1=1"', '""', `"${draftId}"`, '"\\u0000"']) {
      docs.push({ query: `mutation { reviewDispatch(id: ${id}, decision: approve, note: "x") { id status } }` })
      docs.push({ query: `mutation { requireLegalRead(id: ${id}, required: true) { id } }` })
      docs.push({ query: `query { dispatchLegalReview(id: ${id}) { id status passages { text } diff { op text } } }` })
    }
    docs.push({ query: `mutation { reviewDispatch(id: "${draftId}", decision: maybe) { id } }` })
    docs.push({ query: 'mutation($d: String) { reviewDispatch(id: 1, decision: $d) { id } }', variables: { d: 'approve' } })
    docs.push({ query: 'query($id: ID!) { dispatchLegalReview(id: $id) { id } }', variables: { id: { $ne: 1 } } })
    docs.push({ query: 'query($id: ID!) { dispatchLegalReview(id: $id) { id } }', variables: { id: [1, 2] } })
    docs.push({ query: 'query($id: Int!) { Dispatch(id: $id) { id } }', variables: { id: 'x' } })
    docs.push({ query: 'query($id: Int!) { Dispatch(id: $id) { id } }', variables: { id: 2 ** 40 } })
    docs.push({ query: 'query($id: Int!) { Dispatch(id: $id) { id } }', variables: 'not an object' })
    docs.push({ query: `mutation { requireLegalRead(id: "${draftId}", required: true, note: "${'n'.repeat(100_000)}") { id } }` })
    docs.push({ query: `query { ${Array.from({ length: 2_000 }, (_, n) => `a${n}: dispatchLegalReview(id: "${draftId}") { id }`).join(' ')} }` })
    docs.push({ query: `query { Dispatches { docs { ${'byline { correspondent { photo { '.repeat(30)} id ${'} } } '.repeat(30)} } } }` })
    docs.push([{ query: '{ Dispatches { totalDocs } }' }, { query: '{ Dispatches { totalDocs } }' }])
    docs.push(Array.from({ length: 500 }, () => ({ query: `{ dispatchLegalReview(id: "${draftId}") { id } }` })))
    docs.push({ query: 'mutation { createPayloadLockedDocument(data: { document: { relationTo: dispatches, value: 1 }, globalSlug: null }) { id } }' })
    docs.push({ query: '{ __schema { types { name } } }' })
    docs.push({ query: 12 })
    docs.push({ query: null, variables: null })
    docs.push({ query: '{ Dispatches { docs { id } } }', operationName: { x: 1 } })
    const failures: string[] = []
    for (const role of [undefined, 'frontend', 'correspondent', 'legal', 'editor'] as const) {
      for (const doc of docs) {
        const res = await t.http.post('/api/graphql').set(as(role)).set('content-type', 'application/json').send(JSON.stringify(doc)).timeout(30_000)
        if (res.status >= 500) failures.push(`${res.status} as ${role ?? 'anonymous'}: ${JSON.stringify(doc).slice(0, 120)} → ${res.text.slice(0, 200)}`)
        const errors = (res.body as ErrorBody).errors ?? []
        for (const e of errors) if (/Something went wrong|INTERNAL/.test(`${e.message} ${codeOf({ errors: [e] })}`)) failures.push(`INTERNAL as ${role}: ${JSON.stringify(doc).slice(0, 120)} → ${e.message}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})

describe('locks: only who may save holds one, over REST and GraphQL', () => {
  it.each(['frontend', 'legal'] as const)('%s cannot create a lock on a draft', async (role) => {
    const before = await t.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })
    const rest = await t.http.post('/api/payload-locked-documents').set(as(role)).send({ document: { relationTo: 'dispatches', value: draftId } })
    expect([403, 401]).toContain(rest.status)
    const gql = await t.http
      .post('/api/graphql')
      .set(as(role))
      .send({ query: `mutation { createPayloadLockedDocument(data: { document: { relationTo: dispatches, value: ${draftId} } }) { id } }` })
    expect(gql.status).toBeLessThan(500)
    expect((gql.body as { data?: { createPayloadLockedDocument?: unknown } }).data?.createPayloadLockedDocument ?? null).toBeNull()
    expect(await t.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).toEqual(before)
  })

  it('a correspondent cannot lock someone else’s story or a story in review', async () => {
    const before = await t.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })
    const inReview = (await t.payload.find({ collection: 'dispatches', where: { workflowStatus: { not_equals: 'draft' } }, limit: 1, depth: 0 })).docs[0]!
    const rest = await t.http.post('/api/payload-locked-documents').set(as('correspondent')).send({ document: { relationTo: 'dispatches', value: inReview.id } })
    expect(rest.status).toBe(403)
    expect(await t.payload.count({ collection: 'payload-locked-documents', overrideAccess: true })).toEqual(before)
  })
})

describe('logs: a refusal is one info line, never error level with a stack', () => {
  it('a 4xx from a new route and from the site is a client error to the log policy (info, no stack)', async () => {
    const { toProblem } = await import('../../src/errors/toProblem')
    // Payload and the site call the logger at error level with the error; the logger's policy
    // (src/errors/logging.ts) writes it at info without a stack when the mapper calls it a client's.
    const logged: unknown[] = []
    const logger = t.payload.logger as unknown as { error: (...args: unknown[]) => void }
    const original = logger.error
    logger.error = (...args: unknown[]) => {
      logged.push((args[0] as { err?: unknown } | undefined)?.err ?? args[0])
      original.apply(t.payload.logger, args)
    }
    try {
      await t.http.post(`/api/dispatches/${draftId}/preview-links`).set(as('editor')).send({ expiresInHours: 1e9 })
      await t.http.post(`/api/dispatches/abc/legal-review`).set(as('legal')).send({ decision: 'approve' })
      await t.http.get('/stories/%ED%A0%80')
      await t.http.get('/preview/links/v1.tampered.token')
      await t.http.get('/?before=garbage')
      await t.http.get(`/api/dispatches/${draftId}/quoted-passages`)
      await t.http.patch(`/api/dispatches/${draftId}?draft=true`).set(as('editor')).set('If-Match', 'garbage').send({ standfirst: 'x' })
    } finally {
      logger.error = original
    }
    expect(logged.map((err) => toProblem(err)).filter((p) => p.fault).map((p) => `${p.status} ${String(p.error)}`)).toEqual([])
  })
})

describe('methods the API does not route', () => {
  it.each(['TRACE', 'PROPFIND', 'MKCOL'])('%s on /api and /feeds is 405 naming the methods it takes (was 500)', async (method) => {
    for (const path of ['/api/openapi.json', `/api/dispatches/${draftId}`, '/feeds/rss.xml']) {
      const res = await t.http[method.toLowerCase() as 'get'](path).set(as('editor'))
      expect({ status: res.status, code: codeOf(res.body) }).toEqual({ status: 405, code: 'METHOD_NOT_ALLOWED' })
      expect(res.headers.allow).toContain('PATCH')
    }
  })
})
