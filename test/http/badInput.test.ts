/**
 * Bad input over REST: each gets a clear 4xx naming the problem, never a 500, and nothing is
 * written. Uploads run against a deliberately small limit (UPLOAD_MAX_BYTES=200000).
 */
import sharp from 'sharp'
import type { CollectionSlug } from 'payload'

import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let editor = ''
let story000 = 0
let story001 = 0

const LIMIT = 200_000
const auth = () => ({ Authorization: `JWT ${editor}` })

async function counts(): Promise<Record<string, number>> {
  const slugs: CollectionSlug[] = ['dispatches', 'quotes', 'media-assets', 'correspondents']
  const entries = await Promise.all(
    slugs.map(async (slug) => [slug, (await t.payload.count({ collection: slug })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

/** A clear client error: 4xx, a JSON body with an errors list, and the given words in it. */
function expectClientError(res: { status: number; body: unknown; text: string }, status: number, ...words: string[]): void {
  expect({ status: res.status, text: res.text }).toEqual({ status, text: expect.any(String) })
  const body = res.body as { errors?: Array<{ message?: string }> }
  expect(Array.isArray(body.errors)).toBe(true)
  for (const word of words) expect(res.text).toContain(word)
  expect(res.text).not.toMatch(/at .+\.(js|ts):\d+/)
}

async function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
)
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
const XML = Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')

beforeAll(async () => {
  t = await startTestApp({ UPLOAD_MAX_BYTES: String(LIMIT), UPLOAD_URL_ALLOWLIST: 'https://pictures.example' })
  editor = await t.token('editor')
  const find = async (status: 'published' | 'draft') =>
    (await t.payload.find({ collection: 'dispatches', where: { _status: { equals: status } }, limit: 1 })).docs[0].id
  story001 = await find('published')
  story000 = await find('draft')
})

afterAll(async () => {
  await t?.stop()
})

describe('JSON bodies', () => {
  it.each(['', '?draft=true'])('refuses malformed JSON on create%s', async (query) => {
    const before = await counts()
    const res = await t.http
      .post(`/api/dispatches${query}`)
      .set(auth())
      .set('Content-Type', 'application/json')
      .send('{"headline": "Half a story", ')
    expectClientError(res, 400, 'Malformed JSON')
    expect(await counts()).toEqual(before)
  })

  it('refuses malformed JSON on update and leaves the story as it was', async () => {
    const before = await t.payload.findByID({ collection: 'dispatches', id: story000, draft: true })
    const res = await t.http
      .patch(`/api/dispatches/${story000}?draft=true`)
      .set(auth())
      .set('Content-Type', 'application/json')
      .send('{headline: no quotes}')
    expectClientError(res, 400, 'Malformed JSON')
    const after = await t.payload.findByID({ collection: 'dispatches', id: story000, draft: true })
    expect(after.headline).toBe(before.headline)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it.each([
    ['dispatches', { headline: 'Unknown field', colour: 'red' }, 'colour'],
    ['quotes', { text: 'Hello', dispatch: 0, speaker: { name: 'x', nickname: 'y' } }, 'speaker.nickname'],
    ['media-assets', { creditLine: 'Reuters', rights: { licence: 'agency', price: 100 } }, 'rights.price'],
    ['dispatches', { headline: 'Row with extra', byline: [{ correspondent: 1, role: 'reporter', pay: 1 }] }, 'byline.0.pay'],
  ] as Array<[CollectionSlug, Record<string, unknown>, string]>)(
    'refuses an unknown field on %s, naming %s',
    async (collection, data, path) => {
      const before = await counts()
      const body = collection === 'quotes' ? { ...data, dispatch: story000 } : data
      for (const query of ['', '?draft=true']) {
        const res = await t.http.post(`/api/${collection}${query}`).set(auth()).send(body)
        expectClientError(res, 400, path)
      }
      expect(await counts()).toEqual(before)
    },
  )

  it('refuses an unknown field on update without changing the record', async () => {
    const before = await t.payload.findByID({ collection: 'dispatches', id: story000, draft: true })
    const res = await t.http
      .patch(`/api/dispatches/${story000}?draft=true`)
      .set(auth())
      .send({ standfirst: 'Changed', standFirst: 'typo' })
    expectClientError(res, 400, 'standFirst')
    const after = await t.payload.findByID({ collection: 'dispatches', id: story000, draft: true })
    expect(after.standfirst).toBe(before.standfirst)
  })
})

describe('field values', () => {
  it.each([
    ['dispatches', { headline: 123 }, 'headline'],
    ['dispatches', { headline: 'x'.repeat(301) }, 'headline'],
    ['dispatches', { headline: 'Bad byline', byline: 'x' }, 'byline'],
    ['dispatches', { headline: 'Bad byline role', byline: [{ correspondent: 1, role: 'astrologer' }] }, 'byline'],
    ['dispatches', { headline: 'Bad tags', tags: 'Syria' }, 'tags'],
    ['dispatches', { headline: 'Bad date', embargoUntil: 'next tuesday' }, 'embargoUntil'],
    ['dispatches', { standfirst: 'No headline at all' }, 'headline'],
    ['quotes', { text: 'Maybe sensitive', sensitive: 'maybe' }, 'sensitive'],
    ['quotes', { text: 'Bad reason', sensitive: true, sensitivityReasons: ['gossip'] }, 'sensitivityReasons'],
    ['quotes', { text: 'No dispatch' }, 'dispatch'],
    ['quotes', { text: 'Ghost dispatch', dispatch: 999999 }, 'dispatch'],
    ['quotes', { dispatch: 'STORY' }, 'text'],
    ['media-assets', { caption: 'No credit line', alt: 'A street' }, 'creditLine'],
    ['media-assets', { creditLine: 'Reuters', rights: { licence: 'stolen' } }, 'rights.licence'],
    ['media-assets', { creditLine: 'x'.repeat(201) }, 'creditLine'],
    ['correspondents', { name: 'Bad email', email: 'not-an-email' }, 'email'],
  ] as Array<[CollectionSlug, Record<string, unknown>, string]>)(
    'refuses %s %j with a 400 naming %s',
    async (collection, data, field) => {
      const before = await counts()
      const body = { ...data }
      if (collection === 'quotes' && body.dispatch === 'STORY') body.dispatch = story000
      if (collection === 'quotes' && !('dispatch' in data) && data.text !== 'No dispatch') body.dispatch = story000
      const queries = collection === 'dispatches' ? ['', '?draft=true'] : ['']
      for (const query of queries) {
        const res = await t.http.post(`/api/${collection}${query}`).set(auth()).send(body)
        expectClientError(res, 400, field)
      }
      expect(await counts()).toEqual(before)
    },
  )

  it('refuses an over-long headline on update and keeps the old one', async () => {
    const before = await t.payload.findByID({ collection: 'dispatches', id: story000, draft: true })
    const res = await t.http
      .patch(`/api/dispatches/${story000}?draft=true`)
      .set(auth())
      .send({ headline: 'y'.repeat(301) })
    expectClientError(res, 400, 'headline')
    const after = await t.payload.findByID({ collection: 'dispatches', id: story000, draft: true })
    expect(after.headline).toBe(before.headline)
  })

  it('refuses to move a quote to a dispatch that does not exist', async () => {
    const quote = (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: story000 } }, limit: 1 }))
      .docs[0]
    const res = await t.http.patch(`/api/quotes/${quote.id}`).set(auth()).send({ dispatch: 999999 })
    expectClientError(res, 400, 'dispatch')
    const after = await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
    expect(after.dispatch).toBe(story000)
  })

  it('refuses publishing by writing _status, over REST', async () => {
    const res = await t.http.patch(`/api/dispatches/${story000}`).set(auth()).send({ _status: 'published' })
    expectClientError(res, 403, 'transition')
    const live = await t.http.get(`/api/dispatches/${story000}`)
    expect(live.status).toBe(404)
  })
})

describe('uploads', () => {
  const upload = (buffer: Buffer, filename: string, contentType: string, meta: Record<string, unknown> = {}) =>
    t.http
      .post('/api/media-assets')
      .set(auth())
      .field('_payload', JSON.stringify({ creditLine: 'Reuters', alt: 'A street in Raqqa', ...meta }))
      .attach('file', buffer, { filename, contentType })

  it('accepts a JPEG from the editor and makes thumbnail, card and hero sizes', async () => {
    const res = await upload(await jpeg(2000, 1200), 'raqqa-street.jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc).toMatchObject({ mimeType: 'image/jpeg', creditLine: 'Reuters', credit: { organisation: 'Reuters' } })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 320, height: 320, mimeType: 'image/jpeg' })
    expect(doc.sizes.card).toMatchObject({ width: 768, height: 432 })
    expect(doc.sizes.hero).toMatchObject({ width: 1920, height: 1080 })
    const file = await t.http.get(`/api/media-assets/file/${doc.filename}`).set(auth())
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('image/jpeg')
  })

  it.each([
    ['an SVG', SVG, 'chart.svg', 'image/svg+xml'],
    ['an SVG renamed .jpg', SVG, 'chart.jpg', 'image/jpeg'],
    ['an HTML file', HTML, 'page.html', 'text/html'],
    ['an HTML file renamed .png', HTML, 'page.png', 'image/png'],
    ['an XML file', XML, 'feed.xml', 'application/xml'],
  ])('refuses %s with a 400 and stores nothing', async (_label, buffer, filename, contentType) => {
    const before = await counts()
    const res = await upload(buffer, filename, contentType)
    expectClientError(res, 400)
    expect(res.text).toMatch(/file type|mime|not allowed/i)
    expect(await counts()).toEqual(before)
  })

  it('refuses a file over UPLOAD_MAX_BYTES with 413 and a message', async () => {
    const before = await counts()
    const big = Buffer.concat([await jpeg(64, 64), Buffer.alloc(300_000, 1)])
    const res = await upload(big, 'huge.jpg', 'image/jpeg')
    expect([400, 413]).toContain(res.status)
    expect(res.text).toMatch(/limit|too large/i)
    expect(await counts()).toEqual(before)
  })

  it('refuses an upload without a credit line, keeping no file', async () => {
    const before = await counts()
    const res = await t.http
      .post('/api/media-assets')
      .set(auth())
      .field('_payload', JSON.stringify({ alt: 'No credit' }))
      .attach('file', await jpeg(100, 100), { filename: 'nocredit.jpg', contentType: 'image/jpeg' })
    expectClientError(res, 400, 'creditLine')
    expect(await counts()).toEqual(before)
  })

  it('refuses uploads from readers and legal', async () => {
    const before = await counts()
    const anon = await t.http
      .post('/api/media-assets')
      .field('_payload', JSON.stringify({ creditLine: 'Reuters' }))
      .attach('file', await jpeg(50, 50), { filename: 'anon.jpg', contentType: 'image/jpeg' })
    expect(anon.status).toBe(403)
    const legal = await t.http
      .post('/api/media-assets')
      .set('Authorization', `JWT ${await t.token('legal')}`)
      .field('_payload', JSON.stringify({ creditLine: 'Reuters' }))
      .attach('file', await jpeg(50, 50), { filename: 'legal.jpg', contentType: 'image/jpeg' })
    expect(legal.status).toBe(403)
    expect(await counts()).toEqual(before)
  })
})

describe('upload from a URL', () => {
  // This app allows https://pictures.example only; no request leaves the machine, because the
  // allow-list is checked before anything is fetched.
  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'The provided URL is not allowed'],
    ['http://127.0.0.1:9/x.jpg', 'The provided URL is not allowed'],
    ['not a url', 'A valid URL string is required'],
  ])('refuses %s with a 400 naming the problem', async (src, message) => {
    const before = await counts()
    const res = await t.http
      .get(`/api/media-assets/paste-url?src=${encodeURIComponent(src)}`)
      .set(auth())
    expectClientError(res, 400, message)
    expect(await counts()).toEqual(before)
  })

  it('is only for users who may upload', async () => {
    const res = await t.http.get(`/api/media-assets/paste-url?src=${encodeURIComponent('https://pictures.example/a.jpg')}`)
    expect(res.status).toBe(403)
  })
})

