/**
 * Public delivery over HTTP: the story page by slug, HTTP caching (ETag, Cache-Control, 304, the
 * in-process cache and what invalidates it), RSS, JSON Feed and ninjs, bad list parameters,
 * CORS, and GraphQL guardrails.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import fs from 'node:fs'
import path from 'node:path'

import type { Dispatch } from '../../payload-types'
import { addQuotesInEveryLegalState, createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'

let t: TestApp
const RAQQA_001 = 'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days'
const ALLOWED_ORIGIN = 'https://front.example'
const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`

const ids = { story001: 0, live: 0, quotePublic: 0, quoteApproved: 0, quotePending: 0, johnRay: 0, irvine: 0 }
let slug001 = ''
let liveSlug = ''

const transition = async (role: DemoRole, id: number, body: Record<string, unknown>) =>
  t.http.post(`/api/dispatches/${id}/transition`).set('Authorization', await jwt(role)).send(body)

/** Polls until `check` passes: invalidation happens after commit, which the response may precede by a tick. */
async function eventually(check: () => Promise<void>, ms = 1000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    try {
      await check()
      return
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}

const rssParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['item', 'media:content', 'category'].includes(name) })
const rssItems = (xml: string): Array<Record<string, unknown>> => rssParser.parse(xml).rss.channel.item ?? []

beforeAll(async () => {
  t = await startTestApp({
    PUBLIC_CACHE_MAX_AGE: '42',
    PUBLIC_CACHE_STALE_WHILE_REVALIDATE: '84',
    PUBLIC_MAX_LIMIT: '25',
    CORS_ORIGINS: ALLOWED_ORIGIN,
    GRAPHQL_MAX_DEPTH: '5',
    GRAPHQL_MAX_ALIASES: '3',
    GRAPHQL_MAX_COMPLEXITY: '40',
    GRAPHQL_INTROSPECTION: 'false',
    PUBLIC_SITE_URL: 'https://news.example',
  })
  const { payload } = t
  const s001 = (await payload.find({ collection: 'dispatches', where: { headline: { equals: RAQQA_001 } }, draft: true })).docs[0]
  ids.story001 = s001.id
  slug001 = s001.slug
  const person = async (name: string) => (await payload.find({ collection: 'correspondents', where: { name: { equals: name } } })).docs[0].id
  ids.johnRay = await person('John Ray')
  ids.irvine = await person('John Irvine')

  const live = await payload.create({
    collection: 'dispatches',
    data: {
      headline: 'Live story with quotes & <markup>',
      slug: 'live-story-with-quotes',
      standfirst: 'Witnesses describe the night.',
      dateline: 'Mosul, Iraq',
      byline: [{ correspondent: ids.johnRay, role: 'reporter' }],
      media: [(s001.media ?? []).map((m) => (typeof m === 'object' ? m.id : m))[0]],
      workflowStatus: 'published',
      editorialNotes: 'Desk only: legal cleared the approved line.',
      _status: 'published',
      publishedAt: new Date().toISOString(),
      firstPublishedAt: new Date().toISOString(),
    },
    context: { workflowService: true },
  })
  ids.live = live.id
  liveSlug = live.slug
  Object.assign(ids, await addQuotesInEveryLegalState(payload, live.id))
})

afterAll(async () => {
  await t?.stop()
})

const PRIVATE_MARKERS = ['editorialNotes', 'identityNotes', 'W-17', 'W-18', 'Desk only', '@dateline.local', 'workflowStatus', 'legalHold', 'createdBy', 'emergencyContact', 'sensitivityReasons', '"legal"', 'intakeHash']
const expectNothingPrivate = (text: string): void => {
  for (const marker of PRIVATE_MARKERS) expect({ marker, found: text.includes(marker) }).toEqual({ marker, found: false })
}

