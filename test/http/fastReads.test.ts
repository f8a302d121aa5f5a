/**
 * The HTTP server's fast path for cold read-model reads (src/server/fastReads.ts), over real
 * HTTP: for every URL the same status, headers (in order) and bytes as express's routes give;
 * it answers only anonymous GET/HEAD of URLs the model routes understand and leaves the rest
 * (credentials, other methods, unknown parameters, a bad cursor) to express untouched; and a
 * publish is seen by the next fast read.
 */
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Correspondent, Dispatch } from '../../payload-types'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

const ORIGIN = 'https://reader.example'
/** What the fast-only server answers when the fast path leaves a request to express. */
const NOT_FAST = 599

let t: TestApp
const servers: http.Server[] = []
let full = ''
let viaExpress = ''
let fastOnly = ''
let reporter: Correspondent
const TAG = `Fast Tag ${Date.now()}`
const stories: Dispatch[] = []
let withdrawn: Dispatch

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const transition = async (role: DemoRole, id: number, body: Record<string, unknown>) =>
  t.http.post(`/api/dispatches/${id}/transition`).set('Authorization', await jwt(role)).send(body)

async function listen(handler: RequestListener): Promise<string> {
  const server = http.createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

type Raw = { status: number; headers: string[]; body: Buffer }

/** One request, the answer as it came off the wire: status, raw headers in order (without Date), body. */
function ask(base: string, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const raw: string[] = []
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (res.rawHeaders[i]!.toLowerCase() !== 'date') raw.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`)
        }
        resolve({ status: res.statusCode ?? 0, headers: raw, body: Buffer.concat(chunks) })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

const header = (raw: Raw, name: string): string | undefined =>
  raw.headers.find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}: `))?.slice(name.length + 2)

beforeAll(async () => {
  // The cache off: every read is cold, as in the bench's cold runs.
  t = await startTestApp({ PUBLIC_CACHE_ENTRIES: '0', CORS_ORIGINS: ORIGIN, PUBLIC_MAX_LIMIT: '25', PUBLIC_MAX_OFFSET: '40' })
  full = await listen(t.handler)
  viaExpress = await listen(t.expressHandler)
  fastOnly = await listen((req: IncomingMessage, res: ServerResponse) => {
    const fast = t.fastRead(req, res)
    const refuse = (): void => {
      res.writeHead(NOT_FAST).end()
    }
    if (fast === false) refuse()
    else void fast.then((answered) => answered || refuse())
  })
  reporter = (await t.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Irvine' } } })).docs[0] as Correspondent
  for (let i = 0; i < 4; i++) {
    const s = await createStoryFixture(t.payload, reporter.id, 'approved', { tags: [TAG] }, `Fast story ${i}`)
    expect((await transition('editor', s.id, { to: 'published' })).status).toBe(200)
    stories.push(s)
  }
  withdrawn = stories.pop()!
  expect((await transition('legal', withdrawn.id, { to: 'withdrawn', note: 'Court order' })).status).toBe(200)
})

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  await t?.stop()
})