describe('queries and routes', () => {
  it('refuses an anonymous where on a private field with a 4xx naming it', async () => {
    const res = await t.http.get('/api/correspondents?where[email][like]=dateline')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.text).toContain('email')
  })

  it.each([
    ['/api/quotes?where[text][not_an_operator]=x', 'not_an_operator'],
    ['/api/dispatches?where[nope][equals]=x', 'nope'],
  ])('refuses a malformed query %s with a 400', async (url, word) => {
    const res = await t.http.get(url).set(auth())
    expectClientError(res, 400, word)
  })

  it.each([
    ['/api/nope', 'GET'],
    ['/api/nope', 'POST'],
    ['/api/dispatches/999999', 'GET'],
    ['/api/dispatches/999999?draft=true', 'GET'],
    ['/api/dispatches/999999?draft=true', 'PATCH'],
    ['/api/quotes/999999', 'DELETE'],
    ['/api/media-assets/file/does-not-exist.jpg', 'GET'],
  ])('answers %s (%s) with 404', async (url, method) => {
    const request =
      method === 'GET'
        ? t.http.get(url)
        : method === 'POST'
          ? t.http.post(url).send({})
          : method === 'PATCH'
            ? t.http.patch(url).send({ standfirst: 'x' })
            : t.http.delete(url)
    const res = await request.set(auth())
    expect(res.status).toBe(404)
  })

  it('answers a non-numeric id with a 4xx, not a 500', async () => {
    const res = await t.http.get('/api/dispatches/not-a-number').set(auth())
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('still serves story 001 after all of this', async () => {
    const res = await t.http.get(`/api/dispatches/${story001}`)
    expect(res.status).toBe(200)
  })
})
