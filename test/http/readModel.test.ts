/**
 * The public read model over HTTP: answers name their surrogate keys; a change drops only the
 * cached answers it touches (draft saves and private fields nothing); lists page by signed cursor
 * with a Link header and never count rows; correspondents have public pages; every public GET
 * carries an ETag and Cache-Control.
 */
import type { Dispatch } from '../../payload-types'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const transition = async (role: DemoRole, id: number, body: Record<string, unknown>) =>
  t.http.post(`/api/dispatches/${id}/transition`).set('Authorization', await jwt(role)).send(body)

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

let reporter = 0
let other = 0
let picture = 0
const TAG = `Model Tag ${Date.now()}`
const stories: Dispatch[] = []

/** Publishes a story through the workflow (approved → published), in order, so each is newer than the last. */
async function publishStory(label: string, extra: Partial<Dispatch> = {}, by = reporter): Promise<Dispatch> {
  const s = await createStoryFixture(t.payload, by, 'approved', extra, label)
  const res = await transition('editor', s.id, { to: 'published' })
  expect(res.status).toBe(200)
  return s
}

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_MAX_LIMIT: '25', PUBLIC_MAX_OFFSET: '30' })
  const person = async (name: string) => (await t.payload.find({ collection: 'correspondents', where: { name: { equals: name } } })).docs[0]
  reporter = (await person('John Irvine')).id
  other = (await person('John Ray')).id
  const live = (await t.payload.find({ collection: 'dispatches', where: { _status: { equals: 'published' } }, depth: 0, limit: 1 })).docs[0] as Dispatch
  picture = Number((live.media ?? [])[0])
  for (let i = 0; i < 7; i++) stories.push(await publishStory(`Cursor story ${i}`, { tags: [TAG] }))
})

afterAll(async () => {
  await t?.stop()
})

const keysOf = (res: { headers: Record<string, string> }): string[] => (res.headers['surrogate-key'] ?? '').split(' ').filter(Boolean)

describe('surrogate keys, ETag and Cache-Control on every public GET', () => {
  it('names the story, its people and pictures, and the lists, in Surrogate-Key and Cache-Tag', async () => {
    const withPicture = await publishStory('Keyed story', { media: [picture] })
    const page = await t.http.get(`/api/dispatches/slug/${withPicture.slug}`)
    expect(page.status).toBe(200)
    expect(keysOf(page)).toEqual(expect.arrayContaining([`story-${withPicture.id}`, `person-${reporter}`, `picture-${picture}`]))
    expect(page.headers['cache-tag']).toBe(keysOf(page).join(','))
    expect(keysOf(await t.http.get(`/api/ninjs/dispatches/${withPicture.slug}`))).toContain(`story-${withPicture.id}`)
    expect(keysOf(await t.http.get('/api/dispatches?limit=5'))).toEqual(['stories'])
    expect(keysOf(await t.http.get('/feeds/rss.xml'))).toEqual(['feed'])
    expect(keysOf(await t.http.get(`/api/dispatches/tag/${encodeURIComponent(TAG)}`))).toEqual([`tag-${encodeURIComponent(TAG.toLowerCase())}`])
    const byId = await t.http.get(`/api/dispatches/${withPicture.id}`)
    expect(byId.status).toBe(200)
    expect(keysOf(byId)).toContain(`story-${withPicture.id}`)
  })

  it.each(['/api/dispatches/ID', '/api/correspondents', '/api/correspondents/PERSON', '/api/media-assets', '/api/media-assets/PICTURE'])(
    'gives %s a strong ETag, public Cache-Control, and 304 on a match',
    async (template) => {
      const url = template.replace('ID', String(stories[0]!.id)).replace('PERSON', String(reporter)).replace('PICTURE', String(picture))
      const first = await t.http.get(url)
      expect(first.status).toBe(200)
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/)
      expect(keysOf(first).length).toBeGreaterThan(0)
      const again = await t.http.get(url).set('If-None-Match', first.headers.etag)
      expect(again.status).toBe(304)
      const staff = await t.http.get(url).set('Authorization', await jwt('editor'))
      expect(staff.headers['cache-control']).toBe('private, no-store')
    },
  )

  it('a story that is not live is not found by id for the public, and nothing is cached for it', async () => {
    const draft = await createStoryFixture(t.payload, reporter, 'draft')
    const res = await t.http.get(`/api/dispatches/${draft.id}`)
    expect(res.status).toBe(404)
    expect(res.headers.etag).toBeUndefined()
  })
})