describe('GET /api/dispatches/slug/:slug (story page)', () => {
  it('answers the whole story page in one request: byline with titles, media with sizes and credits', async () => {
    const res = await t.http.get(`/api/dispatches/slug/${slug001}`)
    expect(res.status).toBe(200)
    const page = res.body
    expect(page.headline).toBe(RAQQA_001)
    expect(page.byline.map((b: { correspondent: { name: string; title: string } }) => [b.correspondent.name, b.correspondent.title])).toEqual(
      expect.arrayContaining([
        ['John Irvine', 'Senior International Correspondent'],
        ['Sean Swan', 'cameraman'],
      ]),
    )
    expect(page.media.length).toBe(3)
    for (const asset of page.media) {
      expect(asset.creditLine).toBeTruthy()
      expect(asset.caption).toBeTruthy()
      expect(asset.url).toMatch(/^http:\/\/localhost:3000\/api\/media-assets\/file\//)
      expect(Object.keys(asset.sizes).sort()).toEqual(['card', 'hero', 'thumbnail'].filter((name) => asset.sizes[name]))
      expect(asset.sizes.thumbnail.url).toMatch(/^http:\/\/localhost:3000\/api\/media-assets\/file\/.+/)
      expect(asset.sizes.thumbnail.width).toBeGreaterThan(0)
    }
    // Pictures sit in the body where the story places them, with the same public fields.
    const inline: Array<{ creditLine: string; sizes: Record<string, { url: string }> }> = []
    const walk = (node: { type?: string; value?: unknown; children?: unknown[] }): void => {
      if (node.type === 'upload' && node.value && typeof node.value === 'object') inline.push(node.value as (typeof inline)[number])
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    walk(page.body.root)
    expect(inline.map((asset) => asset.creditLine)).toEqual(page.media.map((asset: { creditLine: string }) => asset.creditLine))
    for (const asset of inline) expect(asset.sizes.card.url).toMatch(/^http:\/\/localhost:3000\/api\/media-assets\/file\/.+/)
    expectNothingPrivate(res.text)
    // A picture URL from the page downloads for an anonymous reader.
    const file = await t.http.get(new URL(page.media[0].sizes.thumbnail.url).pathname)
    expect(file.status).toBe(200)
  })

  it('includes cleared quotes only (non-sensitive or approved) and no private field, for every caller', async () => {
    for (const role of [null, 'frontend', 'editor', 'legal'] as const) {
      const req = t.http.get(`/api/dispatches/slug/${liveSlug}`)
      if (role) req.set('Authorization', await jwt(role))
      const res = await req
      expect(res.status).toBe(200)
      expect(res.body.quotes.docs.map((q: { id: number }) => q.id).sort()).toEqual([ids.quotePublic, ids.quoteApproved].sort())
      expect(res.body.byline[0].correspondent).toEqual({ id: ids.johnRay, name: 'John Ray', slug: 'john-ray', title: 'Correspondent', kind: 'reporter', bureau: 'London' })
      expectNothingPrivate(res.text)
    }
  })

  it('answers 404 for an unknown slug', async () => {
    const res = await t.http.get('/api/dispatches/slug/no-such-story')
    expect(res.status).toBe(404)
    expect(res.body.errors[0].message).toContain('no-such-story')
    expect(res.headers['cache-control']).toBe('no-store')
  })
})

describe('HTTP caching of public reads', () => {
  it('gives anonymous readers a strong ETag and the configured Cache-Control, then answers from the cache', async () => {
    const url = `/api/dispatches/slug/${slug001}`
    t.publicCache.invalidate()
    const first = await t.http.get(url)
    expect(first.status).toBe(200)
    expect(first.headers['x-cache']).toBe('MISS')
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(first.headers['cache-control']).toBe('public, max-age=42, stale-while-revalidate=84')
    const second = await t.http.get(url)
    expect(second.headers['x-cache']).toBe('HIT')
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.text).toBe(first.text)
    expect(second.headers['content-type']).toMatch(/^application\/json/)
    const head = await t.http.head(url)
    expect(head.status).toBe(200)
    expect(head.headers.etag).toBe(first.headers.etag)
    expect(head.text ?? '').toBe('')
  })

  it('answers 304 to a matching If-None-Match, and a garbage one is harmless', async () => {
    const url = '/api/dispatches?limit=5'
    const { headers } = await t.http.get(url)
    const etag = headers.etag
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await t.http.get(url).set('If-None-Match', header)
      expect([header, res.status]).toEqual([header, 304])
      expect(res.text ?? '').toBe('')
      expect(res.headers.etag).toBe(etag)
    }
    for (const garbage of ['garbage', '"', 'W/', ',,,', '"unterminated', '\u00e9t\u00e9', '"a"b"', 'x'.repeat(5000)]) {
      const res = await t.http.get(url).set('If-None-Match', garbage)
      expect([garbage.slice(0, 20), res.status]).toEqual([garbage.slice(0, 20), 200])
      expect(res.body.docs.length).toBeGreaterThan(0)
    }
  })

  it('serves the frontend role from the same cache; staff and drafts are never cached and marked private, no-store', async () => {
    const url = '/api/dispatches?limit=3&depth=1'
    await t.http.get(url)
    const frontend = await t.http.get(url).set('Authorization', await jwt('frontend'))
    expect(frontend.headers['x-cache']).toBe('HIT')
    expect(frontend.headers['cache-control']).toMatch(/^public, max-age=42/)

    for (const role of ['editor', 'correspondent', 'legal', 'admin'] as const) {
      const staff = await t.http.get(url).set('Authorization', await jwt(role))
      expect(staff.status).toBe(200)
      expect(staff.headers['cache-control']).toBe('private, no-store')
      expect(staff.headers['x-cache']).toBeUndefined()
      expect(staff.headers.etag).toBeUndefined()
    }
    const editorList = await t.http.get('/api/dispatches?draft=true&limit=100').set('Authorization', await jwt('editor'))
    expect(editorList.headers['cache-control']).toBe('private, no-store')
    expect(editorList.body.docs.length).toBeGreaterThan(2)
    // The editor's drafts did not land in the public cache.
    const anonymous = await t.http.get('/api/dispatches?draft=true&limit=100')
    expect(anonymous.headers['cache-control']).toBe('private, no-store')
    expect(anonymous.body.docs.map((d: { id: number }) => d.id).sort()).toEqual([ids.story001, ids.live].sort())
    const publicList = await t.http.get('/api/dispatches?limit=100')
    expect(publicList.body.docs.map((d: { id: number }) => d.id).sort()).toEqual([ids.story001, ids.live].sort())
    // A staff session cookie (the admin's) is never answered from the cache either.
    const cookie = await t.http.get(url).set('Cookie', `theme=dark; payload-token=${await t.token('editor')}`)
    expect(cookie.headers['cache-control']).toBe('private, no-store')
    expect(cookie.headers['x-cache']).toBeUndefined()
    // Other cookies do not stop an anonymous hit.
    expect((await t.http.get(url).set('Cookie', 'theme=dark')).headers['x-cache']).toBe('HIT')
    // A bad credential is Payload's to judge, never served from the cache.
    const bad = await t.http.get(url).set('Authorization', 'JWT not-a-token')
    expect(bad.headers['x-cache']).toBeUndefined()
  })

  it('readers who miss together get one answer from the read model, and Payload is not asked', async () => {
    const { jest } = await import('@jest/globals')
    const find = jest.spyOn(t.payload, 'find')
    try {
      t.publicCache.invalidate()
      const answers = await Promise.all(Array.from({ length: 8 }, () => t.http.get(`/api/dispatches/slug/${slug001}`)))
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200))
      expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1)
      // The story page is one lookup of the read model: no Payload find (nor its access rules) runs.
      const slugReads = find.mock.calls.filter(([args]) => JSON.stringify(args.where ?? {}).includes(slug001))
      expect(slugReads).toHaveLength(0)
    } finally {
      find.mockRestore()
    }
  })

  it('shares one cache entry between orderings of the same query', async () => {
    await t.http.get('/api/dispatches?depth=0&limit=7&sort=-publishedAt')
    const reordered = await t.http.get('/api/dispatches?sort=-publishedAt&limit=7&depth=0')
    expect(reordered.headers['x-cache']).toBe('HIT')
  })

  it('a correspondent’s new title and a re-credited picture reach readers at once; a quote cleared since the publish, at the next publish', async () => {
    const url = `/api/dispatches/slug/${liveSlug}`
    await t.http.get(url)
    expect((await t.http.get(url)).headers['x-cache']).toBe('HIT')

    await t.http.patch(`/api/correspondents/${ids.johnRay}`).set('Authorization', await jwt('editor')).send({ title: 'Africa Correspondent' })
    await eventually(async () => expect((await t.http.get(url)).body.byline[0].correspondent.title).toBe('Africa Correspondent'))

    const pictureId = (await t.http.get(url)).body.media[0].id
    await t.http.patch(`/api/media-assets/${pictureId}`).set('Authorization', await jwt('editor')).send({ creditLine: 'Reuters/Jane Doe' })
    await eventually(async () => expect((await t.http.get(url)).body.media[0].creditLine).toBe('Reuters/Jane Doe'))
    await eventually(async () => {
      const rss = await t.http.get('/feeds/rss.xml')
      expect(rss.text).toContain('Reuters/Jane Doe')
    })

    const review = await t.http.post(`/api/quotes/${ids.quotePending}/legal-review`).set('Authorization', await jwt('legal')).send(await reviewing(t.payload, 'quotes', ids.quotePending, { decision: 'approve', note: 'ok' }))
    expect(review.status).toBe(200)
    // Readers see the quotes as the story went out; the newly cleared one goes out with the next publish.
    expect((await t.http.get(url)).body.quotes.docs.map((q: { id: number }) => q.id)).not.toContain(ids.quotePending)
    const story = (await t.http.get(url)).body.id as number
    expect((await transition('editor', story, { to: 'in_review', note: 'Adds a cleared quote' })).status).toBe(200)
    // The correction note is printed words of a story legal has decided on: legal approves them.
    const approved = await t.http.post(`/api/dispatches/${story}/legal-review`).set('Authorization', await jwt('legal')).send(await reviewing(t.payload, 'dispatches', story, { decision: 'approve' }))
    expect(approved.status).toBe(200)
    for (const move of [{ to: 'approved' }, { to: 'published' }]) {
      expect((await transition('editor', story, move)).status).toBe(200)
    }
    await eventually(async () =>
      expect((await t.http.get(url)).body.quotes.docs.map((q: { id: number }) => q.id)).toContain(ids.quotePending),
    )
  })

  it('a publish appears and a withdrawal leaves the list, the story page and every feed at once', async () => {
    const reporter = ids.irvine
    const story = await createStoryFixture(t.payload, reporter, 'approved', { dateline: 'Raqqa, Syria' }, 'Delivery story')
    const slug = story.slug
    // Warm every public read.
    const reads = ['/api/dispatches?limit=25', `/api/dispatches/slug/${slug}`, '/feeds/rss.xml', '/feeds/feed.json', `/api/ninjs/dispatches/${slug}`]
    for (const url of reads) await t.http.get(url)
    expect((await t.http.get(`/api/dispatches/slug/${slug}`)).status).toBe(404)

    expect((await transition('editor', story.id, { to: 'published' })).status).toBe(200)
    await eventually(async () => {
      expect((await t.http.get(`/api/dispatches/slug/${slug}`)).status).toBe(200)
      expect((await t.http.get('/api/dispatches?limit=25')).body.docs.map((d: Dispatch) => d.id)).toContain(story.id)
      expect(rssItems((await t.http.get('/feeds/rss.xml')).text).map((i) => i.title)).toContain(story.headline)
      expect((await t.http.get('/feeds/feed.json')).body.items.map((i: { title: string }) => i.title)).toContain(story.headline)
      expect((await t.http.get(`/api/ninjs/dispatches/${slug}`)).status).toBe(200)
    })
    // Warm again, then withdraw.
    for (const url of reads) await t.http.get(url)
    expect((await transition('legal', story.id, { to: 'withdrawn', note: 'Court order' })).status).toBe(200)
    await eventually(async () => {
      expect((await t.http.get(`/api/dispatches/slug/${slug}`)).status).toBe(410)
      expect((await t.http.get(`/api/ninjs/dispatches/${slug}`)).status).toBe(410)
      expect((await t.http.get('/api/dispatches?limit=25')).body.docs.map((d: Dispatch) => d.id)).not.toContain(story.id)
      expect((await t.http.get('/feeds/rss.xml')).text).not.toContain(story.headline)
      expect((await t.http.get('/feeds/feed.json')).text).not.toContain(story.headline)
    })
  })
})

