/**
 * Requests that answered 500 (issue 10), each now a clear 4xx with a stable code and a message
 * naming the problem, and nothing changed by it. Plus password reset end to end, mail included.
 */
import type { CollectionSlug } from 'payload'

import { startSmtpCapture, type SmtpCapture } from '../helpers/smtpCapture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let smtp: SmtpCapture
const tokens: Partial<Record<DemoRole, string>> = {}
let dispatchId = 0
let quoteId = 0

const SAMPLE: CollectionSlug[] = ['dispatches', 'quotes', 'media-assets', 'correspondents', 'users', 'workflow-events', 'webhook-subscriptions']

/** Row counts and the latest updatedAt of each sampled collection: what a refused request must not move. */
async function snapshot(): Promise<Record<string, [number, string | null]>> {
  const out: Record<string, [number, string | null]> = {}
  for (const collection of SAMPLE) {
    const { totalDocs, docs } = await t.payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, draft: true })
    out[collection] = [totalDocs, (docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? null]
  }
  return out
}

const as = (role?: DemoRole): Record<string, string> => (role ? { Authorization: `JWT ${tokens[role]}` } : {})

type Res = { status: number; body: { errors?: Array<{ code?: string; message?: string; extensions?: { code?: string } }> }; text: string }

/** A refusal as a user sees it: this status, this code, these words in the message, no stack. */
function expectRefused(res: Res, status: number, code: string, ...words: RegExp[]): void {
  const entry = res.body.errors?.[0]
  expect({ status: res.status, code: entry?.code ?? entry?.extensions?.code }).toEqual({ status, code })
  for (const word of words) expect(entry?.message).toMatch(word)
  expect(res.text).not.toMatch(/at .+\.(js|ts):\d+|Failed query/)
}

beforeAll(async () => {
  smtp = await startSmtpCapture()
  t = await startTestApp({ SMTP_URL: smtp.url })
  for (const role of ['editor', 'frontend', 'correspondent', 'admin'] as const) tokens[role] = await t.token(role)
  dispatchId = (await t.payload.find({ collection: 'dispatches', limit: 1, draft: true, sort: 'id' })).docs[0]!.id
  quoteId = (await t.payload.find({ collection: 'quotes', limit: 1, sort: 'id' })).docs[0]!.id
})

afterAll(async () => {
  await t?.stop()
  await smtp?.stop()
})

describe('filters a database cannot run are refused, naming the path and what it takes', () => {
  const cases: Array<[string, string, RegExp[]]> = [
    ['where=abc', '/api/dispatches?where=abc', [/where must be a filter object/]],
    ['a date compared with text', '/api/dispatches?where[publishedAt][less_than]=notadate', [/publishedAt/, /"notadate" is not a date/]],
    ['near on a text field', '/api/dispatches?where[headline][near]=1,2,3', [/headline/, /"near" applies only to point/]],
    ['within on a text field', '/api/dispatches?where[headline][within]=1,2,3', [/"within" applies only to point/]],
    ['intersects on a text field', '/api/dispatches?where[headline][intersects]=1,2,3', [/"intersects" applies only to point/]],
    ['all on a single-value field', '/api/dispatches?where[headline][all]=1,2,3', [/"all" applies only to fields holding several values/]],
    ['an object for equals', '/api/dispatches?where[headline][equals][$ne]=x', [/"equals" takes one value/, /not an object/]],
    ['a list for equals', '/api/dispatches?where[headline][equals][0]=x&where[headline][equals][1]=y', [/"equals" takes one value/, /use "in"/]],
    ['a path inside rich text', '/api/dispatches?where[body.root.children][like]=x', [/body is a richText document/]],
    ['an unknown operator', '/api/quotes?where[text][resembles]=x', [/"resembles" is not an operator/]],
    ['a text id', '/api/quotes?where[dispatch][equals]=abc', [/dispatch/, /not a number|not an id/]],
  ]
  it.each(cases)('%s', async (_label, url, words) => {
    for (const role of [undefined, 'editor'] as const) {
      const res = await t.http.get(url).set(as(role))
      expectRefused(res, 400, 'INVALID_QUERY', ...words)
    }
  })

  it('a limit past what a number holds', async () => {
    for (const url of ['/api/dispatches?limit=99999999999999999999', '/api/quotes?limit=99999999999999999999', '/api/users?depth=99']) {
      expectRefused(await t.http.get(url).set(as('editor')), 400, 'INVALID_PARAMETER', /must be a whole number from 0 to/)
    }
  })

  it('a filter that is fine still answers', async () => {
    const res = await t.http.get('/api/dispatches?where[publishedAt][less_than]=2100-01-01&where[headline][like]=a').set(as('editor'))
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBeGreaterThan(0)
  })
})