describe('invalidation by key', () => {
  it('a correction drops that story and the lists, and leaves other stories cached', async () => {
    const [a, b] = [stories[1]!, stories[2]!]
    const pageA = `/api/dispatches/slug/${a.slug}`
    const pageB = `/api/dispatches/slug/${b.slug}`
    for (const url of [pageA, pageB, '/api/dispatches?limit=3']) await t.http.get(url)
    expect((await t.http.get(pageB)).headers['x-cache']).toBe('HIT')

    await transition('editor', a.id, { to: 'in_review', note: 'Fixing the headline' })
    await t.http.patch(`/api/dispatches/${a.id}?draft=true`).set('Authorization', await jwt('editor')).send({ headline: `${a.headline} (corrected)` })
    await transition('editor', a.id, { to: 'approved' })
    await transition('editor', a.id, { to: 'published' })

    await eventually(async () => expect((await t.http.get(pageA)).body.headline).toBe(`${a.headline} (corrected)`))
    expect((await t.http.get(pageB)).headers['x-cache']).toBe('HIT')
  })

  it('draft saves of a live story and private field edits invalidate nothing', async () => {
    const s = stories[3]!
    const url = `/api/dispatches/slug/${s.slug}`
    const list = '/api/dispatches?limit=4'
    await t.http.get(url)
    await t.http.get(list)
    const before = t.publicCache.generation
    const saved = await t.http.patch(`/api/dispatches/${s.id}?draft=true`).set('Authorization', await jwt('editor')).send({ headline: 'A rewrite nobody has approved' })
    expect(saved.status).toBe(200)
    const email = await t.http.patch(`/api/correspondents/${reporter}`).set('Authorization', await jwt('editor')).send({ email: `desk-${Date.now()}@example.com` })
    expect(email.status).toBe(200)
    const hit = await t.http.get(url)
    expect(hit.headers['x-cache']).toBe('HIT')
    expect(hit.body.headline).toBe(s.headline)
    expect((await t.http.get(list)).headers['x-cache']).toBe('HIT')
    expect(t.publicCache.generation).toBe(before)
  })

  it('a correspondent’s public change drops the stories that show them, not the others', async () => {
    const theirs = `/api/dispatches/slug/${stories[4]!.slug}`
    const notTheirs = await publishStory('Someone else’s story', {}, other)
    const othersPage = `/api/dispatches/slug/${notTheirs.slug}`
    await t.http.get(theirs)
    await t.http.get(othersPage)
    await t.http.patch(`/api/correspondents/${reporter}`).set('Authorization', await jwt('editor')).send({ title: `Chief Correspondent ${Date.now()}` })
    await eventually(async () => expect((await t.http.get(theirs)).headers['x-cache']).toBe('MISS'))
    expect((await t.http.get(othersPage)).headers['x-cache']).toBe('HIT')
  })
})