describe('feeds', () => {
  it('RSS 2.0 is well-formed, with enclosures, Media RSS pictures and credits, and escapes text', async () => {
    const res = await t.http.get('/feeds/rss.xml')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
    expect(res.headers.etag).toBeTruthy()
    expect(XMLValidator.validate(res.text)).toBe(true)
    const doc = rssParser.parse(res.text)
    expect(doc.rss['@_version']).toBe('2.0')
    expect(doc.rss['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/')
    const items = rssItems(res.text)
    const raqqa = items.find((item) => item.title === RAQQA_001)!
    expect(raqqa.link).toBe(`https://news.example/stories/${slug001}`)
    expect(raqqa['dc:creator']).toContain('John Irvine, Senior International Correspondent')
    expect(new Date(String(raqqa.pubDate)).getTime()).not.toBeNaN()
    const enclosure = raqqa.enclosure as Record<string, string>
    expect(enclosure['@_url']).toMatch(/^http:\/\/localhost:3000\/api\/media-assets\/file\//)
    expect(enclosure['@_type']).toBe('image/jpeg')
    expect(Number(enclosure['@_length'])).toBeGreaterThan(0)
    const pictures = raqqa['media:content'] as Array<Record<string, unknown>>
    expect(pictures).toHaveLength(3)
    for (const picture of pictures) {
      expect(picture['@_url']).toMatch(/^http/)
      expect((picture['media:credit'] as Record<string, string>)['#text']).toBeTruthy()
      expect(picture['media:description']).toBeTruthy()
    }
    expect(pictures.map((p) => (p['media:credit'] as Record<string, string>)['#text'])).toContain('ITV News/Sean Swan')
    // The ampersand and angle brackets in a headline arrive as text, not markup.
    expect(items.map((item) => item.title)).toContain('Live story with quotes & <markup>')
    expectNothingPrivate(res.text)
  })

  it('JSON Feed 1.1 lists the live stories with authors, attachments and credits', async () => {
    const res = await t.http.get('/feeds/feed.json')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8')
    const feed = res.body.version ? res.body : JSON.parse(res.text)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe('http://localhost:3000/feeds/feed.json')
    const item = feed.items.find((i: { title: string }) => i.title === RAQQA_001)
    expect(item.id).toBe(`https://news.example/stories/${slug001}`)
    expect(item.content_text.length).toBeGreaterThan(500)
    expect(item.authors.map((a: { name: string }) => a.name)).toContain('John Irvine')
    expect(item.attachments).toHaveLength(3)
    expect(item.attachments[0]).toMatchObject({ mime_type: 'image/jpeg' })
    expect(item._dateline.media.map((m: { creditLine: string }) => m.creditLine)).toContain('ITV News/Sean Swan')
    expectNothingPrivate(res.text)
  })

  it('ninjs 3.1 validates against the IPTC schema, with byline, located, renditions and credit lines', async () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/standards/ninjs-schema_3.1.json'), 'utf8'))
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats.default(ajv)
    // The schema refers to GeoJSON's for `geoJSON` places, which Dateline never sends.
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
    const validate = ajv.compile(schema)

    for (const slug of [slug001, liveSlug]) {
      const res = await t.http.get(`/api/ninjs/dispatches/${slug}`)
      expect(res.status).toBe(200)
      expect(validate(res.body)).toBe(true)
      expect(validate.errors ?? null).toBeNull()
      expectNothingPrivate(res.text)
    }
    const item = (await t.http.get(`/api/ninjs/dispatches/${slug001}`)).body
    expect(item.headlines).toEqual([{ role: 'main', value: RAQQA_001 }])
    expect(item.pubStatus).toBe('usable')
    expect(item.located).toBe('Raqqa, Syria')
    expect(item.by).toContain('John Irvine, Senior International Correspondent')
    expect(item.bodies[0]).toMatchObject({ role: 'main', contentType: 'text/plain' })
    expect(item.bodies[0].wordCount).toBeGreaterThan(100)
    expect(item.associations).toHaveLength(3)
    expect(item.associations.map((a: { by: string }) => a.by)).toContain('ITV News/Sean Swan')
    for (const picture of item.associations) {
      expect(picture.type).toBe('picture')
      expect(picture.renditions.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['original', 'thumbnail']))
    }
    // A story released from an embargo says so.
    const embargoed = await createStoryFixture(t.payload, ids.irvine, 'published', { embargoUntil: '2026-01-01T06:00:00.000Z' }, 'Embargoed')
    const released = (await t.http.get(`/api/ninjs/dispatches/${embargoed.slug}`)).body
    expect(validate(released)).toBe(true)
    expect(released.embargoedUntil).toBe('2026-01-01T06:00:00.000Z')

    expect((await t.http.get('/api/ninjs/dispatches/no-such-story')).status).toBe(404)
    // Invalid ninjs is caught by the validator (the check can fail).
    expect(validate({ ...item, pubStatus: 'live' })).toBe(false)
  })
})

