/**
 * Files and headers: nosniff on every answer, the admin's CSP and framing rules, uploads stored
 * under the type their bytes are, non-images served as attachments, NUL bytes and malformed or
 * oversized rich text refused with a 400 naming the field, and a corrupt image leaving nothing
 * behind (no record, no file).
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { ADMIN_CSP, MONACO_CDN, setSecurityHeaders } from '../../src/server/securityHeaders'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let editor = ''
let story000 = 0
let story001Slug = ''

const auth = () => ({ Authorization: `JWT ${editor}` })
type ErrorBody = { errors?: Array<{ message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }> }
const fieldErrors = (body: ErrorBody) => (body.errors?.[0]?.data?.errors ?? []).map((error) => error.path)

const jpeg = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 200 } } }).jpeg().toBuffer()

/** 0.1 s of silence as a WAV file. */
function wav(): Buffer {
  const samples = Buffer.alloc(1600)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + samples.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(8000, 24)
  header.writeUInt32LE(16000, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(samples.length, 40)
  return Buffer.concat([header, samples])
}

const upload = (buffer: Buffer, filename: string, contentType: string) =>
  t.http
    .post('/api/media-assets')
    .set(auth())
    .field('_payload', JSON.stringify({ creditLine: 'Reuters', alt: 'A street in Raqqa' }))
    .attach('file', buffer, { filename, contentType })

const mediaFiles = () => fs.readdirSync(t.mediaDir).sort()
const mediaCount = async () => (await t.payload.count({ collection: 'media-assets' })).totalDocs

beforeAll(async () => {
  t = await startTestApp()
  editor = await t.token('editor')
  const find = async (status: 'published' | 'draft') =>
    (await t.payload.find({ collection: 'dispatches', where: { _status: { equals: status } }, limit: 1 })).docs[0]
  story000 = (await find('draft')).id
  story001Slug = (await find('published')).slug ?? ''
})
afterAll(async () => {
  await t?.stop()
})

describe('headers on every answer', () => {
  it('carry nosniff, SAMEORIGIN framing and a Referrer-Policy: API, cached reads, files, feeds, errors', async () => {
    const { body } = await upload(await jpeg(), 'street.jpg', 'image/jpeg')
    const paths = [
      '/api/dispatches',
      '/api/dispatches', // the second answer comes from the in-process cache, before express
      `/api/dispatches/slug/${story001Slug}`,
      `/api/dispatches/${story000}`,
      `/api/media-assets/file/${body.doc.filename}`,
      '/feeds/rss.xml',
      '/feeds/feed.json',
      '/healthz',
      '/api/no-such-route',
      '/api/dispatches?where=abc',
    ]
    for (const path of paths) {
      const res = await t.http.get(path).set(path.includes('media-assets') ? auth() : {})
      expect([path, res.headers['x-content-type-options'], res.headers['x-frame-options']]).toEqual([path, 'nosniff', 'SAMEORIGIN'])
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    }
    const preflight = await t.http.post('/api/graphql').send({ query: '{ Dispatches { totalDocs } }' })
    expect(preflight.headers['x-content-type-options']).toBe('nosniff')
  })

  it('give /admin a CSP that allows the admin’s own scripts and nothing from elsewhere', () => {
    const headers = new Map<string, string>()
    const res = { setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value) }
    setSecurityHeaders({ url: '/admin/collections/dispatches/1?x=1' } as never, res as never, { admin: '/admin', api: '/api' })
    expect(headers.get('content-security-policy')).toBe(ADMIN_CSP)
    expect(ADMIN_CSP).toMatch(/script-src 'self'( |;)/)
    expect(ADMIN_CSP).toContain("frame-ancestors 'self'")
    expect(ADMIN_CSP).toContain("object-src 'none'")
    expect(ADMIN_CSP).not.toContain('unsafe-eval')
    // The only other origin: the versioned Monaco path Payload's JSON fields load (the loader's own setting).
    const monaco = fs.readFileSync(path.resolve('node_modules/@monaco-editor/loader/lib/es/config/index.js'), 'utf8')
    expect(monaco).toContain(`vs: '${MONACO_CDN}vs'`)
    expect(ADMIN_CSP.replaceAll(MONACO_CDN, '')).not.toMatch(/https?:|\*/)
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(headers.get('referrer-policy')).toBe('same-origin')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('uploads', () => {
  it('stores a JPEG-and-HTML polyglot named poly.html as .jpg and serves it as an image', async () => {
    const polyglot = Buffer.concat([await jpeg(), Buffer.from('<html><script>alert(document.cookie)</script></html>')])
    const res = await upload(polyglot, 'poly.html', 'text/html')
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toMatch(/^poly(-\d+)?\.jpg$/)
    expect(res.body.doc.mimeType).toBe('image/jpeg')
    expect(mediaFiles().some((name) => name.endsWith('.html'))).toBe(false)
    const file = await t.http.get(`/api/media-assets/file/${res.body.doc.filename}`).set(auth())
    expect(file.headers['content-type']).toBe('image/jpeg')
    expect(file.headers['content-disposition']).toBeUndefined()
  })

  it('serves a file that is not an image as an attachment', async () => {
    const res = await upload(wav(), 'interview.wav', 'audio/wav')
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toMatch(/\.wav$/)
    const file = await t.http.get(`/api/media-assets/file/${res.body.doc.filename}`).set(auth())
    expect(file.status).toBe(200)
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${res.body.doc.filename}"`)
    expect(file.headers['x-content-type-options']).toBe('nosniff')
  })

  it('refuses a corrupt image with 400 and leaves no record and no file', async () => {
    const whole = await jpeg(800, 600)
    const corrupt = whole.subarray(0, Math.floor(whole.length / 3))
    const [filesBefore, countBefore] = [mediaFiles(), await mediaCount()]
    const res = await upload(Buffer.from(corrupt), 'broken.jpg', 'image/jpeg')
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/corrupt|truncated/)
    expect(await mediaCount()).toBe(countBefore)
    expect(mediaFiles()).toEqual(filesBefore)
  })
})

describe('text input', () => {
  const stored = () => t.payload.findByID({ collection: 'dispatches', id: story000, draft: true, depth: 0 })

  it.each([
    ['headline', { headline: 'Raqqa\u0000 falls' }],
    ['standfirst', { standfirst: 'Before\u0000after' }],
    ['tags.1', { tags: ['war', 'sy\u0000ria'] }],
    ['body.root.children.0.children.0.text', { body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'a\u0000b' }] }] } } }],
  ])('refuses a NUL byte in %s with 400 naming it, nothing changed', async (path, data) => {
    const before = await stored()
    const res = await t.http.patch(`/api/dispatches/${story000}?draft=true`).set(auth()).send(data)
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContain(path)
    expect((await stored()).updatedAt).toBe(before.updatedAt)
  })

  it('takes a save as the admin form sends it (multipart, `_payload`) and refuses a malformed one with 400', async () => {
    const good = await t.http.patch(`/api/dispatches/${story000}?draft=true`).set(auth()).field('_payload', JSON.stringify({ dateline: 'Raqqa, Syria' }))
    expect(good.status).toBe(200)
    for (const bad of ['{"dateline": ', '"a string"', 'null', JSON.stringify({ dateline: 'x\u0000y' })]) {
      const res = await t.http.patch(`/api/dispatches/${story000}?draft=true`).set(auth()).field('_payload', bad)
      expect([bad, res.status, res.status >= 400 && res.status < 500]).toEqual([bad, res.status, true])
    }
    expect((await stored()).dateline).toBe('Raqqa, Syria')
  })

  it('refuses a NUL byte in a quote, a correspondent and over GraphQL', async () => {
    const quote = await t.http.post('/api/quotes').set(auth()).send({ text: 'We\u0000 stay', dispatch: story000 })
    expect([quote.status, fieldErrors(quote.body)]).toEqual([400, ['text']])
    const person = await t.http.post('/api/correspondents').set(auth()).send({ name: 'Jo\u0000hn', kind: 'reporter' })
    expect(person.status).toBe(400)
    const gql = await t.http
      .post('/api/graphql')
      .set(auth())
      .send({ query: 'mutation($h: String) { updateDispatch(id: ' + story000 + ', draft: true, data: { headline: $h }) { id } }', variables: { h: 'x\u0000y' } })
    expect(gql.body.errors?.[0]?.message).toMatch(/headline/)
  })

  it.each([
    ['a string', 'just words'],
    ['an array', [{ type: 'paragraph', children: [] }]],
    ['a number', 42],
    ['no root', { children: [] }],
    ['a root of another type', { root: { type: 'paragraph', children: [] } }],
    ['children that are not an array', { root: { type: 'root', children: { type: 'paragraph' } } }],
    ['an unknown node type', { root: { type: 'root', children: [{ type: 'script', children: [] }] } }],
    ['a text node without text', { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text' }] }] } }],
  ])('refuses a body that is %s with 400 naming body', async (_label, body) => {
    const before = await stored()
    const res = await t.http.patch(`/api/dispatches/${story000}?draft=true`).set(auth()).send({ body })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContain('body')
    expect((await stored()).updatedAt).toBe(before.updatedAt)
  })

  it('refuses a body past BODY_MAX_BYTES (2 MB by default; 20 MB tried) and accepts a real one', async () => {
    const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })
    const big = (bytes: number) => ({ root: { type: 'root', version: 1, children: Array.from({ length: Math.ceil(bytes / 10_000) }, () => paragraph('x'.repeat(10_000))) } })
    for (const bytes of [3_000_000, 20_000_000]) {
      const res = await t.http.patch(`/api/dispatches/${story000}?draft=true`).set(auth()).send({ body: big(bytes) })
      expect([bytes, res.status]).toEqual([bytes, 400])
      expect(res.text).toContain('BODY_MAX_BYTES')
    }
    const ok = await t.http.patch(`/api/dispatches/${story000}?draft=true`).set(auth()).send({ body: big(50_000) })
    expect(ok.status).toBe(200)
  })
})