describe('lists by cursor', () => {
  it('pages the story list newest first by nextCursor with a Link header, without counting rows', async () => {
    const seen: number[] = []
    let url = '/api/dispatches?limit=3'
    for (let pages = 0; pages < 20; pages++) {
      const res = await t.http.get(url)
      expect(res.status).toBe(200)
      expect(res.body.totalDocs).toBeUndefined()
      expect(res.body.totalPages).toBeUndefined()
      seen.push(...res.body.docs.map((d: { id: number }) => d.id))
      if (!res.body.nextCursor) {
        expect(res.headers.link).toBeUndefined()
        expect(res.body.hasNextPage).toBe(false)
        break
      }
      expect(res.headers.link).toBe(`<http://localhost:3000/api/dispatches?limit=3&before=${encodeURIComponent(res.body.nextCursor)}>; rel="next"`)
      url = `/api/dispatches?limit=3&before=${encodeURIComponent(res.body.nextCursor)}`
    }
    const live = await t.payload.find({ collection: 'dispatches', where: { _status: { equals: 'published' } }, sort: '-publishedAt', pagination: false, depth: 0 })
    expect(seen).toEqual(live.docs.map((d) => d.id))
  })

  it('answers the reader site’s query (depth=1, sort=-publishedAt) from the model too', async () => {
    const res = await t.http.get('/api/dispatches?depth=1&limit=2&sort=-publishedAt')
    expect(res.body.nextCursor).toEqual(expect.any(String))
    expect(res.body.totalDocs).toBeUndefined()
    const next = await t.http.get(`/api/dispatches?depth=1&limit=2&sort=-publishedAt&before=${encodeURIComponent(res.body.nextCursor)}`)
    expect(next.body.docs[0].id).not.toBe(res.body.docs[1].id)
    // Queries the model cannot answer still go to Payload, counted and all.
    expect((await t.http.get('/api/dispatches?depth=0&limit=2')).body.totalDocs).toEqual(expect.any(Number))
  })

  it('keeps page numbers working up to PUBLIC_MAX_OFFSET', async () => {
    const page2 = await t.http.get('/api/dispatches?limit=3&page=2')
    expect(page2.body.page).toBe(2)
    expect(page2.body.prevPage).toBe(1)
    const first = await t.http.get('/api/dispatches?limit=6')
    expect(page2.body.docs.map((d: { id: number }) => d.id)).toEqual(first.body.docs.slice(3).map((d: { id: number }) => d.id))
    expect((await t.http.get('/api/dispatches?limit=10&page=4')).status).toBe(400)
  })

  it.each([
    ['garbage', 'before=garbage'],
    ['a forged signature', 'before=WyIyMDk5LTAxLTAxVDAwOjAwOjAwLjAwMFoiLDFd.AAAAAAAAAAAAAAAAAAAAAA'],
    ['an empty value', 'before='],
    ['both page and before', 'page=2&before=x'],
    ['an unknown parameter on a model list', 'limit=3&tag=x'],
  ])('refuses %s with a 400 naming the parameter', async (_what, query) => {
    const url = query.includes('tag=') ? `/api/dispatches/tag/${encodeURIComponent(TAG)}?${query}` : `/api/dispatches?${query}`
    const res = await t.http.get(url)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('INVALID_PARAMETER')
    expect(res.body.errors[0].message).toMatch(/"(before|tag)"/)
  })

  it('a cursor naming a story that was withdrawn since still pages on, with no gap', async () => {
    const first = await t.http.get(`/api/dispatches/tag/${encodeURIComponent(TAG)}?limit=2`)
    const all = await t.http.get(`/api/dispatches/tag/${encodeURIComponent(TAG)}?limit=25`)
    const cursorStory = first.body.docs[1].id as number
    expect((await transition('legal', cursorStory, { to: 'withdrawn', note: 'Court order' })).status).toBe(200)
    const next = await t.http.get(`/api/dispatches/tag/${encodeURIComponent(TAG)}?limit=2&before=${encodeURIComponent(first.body.nextCursor)}`)
    expect(next.status).toBe(200)
    const ids = all.body.docs.map((d: { id: number }) => d.id)
    expect(next.body.docs.map((d: { id: number }) => d.id)).toEqual(ids.slice(2, 4))
  })
})

describe('correspondent pages', () => {
  it('GET /api/correspondents/slug/:slug gives public fields and their latest live stories, by cursor', async () => {
    const profile = await t.payload.findByID({ collection: 'correspondents', id: reporter })
    const res = await t.http.get(`/api/correspondents/slug/${profile.slug}?limit=2`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: reporter, name: 'John Irvine', slug: profile.slug })
    expect(res.body.email).toBeUndefined()
    expect(res.body.phone).toBeUndefined()
    expect(res.body.emergencyContact).toBeUndefined()
    expect(res.body.user).toBeUndefined()
    expect(res.body.stories).toHaveLength(2)
    expect(res.body.stories[0]).toHaveProperty('headline')
    expect(res.body.stories[0].byline.map((b: { correspondent: { id: number } }) => b.correspondent.id)).toContain(reporter)
    expect(keysOf(res)).toEqual(expect.arrayContaining([`person-${reporter}`, `byline-${reporter}`]))
    const next = await t.http.get(`/api/correspondents/slug/${profile.slug}?limit=2&before=${encodeURIComponent(res.body.nextCursor)}`)
    expect(next.status).toBe(200)
    expect(next.body.stories[0].id).not.toBe(res.body.stories[0].id)
    expect(next.body.stories[0].id).not.toBe(res.body.stories[1].id)
    expect((await t.http.get('/api/correspondents/slug/nobody-by-that-name')).status).toBe(404)
  })

  it('a new story in their byline reaches their page', async () => {
    const profile = await t.payload.findByID({ collection: 'correspondents', id: other })
    const url = `/api/correspondents/slug/${profile.slug}`
    await t.http.get(url)
    const s = await publishStory('Fresh from the field', {}, other)
    await eventually(async () => expect((await t.http.get(url)).body.stories[0].id).toBe(s.id))
  })
})