describe('bad input on public lists', () => {
  it.each([
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1.5', 'limit'],
    ['page=-2', 'page'],
    ['page=abc', 'page'],
    ['page=0', 'page'],
    ['page=1&page=2', 'page'],
  ])('refuses ?%s with a 400 naming %s', async (query, name) => {
    for (const role of [null, 'editor'] as const) {
      const req = t.http.get(`/api/dispatches?${query}`)
      if (role) req.set('Authorization', await jwt(role))
      const res = await req
      expect(res.status).toBe(400)
      expect(res.body.errors[0].code).toBe('INVALID_PARAMETER')
      expect(res.body.errors[0].message).toContain(`"${name}"`)
    }
  })

  it.each(['quotes', 'correspondents', 'media-assets', 'workflow-events'])('checks page and limit on /api/%s too', async (collection) => {
    const bad = await t.http.get(`/api/${collection}?page=-1`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('"page"')
    expect((await t.http.get(`/api/${collection}?limit=abc`)).body.errors[0].message).toContain('"limit"')
    if (collection !== 'workflow-events') {
      expect((await t.http.get(`/api/${collection}?limit=1000`)).body.limit).toBe(25)
      expect((await t.http.get(`/api/${collection}?limit=1000`).set('Authorization', await jwt('editor'))).body.limit).toBe(1000)
    }
  })

  it('keeps public readers within the first PUBLIC_MAX_OFFSET results; staff may page deeper', async () => {
    const deep = await t.http.get('/api/dispatches?page=100000')
    expect(deep.status).toBe(400)
    expect(deep.body.errors[0].message).toMatch(/"page" 100000 starts past the first 10000 results/)
    expect((await t.http.get('/api/quotes?page=100000')).status).toBe(400)
    const staff = await t.http.get('/api/dispatches?page=100000').set('Authorization', await jwt('editor'))
    expect([staff.status, staff.body.docs]).toEqual([200, []])
  })

  it('clamps limit to PUBLIC_MAX_LIMIT for the public; limit=0 and pagination=false cannot read everything', async () => {
    for (const query of ['limit=1000', 'limit=0', 'pagination=false', 'limit=25']) {
      const res = await t.http.get(`/api/dispatches?${query}`)
      expect([query, res.status, res.body.limit]).toEqual([query, 200, 25])
    }
    expect((await t.http.get('/api/dispatches?limit=3')).body.limit).toBe(3)
    const staff = await t.http.get('/api/dispatches?limit=1000').set('Authorization', await jwt('editor'))
    expect(staff.body.limit).toBe(1000)
    // Asking for drafts does not lift the public limit.
    expect((await t.http.get('/api/dispatches?draft=true&limit=0')).body.limit).toBe(25)
  })
})

describe('CORS from CORS_ORIGINS', () => {
  it('answers a preflight from an allowed origin and not from another', async () => {
    const ok = await t.http.options('/api/dispatches').set('Origin', ALLOWED_ORIGIN).set('Access-Control-Request-Method', 'GET')
    expect(ok.status).toBe(204)
    expect(ok.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN)
    expect(ok.headers['access-control-allow-methods']).toContain('GET')
    const other = await t.http.options('/api/dispatches').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET')
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('marks public reads, cached or not, for allowed origins only', async () => {
    for (const url of [`/api/dispatches/slug/${slug001}`, '/feeds/feed.json', '/api/dispatches?limit=2']) {
      for (let i = 0; i < 2; i++) {
        const ok = await t.http.get(url).set('Origin', ALLOWED_ORIGIN)
        expect(ok.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN)
        expect(ok.headers.vary).toContain('Origin')
        const other = await t.http.get(url).set('Origin', 'https://evil.example')
        expect(other.status).toBe(200)
        expect(other.headers['access-control-allow-origin']).toBeUndefined()
      }
    }
  })
})

describe('GraphQL guardrails', () => {
  const gql = (query: string) => t.http.post('/api/graphql').set('Content-Type', 'application/json').send({ query })

  it('runs a query within the limits', async () => {
    const res = await gql('{ Dispatches(limit: 2) { docs { headline byline { correspondent { name } } } } }')
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.Dispatches.docs.length).toBe(2)
  })

  it.each([
    ['depth', '{ Dispatches { docs { byline { correspondent { photo { credit { creator { name } } } } } } } }', /maximum depth of 5/],
    ['aliases', '{ a: Dispatches { totalDocs } b: Dispatches { totalDocs } c: Dispatches { totalDocs } d: Dispatches { totalDocs } }', /maximum of 3 aliases/],
    ['introspection', '{ __schema { queryType { name } } }', /introspection is disabled/],
  ])('refuses a query over the %s limit with an error naming it, without running it', async (_name, query, message) => {
    // GraphQL over HTTP: 200 with errors for application/json, 400 for the GraphQL media type.
    const res = await gql(query)
    expect(res.status).toBe(200)
    expect(res.body.errors[0].message).toMatch(message)
    expect(res.body.data ?? null).toBeNull()
    const strict = await gql(query).set('Accept', 'application/graphql-response+json')
    expect(strict.status).toBe(400)
    expect(JSON.parse(strict.text).errors[0].message).toMatch(message)
  })

  it('keeps the playground outside production', async () => {
    expect((await t.http.get('/api/graphql-playground')).status).toBe(200)
  })

  it('refuses a query over the complexity limit', async () => {
    const fields = 'id headline standfirst dateline slug tags publishedAt firstPublishedAt updatedAt createdAt'
    const res = await gql(
      `{ Dispatches(limit: 100) { docs { ${fields} media { id caption creditLine alt url width height } byline { role correspondent { id name title bureau } } corrections { at text } quotes { docs { id text } } } } }`,
    )
    expect(res.body.errors?.[0]?.message).toMatch(/maximum complexity of 40/)
    expect(res.body.data ?? null).toBeNull()
  })
})