/** Asks the same URL both ways and expects one answer; returns it. */
async function same(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Raw> {
  const a = await ask(full, path, method, headers)
  const b = await ask(viaExpress, path, method, headers)
  expect({ path, status: a.status, headers: a.headers }).toEqual({ path, status: b.status, headers: b.headers })
  expect(a.body.equals(b.body)).toBe(true)
  return a
}

describe('the fast path answers as express does, to the byte', () => {
  const cursor = async (): Promise<string> => {
    const first = await ask(viaExpress, '/api/dispatches?limit=1')
    return String((JSON.parse(first.body.toString()) as { nextCursor: string }).nextCursor)
  }

  it.each([
    ['a live story page', () => `/api/dispatches/slug/${stories[0]!.slug}`, 200],
    ['a story that never went out (404)', () => '/api/dispatches/slug/no-such-story-here', 404],
    ['a withdrawn story (410)', () => `/api/dispatches/slug/${withdrawn.slug}`, 410],
    ['a percent-encoded slug', () => `/api/dispatches/slug/${encodeURIComponent('caf\u00e9-ol\u00e9')}`, 404],
    ['ninjs', () => `/api/ninjs/dispatches/${stories[1]!.slug}`, 200],
    ['the RSS feed', () => '/feeds/rss.xml', 200],
    ['the JSON feed', () => '/feeds/feed.json', 200],
    ['the story list', () => '/api/dispatches', 200],
    ['the story list, as the front page asks it', () => '/api/dispatches?limit=10&sort=-publishedAt', 200],
    ['a list with depth=1', () => '/api/dispatches?depth=1&limit=3', 200],
    ['a clamped limit', () => '/api/dispatches?limit=500', 200],
    ['limit=0', () => '/api/dispatches?limit=0', 200],
    ['a page number', () => '/api/dispatches?limit=2&page=2', 200],
    ['a tag list', () => `/api/dispatches/tag/${encodeURIComponent(TAG)}?limit=2`, 200],
    ['a correspondent page', () => `/api/correspondents/slug/${reporter.slug}?limit=2`, 200],
    ['an unknown correspondent', () => '/api/correspondents/slug/nobody-at-all', 404],
  ])('%s', async (_name, url, status) => {
    const path = url()
    const answer = await same(path)
    expect(answer.status).toBe(status)
    // The fast path itself answered it (not express behind it).
    expect((await ask(fastOnly, path)).status).toBe(status)
  })

  it('a page by cursor, with its Link header', async () => {
    const path = `/api/dispatches?limit=1&before=${encodeURIComponent(await cursor())}`
    const answer = await same(path)
    expect(answer.status).toBe(200)
    expect(header(answer, 'link')).toContain('rel="next"')
    expect((await ask(fastOnly, path)).status).toBe(200)
  })

  it('HEAD, If-None-Match (304) and an allowed Origin', async () => {
    const path = `/api/dispatches/slug/${stories[0]!.slug}`
    const head = await same(path, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    const etag = header(head, 'etag')!
    expect((await same(path, 'GET', { 'If-None-Match': etag })).status).toBe(304)
    expect((await same('/api/dispatches?limit=2', 'GET', { 'If-None-Match': 'W/"nope", "other"' })).status).toBe(200)
    const cors = await same(path, 'GET', { Origin: ORIGIN })
    expect(header(cors, 'access-control-allow-origin')).toBe(ORIGIN)
    expect(header(cors, 'vary')).toBe('Origin, Authorization, Cookie')
    expect((await same('/api/dispatches/slug/missing-one', 'GET', { Origin: ORIGIN })).status).toBe(404)
    expect((await same(path, 'GET', { Origin: 'https://elsewhere.example' })).status).toBe(200)
    expect(header(await ask(fastOnly, path, 'GET', { Origin: ORIGIN }), 'access-control-allow-origin')).toBe(ORIGIN)
    expect((await ask(fastOnly, path, 'HEAD')).status).toBe(200)
    expect((await ask(fastOnly, path, 'GET', { 'If-None-Match': etag })).status).toBe(304)
  })

  it('the security headers every answer carries', async () => {
    const answer = await same(`/api/dispatches/slug/${stories[0]!.slug}`)
    expect(header(answer, 'x-content-type-options')).toBe('nosniff')
    expect(header(answer, 'content-security-policy')).toContain("default-src 'none'")
    expect(header(answer, 'cache-control')).toMatch(/^public, max-age=/)
    expect(header(answer, 'surrogate-key')).toContain(`story-${stories[0]!.id}`)
  })
})

describe('what the fast path leaves to express', () => {
  it.each([
    ['a cursor Dateline never issued (400)', '/api/dispatches?before=not-a-cursor', 400],
    ['before given twice', '/api/dispatches?limit=2&before=a&before=b', 400],
    ['before with page', '/api/dispatches?before=abc&page=2', 400],
    ['a negative page', '/api/dispatches?page=-1', 400],
    ['a page past the offset limit', '/api/dispatches?page=30&limit=2', 400],
    ['a limit past restGuard’s', '/api/dispatches?limit=200000', 400],
    ['an unknown parameter on the list', '/api/dispatches?limit=2&foo=1', undefined],
    ['a where filter (Payload answers)', `/api/dispatches?where[slug][equals]=x&depth=1&limit=1`, undefined],
    ['a draft read', '/api/dispatches/slug/anything?draft=true', undefined],
    ['a query on a story page', '/api/dispatches/slug/anything?x=1', undefined],
    ['a trailing slash', '/api/dispatches/slug/anything/', undefined],
    ['a malformed escape', '/api/dispatches/slug/%E0%A4%A', undefined],
    ['an unknown parameter on a tag list', `/api/dispatches/tag/x?nope=1`, undefined],
    ['a sort the model does not have', '/api/dispatches?sort=headline', undefined],
    ['an upper-case path', `/API/dispatches/slug/anything`, undefined],
  ])('%s', async (_name, path, status) => {
    const answer = await same(path)
    if (status !== undefined) expect(answer.status).toBe(status)
    expect(answer.status).not.toBe(500)
    expect((await ask(fastOnly, path)).status).toBe(NOT_FAST)
  })

  it('anything with a cookie or an Authorization header, and every other method', async () => {
    const path = `/api/dispatches/slug/${stories[0]!.slug}`
    expect((await ask(fastOnly, path, 'GET', { Cookie: 'unrelated=1' })).status).toBe(NOT_FAST)
    expect((await ask(fastOnly, path, 'GET', { Authorization: await jwt('editor') })).status).toBe(NOT_FAST)
    expect((await ask(fastOnly, '/api/dispatches', 'GET', { Authorization: 'JWT nonsense' })).status).toBe(NOT_FAST)
    for (const method of ['POST', 'OPTIONS', 'DELETE', 'PATCH']) expect((await ask(fastOnly, path, method)).status).toBe(NOT_FAST)
    // Staff still read the working copy as before (private, no-store), through express.
    const staff = await ask(full, `/api/dispatches?limit=2`, 'GET', { Authorization: await jwt('editor') })
    expect(staff.status).toBe(200)
    expect(header(staff, 'cache-control')).toBe('private, no-store')
    await same(path, 'GET', { Cookie: 'unrelated=1' })
  })
})

describe('invalidation', () => {
  it('the next fast read after a publish, a correction and a withdrawal shows it', async () => {
    const s = await createStoryFixture(t.payload, reporter.id, 'approved', { tags: [TAG] }, 'Fast fresh story')
    expect((await ask(fastOnly, `/api/dispatches/slug/${s.slug}`)).status).toBe(404)
    expect((await transition('editor', s.id, { to: 'published' })).status).toBe(200)
    const page = await ask(fastOnly, `/api/dispatches/slug/${s.slug}`)
    expect(page.status).toBe(200)
    expect(JSON.parse(page.body.toString()).headline).toBe(s.headline)
    const list = JSON.parse((await ask(fastOnly, '/api/dispatches?limit=1')).body.toString()) as { docs: Array<{ id: number }> }
    expect(list.docs[0]!.id).toBe(s.id)
    const tagged = JSON.parse((await ask(fastOnly, `/api/dispatches/tag/${encodeURIComponent(TAG)}?limit=1`)).body.toString()) as { docs: Array<{ id: number }> }
    expect(tagged.docs[0]!.id).toBe(s.id)

    expect((await transition('legal', s.id, { to: 'withdrawn', note: 'Legal' })).status).toBe(200)
    expect((await ask(fastOnly, `/api/dispatches/slug/${s.slug}`)).status).toBe(410)
    const after = JSON.parse((await ask(fastOnly, '/api/dispatches?limit=5')).body.toString()) as { docs: Array<{ id: number }> }
    expect(after.docs.map((d) => d.id)).not.toContain(s.id)
    expect(header(await ask(fastOnly, `/api/dispatches/slug/${s.slug}`), 'etag')).toBeUndefined()
  })
})