describe('routes that do not exist for a collection answer 404, not 500', () => {
  it.each(['quotes', 'media-assets', 'users', 'workflow-events', 'webhook-subscriptions', 'webhook-deliveries', 'payload-jobs', 'payload-locked-documents'])(
    '/api/%s/versions as a frontend reader',
    async (slug) => {
      const res = await t.http.get(`/api/${slug}/versions`).set(as('frontend'))
      expectRefused(res, 404, 'NOT_FOUND', /keeps no versions/)
    },
  )

  it('POST /api/users/verify/abc (verification is off)', async () => {
    expectRefused(await t.http.post('/api/users/verify/abc'), 404, 'NOT_FOUND', /verification is not used/)
  })

  // media-assets keep a `prefix` (storage-s3 is installed on every setup so disk and S3 share one
  // schema), so a prefix is a real parameter; a file no record holds at that prefix is refused
  // by Payload's file access check, for staff and readers alike (no oracle).
  it('a file read with a prefix no record holds answers 403, not 500', async () => {
    for (const headers of [as(), as('editor')]) {
      expectRefused(await t.http.get('/api/media-assets/file/x.png?prefix=x').set(headers), 403, 'FORBIDDEN')
    }
  })

  it('a slug that is not valid UTF-8', async () => {
    expectRefused(await t.http.get('/api/dispatches/slug/%ED%A0%80'), 400, 'MALFORMED_URL', /not valid percent-encoded UTF-8/)
  })
})

describe('ids are whole positive numbers', () => {
  it('DELETE /api/quotes/<id> OR 1=1 as an editor deletes nothing', async () => {
    const before = await snapshot()
    const res = await t.http.delete(`/api/quotes/${quoteId}%20OR%201%3D1`).set(as('editor'))
    expectRefused(res, 404, 'NOT_FOUND', /ids are whole positive numbers/)
    expect(await t.payload.findByID({ collection: 'quotes', id: quoteId, disableErrors: true })).not.toBeNull()
    expect(await snapshot()).toEqual(before)
  })

  it.each([
    ['get', '/api/workflow-events/abc', 'correspondent'],
    ['post', '/api/dispatches/abc/duplicate', 'editor'],
    ['patch', '/api/quotes/1.5', 'editor'],
    ['get', '/api/dispatches/-1', 'editor'],
    ['get', '/api/dispatches/0x10', 'editor'],
  ] as const)('%s %s as %s', async (method, url, role) => {
    const before = await snapshot()
    const res = await t.http[method](url).set(as(role)).send(method === 'patch' ? { text: 'x' } : undefined)
    expectRefused(res, 404, 'NOT_FOUND', /ids are whole positive numbers/)
    expect(await snapshot()).toEqual(before)
  })
})

describe('write bodies that are not a document', () => {
  const post = (type: string, body: string) => t.http.post('/api/dispatches').set(as('editor')).set('Content-Type', type).send(body)

  it.each([
    ['text/plain', 'text/plain', 'headline=x', 415, 'UNSUPPORTED_MEDIA_TYPE', /Send the document as JSON/],
    ['form-encoded', 'application/x-www-form-urlencoded', 'headline=x', 415, 'UNSUPPORTED_MEDIA_TYPE', /Send the document as JSON/],
    ['JSON null', 'application/json', 'null', 400, 'INVALID_REQUEST', /must be a JSON object of fields, not null/],
    ['JSON "str"', 'application/json', '"str"', 400, 'INVALID_REQUEST', /must be a JSON object of fields, not string/],
    ['JSON list', 'application/json', '[1]', 400, 'INVALID_REQUEST', /not a list/],
    ['5,000-deep JSON', 'application/json', '['.repeat(5000) + ']'.repeat(5000), 400, 'JSON_TOO_DEEP', /nests 5000 levels deep/],
  ] as const)('%s', async (_label, type, body, status, code, words) => {
    const before = await snapshot()
    expectRefused(await post(type, body), status, code, words)
    expect(await snapshot()).toEqual(before)
  })

  it('a list where a quote takes text', async () => {
    const before = await snapshot()
    const res = await t.http.post('/api/quotes').set(as('editor')).send({ text: ['x'], speaker: { name: 'A' }, dispatch: dispatchId })
    expectRefused(res, 400, 'VALIDATION_FAILED', /text/)
    expect(JSON.stringify(res.body)).toContain('text takes text')
    expect(await snapshot()).toEqual(before)
  })

  it('20,000 tags', async () => {
    const before = await snapshot()
    const tags = Array.from({ length: 20_000 }, (_, i) => `t${i}`)
    const res = await t.http.patch(`/api/dispatches/${dispatchId}?draft=true`).set(as('editor')).send({ tags })
    expectRefused(res, 400, 'VALIDATION_FAILED', /tags/i)
    expect(JSON.stringify(res.body)).toContain('tags holds at most 100 values, not 20000')
    expect(await snapshot()).toEqual(before)
  })

  it('a NUL byte in an upload’s filename', async () => {
    const before = await snapshot()
    const res = await t.http
      .post('/api/media-assets')
      .set(as('editor'))
      .field('_payload', JSON.stringify({ alt: 'a', caption: 'c', creditLine: 'AP/X' }))
      .attach('file', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), { filename: 'a\u0000b.jpg', contentType: 'image/jpeg' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.body.errors?.[0]?.message).toBeTruthy()
    expect(await snapshot()).toEqual(before)
  })
})

describe('GraphQL', () => {
  const gql = (query: string, role?: DemoRole) => t.http.post('/api/graphql').set(as(role)).send({ query })

  it('cyclic fragments answer 400 naming the fragment (no stack overflow)', async () => {
    const res = await gql('query { Dispatches { docs { ...A } } } fragment A on Dispatch { ...B } fragment B on Dispatch { headline ...A }')
    expectRefused(res, 400, 'FRAGMENT_CYCLE', /Fragment "A" spreads itself/)
    expect((await gql('{ Dispatches { totalDocs } }')).status).toBe(200)
  })

  it.each([undefined, 'frontend', 'editor'] as const)('{ Access { canAccessAdmin } } as %s', async (role) => {
    const res = await gql('{ Access { canAccessAdmin } }', role)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ data: { Access: { canAccessAdmin: role === 'editor' } } })
  })
})

describe('password reset, end to end', () => {
  const linkIn = (text: string): string => {
    const match = /https?:\/\/\S+\/reset\/([a-f0-9]+)/.exec(text)
    if (!match) throw new Error(`no reset link in: ${text}`)
    return match[1]!
  }

  it('answers 200 for any address, mails a link whose token sets a new password once', async () => {
    const unknown = await t.http.post('/api/users/forgot-password').send({ email: 'nobody@nowhere.example' })
    const known = await t.http.post('/api/users/forgot-password').send({ email: 'correspondent@dateline.local' })
    // No oracle: the same answer whether or not an account has the address.
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    expect(known.status).toBe(200)

    const mail = await smtp.waitFor((m) => m.to.includes('correspondent@dateline.local') && m.text.includes('/reset/'))
    expect(smtp.mails.some((m) => m.to.includes('nobody@nowhere.example'))).toBe(false)
    const token = linkIn(mail.text)

    const reset = await t.http.post('/api/users/reset-password').send({ token, password: 'a-brand-new-password' })
    expect(reset.status).toBe(200)
    const login = await t.http.post('/api/users/login').send({ email: 'correspondent@dateline.local', password: 'a-brand-new-password' })
    expect(login.status).toBe(200)
    expect(login.body.token).toEqual(expect.any(String))

    const again = await t.http.post('/api/users/reset-password').send({ token, password: 'another-password-1' })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect((await t.http.post('/api/users/login').send({ email: 'correspondent@dateline.local', password: 'another-password-1' })).status).toBe(401)
  })

  it('GraphQL forgotPasswordUser answers true for any address and mails the account', async () => {
    const res = await t.http.post('/api/graphql').send({ query: 'mutation { a: forgotPasswordUser(email: "legal@dateline.local") b: forgotPasswordUser(email: "ghost@nowhere.example") }' })
    expect(res.body).toEqual({ data: { a: true, b: true } })
    linkIn((await smtp.waitFor((m) => m.to.includes('legal@dateline.local') && m.text.includes('/reset/'))).text)
  })

  it('a second request for one address within the interval answers 429, known or not', async () => {
    for (const email of ['editor@dateline.local', 'ghost2@nowhere.example']) {
      expect((await t.http.post('/api/users/forgot-password').send({ email })).status).toBe(200)
      expectRefused(await t.http.post('/api/users/forgot-password').send({ email }), 429, 'TOO_MANY_REQUESTS', /wait and try again/)
    }
  })

  it('an address that is not text answers 400', async () => {
    const res = await t.http.post('/api/users/forgot-password').send({ email: { $ne: 1 } })
    expect([res.status, res.body.errors?.[0]?.message]).toEqual([400, expect.stringMatching(/email/i)])
  })
})
