/**
 * What a front end (anonymous, or the `frontend` user by API key or JWT) can read over REST and
 * GraphQL. Every path that could leak a draft, a note, a private field or an unapproved quote is
 * tried: lists, by-id, `draft=true`, `depth`, joins, `where`/`sort` on hidden fields, versions,
 * file URLs.
 */
import type { Test } from 'supertest'

import { addQuotesInEveryLegalState } from '../helpers/storyFixture'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const FRONTEND_KEY = 'frontend-test-api-key-0123456789abcdef'
const RAQQA_001 = 'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days'
const RAQQA_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'
const REWRITE = 'UNPUBLISHED REWRITE: not for readers'

const ids = {
  story001: 0,
  story000: 0,
  live: 0,
  quotePublic: 0,
  quoteApproved: 0,
  quotePending: 0,
  johnRay: 0,
}
const files = { publicName: '', privateName: '', privateThumb: '' }

type Reader = 'anonymous' | 'frontend (API key)' | 'frontend (JWT)'
const READERS: Reader[] = ['anonymous', 'frontend (API key)', 'frontend (JWT)']

/** Adds the reader's credentials to a request. */
async function as(reader: Reader, request: Test): Promise<Test> {
  if (reader === 'frontend (API key)') return request.set('Authorization', `users API-Key ${FRONTEND_KEY}`)
  if (reader === 'frontend (JWT)') return request.set('Authorization', `JWT ${await t.token('frontend')}`)
  return request
}

const get = async (reader: Reader, url: string) => as(reader, t.http.get(url))
const graphql = async (reader: Reader, query: string) =>
  as(reader, t.http.post('/api/graphql').set('Content-Type', 'application/json').send({ query }))

/** Fields no public reader may ever receive, per collection. */
const HIDDEN = {
  dispatches: ['editorialNotes', 'workflowStatus', 'legalHold', 'createdBy'],
  correspondents: ['email', 'phone', 'emergencyContact', 'user'],
  quotes: ['identityNotes', 'legal', 'sensitivityReasons', 'createdBy'],
  'media-assets': ['createdBy'],
} as const

/** GraphQL answers a hidden field with null (a hidden group with an object of nulls). */
function expectNullish(value: unknown): void {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) expectNullish(inner)
    return
  }
  expect(value ?? null).toBeNull()
}

function expectNoHidden(collection: keyof typeof HIDDEN, doc: Record<string, unknown>): void {
  for (const field of HIDDEN[collection]) expect({ [field]: doc[field] }).toEqual({ [field]: undefined })
}

/** A 4xx whose message names the field, not a 200 with filtered docs (a probe oracle). */
function expectRefusedNaming(res: { status: number; body: unknown; text: string }, field: string): void {
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect(res.text).toContain(field)
}

beforeAll(async () => {
  t = await startTestApp()
  const { payload } = t
  const byHeadline = async (headline: string) =>
    (await payload.find({ collection: 'dispatches', where: { headline: { equals: headline } }, draft: true })).docs[0]
  const s001 = await byHeadline(RAQQA_001)
  const s000 = await byHeadline(RAQQA_000)
  ids.story001 = s001.id
  ids.story000 = s000.id
  const ray = await payload.find({ collection: 'correspondents', where: { name: { equals: 'John Ray' } } })
  ids.johnRay = ray.docs[0].id

  const frontend = await t.user('frontend')
  await payload.update({ collection: 'users', id: frontend.id, data: { enableAPIKey: true, apiKey: FRONTEND_KEY } })

  // A newer, unpublished working copy of the live story 001, with a note.
  await payload.update({
    collection: 'dispatches',
    id: ids.story001,
    draft: true,
    data: { headline: REWRITE, editorialNotes: 'Legal: rewrite pending' },
  })

  // A live story with John Ray in the byline and quotes in every legal state.
  const live = await payload.create({
    collection: 'dispatches',
    data: {
      headline: 'Live story with quotes',
      slug: 'live-story-with-quotes',
      byline: [{ correspondent: ids.johnRay, role: 'reporter' }],
      media: [(s001.media ?? []).map((m) => (typeof m === 'object' ? m.id : m))[0]],
      workflowStatus: 'published',
      editorialNotes: 'Legal cleared the approved line only.',
      _status: 'published',
      publishedAt: new Date().toISOString(),
    },
    context: { workflowService: true },
  })
  ids.live = live.id
  Object.assign(ids, await addQuotesInEveryLegalState(payload, live.id))

  const media = await payload.find({ collection: 'media-assets', limit: 100, sort: 'id' })
  const publicAsset = media.docs.find((doc) => doc.isPublic)!
  const privateAsset = media.docs.find((doc) => !doc.isPublic && doc.filename)!
  files.publicName = publicAsset.filename!
  files.privateName = privateAsset.filename!
  files.privateThumb = privateAsset.sizes?.thumbnail?.filename ?? ''
})

afterAll(async () => {
  await t?.stop()
})

describe.each(READERS)('REST as %s', (reader) => {
  it('lists only the live copy of published dispatches, without internal fields', async () => {
    for (const url of ['/api/dispatches', '/api/dispatches?draft=true', '/api/dispatches?draft=true&depth=0&limit=100']) {
      const res = await get(reader, url)
      expect(res.status).toBe(200)
      const docs = res.body.docs as Array<Record<string, unknown>>
      expect(docs.map((doc) => doc.id).sort()).toEqual([ids.story001, ids.live].sort())
      expect(docs.map((doc) => doc.headline)).toContain(RAQQA_001)
      expect(docs.map((doc) => doc.headline)).not.toContain(REWRITE)
      for (const doc of docs) expectNoHidden('dispatches', doc)
    }
  })

  it('reads a published story by id (live copy even with draft=true) and not an unpublished one', async () => {
    for (const suffix of ['', '?draft=true']) {
      const live = await get(reader, `/api/dispatches/${ids.story001}${suffix}`)
      expect(live.status).toBe(200)
      expect(live.body.headline).toBe(RAQQA_001)
      expectNoHidden('dispatches', live.body)
      const hidden = await get(reader, `/api/dispatches/${ids.story000}${suffix}`)
      expect(hidden.status).toBe(404)
      expect(hidden.text).not.toContain('Doomed')
    }
  })

  it('populates media, byline and quotes at depth=2 with public data only', async () => {
    const res = await get(reader, `/api/dispatches/${ids.live}?depth=2`)
    expect(res.status).toBe(200)
    const story = res.body
    expectNoHidden('dispatches', story)
    expect(story.media).toHaveLength(1)
    expect(story.media[0]).toMatchObject({ isPublic: true, creditLine: 'ITV News/Sean Swan' })
    expectNoHidden('media-assets', story.media[0])
    const ray = story.byline[0].correspondent
    expect(ray).toMatchObject({ name: 'John Ray', title: 'Correspondent' })
    expectNoHidden('correspondents', ray)
    const quotes = story.quotes.docs as Array<Record<string, unknown>>
    expect(quotes.map((q) => q.id).sort()).toEqual([ids.quotePublic, ids.quoteApproved].sort())
    for (const quote of quotes) expectNoHidden('quotes', quote)
    expect(res.text).not.toContain('W-1')
    expect(res.text).not.toContain('dateline.local')
  })

  it('does not reveal hidden fields through select', async () => {
    const res = await get(reader, `/api/dispatches/${ids.live}?select[editorialNotes]=true&select[headline]=true`)
    expect(res.status).toBe(200)
    expect(res.body.headline).toBe('Live story with quotes')
    expectNoHidden('dispatches', res.body)
  })

  it('lists only public quotes (non-sensitive or approved) of published stories', async () => {
    const res = await get(reader, '/api/quotes?limit=100&depth=1')
    expect(res.status).toBe(200)
    const docs = res.body.docs as Array<Record<string, unknown>>
    expect(docs.map((q) => q.id).sort()).toEqual([ids.quotePublic, ids.quoteApproved].sort())
    for (const doc of docs) {
      expectNoHidden('quotes', doc)
      expectNoHidden('dispatches', doc.dispatch as Record<string, unknown>)
    }
    expect((await get(reader, `/api/quotes/${ids.quotePending}`)).status).toBe(404)
  })

  it('lists every correspondent with public fields only', async () => {
    const res = await get(reader, '/api/correspondents?limit=100')
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(5)
    for (const doc of res.body.docs) expectNoHidden('correspondents', doc)
    expect(res.text).not.toContain('@dateline.local')
  })

  it('lists only media assets a published story uses', async () => {
    const res = await get(reader, '/api/media-assets?limit=100')
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(3)
    for (const doc of res.body.docs) {
      expect(doc.isPublic).toBe(true)
      expectNoHidden('media-assets', doc)
    }
  })

  it.each([
    ['/api/correspondents', 'where[email][equals]=john-ray@dateline.local', 'email'],
    ['/api/correspondents', 'where[phone][exists]=true', 'phone'],
    ['/api/correspondents', 'where[user][exists]=true', 'user'],
    ['/api/quotes', 'where[identityNotes][exists]=true', 'identityNotes'],
    ['/api/quotes', 'where[legal.status][equals]=pending', 'legal.status'],
    ['/api/quotes', 'where[sensitivityReasons][in]=allegation', 'sensitivityReasons'],
    ['/api/quotes', 'where[dispatch.editorialNotes][like]=Legal', 'editorialNotes'],
    ['/api/dispatches', 'where[editorialNotes][like]=Legal', 'editorialNotes'],
    ['/api/dispatches', 'where[workflowStatus][equals]=in_review', 'workflowStatus'],
    ['/api/dispatches', 'where[legalHold.active][equals]=false', 'legalHold.active'],
    ['/api/dispatches', 'where[createdBy][exists]=true', 'createdBy'],
    ['/api/dispatches', 'where[byline.correspondent.email][like]=dateline', 'email'],
    ['/api/dispatches', 'where[quotes.identityNotes][exists]=true', 'identityNotes'],
    ['/api/dispatches/count', 'where[editorialNotes][like]=Legal', 'editorialNotes'],
    ['/api/dispatches', 'sort=-editorialNotes', 'editorialNotes'],
    ['/api/correspondents', 'sort=email', 'email'],
    ['/api/dispatches', 'joins[quotes][where][identityNotes][exists]=true', 'identityNotes'],
    ['/api/media-assets', 'where[createdBy][equals]=1', 'createdBy'],
  ])('refuses %s?%s with a 4xx naming the field', async (path, query, field) => {
    expectRefusedNaming(await get(reader, `${path}?${query}`), field)
  })

  it('cannot read version history', async () => {
    const list = await get(reader, '/api/dispatches/versions')
    expect([401, 403]).toContain(list.status)
    expect(list.text).not.toContain('REWRITE')
    const versions = await t.payload.findVersions({ collection: 'dispatches', where: { parent: { equals: ids.story000 } } })
    const one = await get(reader, `/api/dispatches/versions/${versions.docs[0].id}`)
    expect([401, 403, 404]).toContain(one.status)
    expect(one.text).not.toContain('Doomed')
  })

  it('downloads pictures of published stories only', async () => {
    const ok = await get(reader, `/api/media-assets/file/${files.publicName}`)
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toBe('image/jpeg')
    for (const name of [files.privateName, files.privateThumb]) {
      const refused = await get(reader, `/api/media-assets/file/${name}`)
      expect([403, 404]).toContain(refused.status)
      expect(refused.headers['content-type']).not.toBe('image/jpeg')
    }
  })

  it('sees no other user accounts', async () => {
    const res = await get(reader, '/api/users')
    if (reader === 'anonymous') {
      expect(res.status).toBe(403)
    } else {
      expect(res.status).toBe(200)
      expect(res.body.docs.map((u: { email: string }) => u.email)).toEqual(['frontend@dateline.local'])
      expect(res.text).not.toContain(FRONTEND_KEY)
    }
  })
})

describe.each(READERS)('GraphQL as %s', (reader) => {
  it('lists only published dispatches, live copy, with hidden fields null', async () => {
    for (const args of ['', '(draft: true)']) {
      const res = await graphql(
        reader,
        `{ Dispatches${args} { docs { id headline editorialNotes workflowStatus legalHold { active reason } } } }`,
      )
      expect(res.status).toBe(200)
      const docs = res.body.data.Dispatches.docs as Array<Record<string, unknown>>
      expect(docs.map((d) => d.id).sort()).toEqual([ids.story001, ids.live].sort())
      expect(docs.map((d) => d.headline)).not.toContain(REWRITE)
      for (const doc of docs) {
        expectNullish(doc.editorialNotes)
        expectNullish(doc.workflowStatus)
        expectNullish(doc.legalHold)
      }
    }
  })

  it('does not return an unpublished dispatch by id', async () => {
    const res = await graphql(reader, `{ Dispatch(id: ${ids.story000}, draft: true) { id headline } }`)
    expect(res.body.data?.Dispatch ?? null).toBeNull()
    expect(res.body.errors?.[0]?.message).toBeTruthy()
    expect(res.text).not.toContain('Doomed')
  })

  it('populates joins, byline and media with public data only', async () => {
    const res = await graphql(
      reader,
      `{ Dispatch(id: ${ids.live}) {
          headline
          byline { correspondent { name email phone emergencyContact } }
          media { id isPublic creditLine }
          quotes { docs { id text identityNotes sensitivityReasons legal { status note } } }
        } }`,
    )
    expect(res.status).toBe(200)
    const story = res.body.data.Dispatch
    expect(story.byline[0].correspondent).toEqual({ name: 'John Ray', email: null, phone: null, emergencyContact: null })
    expect(story.media).toEqual([expect.objectContaining({ isPublic: true, creditLine: 'ITV News/Sean Swan' })])
    const quotes = story.quotes.docs as Array<Record<string, unknown>>
    expect(quotes.map((q) => q.id).sort()).toEqual([ids.quotePublic, ids.quoteApproved].sort())
    for (const quote of quotes) {
      expectNullish(quote.identityNotes)
      expectNullish(quote.sensitivityReasons)
      expectNullish(quote.legal)
    }
  })

  it('lists public quotes only, without identity notes', async () => {
    const res = await graphql(reader, '{ Quotes(limit: 100) { docs { id text identityNotes } } }')
    const docs = res.body.data.Quotes.docs as Array<Record<string, unknown>>
    expect(docs.map((q) => q.id).sort()).toEqual([ids.quotePublic, ids.quoteApproved].sort())
    expect(docs.every((q) => q.identityNotes === null)).toBe(true)
  })

  it('lists correspondents without private fields', async () => {
    const res = await graphql(reader, '{ Correspondents(limit: 100) { docs { name email phone } } }')
    const docs = res.body.data.Correspondents.docs as Array<Record<string, unknown>>
    expect(docs).toHaveLength(5)
    expect(docs.every((c) => c.email === null && c.phone === null)).toBe(true)
  })

  it.each([
    ['Correspondents(where: { email: { equals: "john-ray@dateline.local" } }) { docs { name } }', 'email'],
    ['Quotes(where: { identityNotes: { exists: true } }) { docs { id } }', 'identityNotes'],
    ['Dispatches(where: { editorialNotes: { like: "Legal" } }) { docs { id } }', 'editorialNotes'],
    ['Dispatches(sort: "editorialNotes") { docs { id } }', 'editorialNotes'],
  ])('refuses %s with an error naming %s', async (query, field) => {
    const res = await graphql(reader, `{ ${query} }`)
    expect(res.body.errors?.[0]?.message).toContain(field)
    const data = res.body.data ? (Object.values(res.body.data)[0] as { docs?: unknown[] } | null) : null
    expect(data?.docs ?? []).toHaveLength(0)
  })

  it('cannot read dispatch versions or users', async () => {
    const versions = await graphql(reader, '{ versionsDispatches { docs { id version { headline editorialNotes } } } }')
    expect(versions.body.errors?.[0]?.message).toMatch(/not allowed|forbidden/i)
    expect(versions.text).not.toContain('REWRITE')
    expect(versions.text).not.toContain('Doomed')
    const media = await graphql(reader, '{ MediaAssets(limit: 100) { docs { id isPublic } } }')
    expect(media.body.data.MediaAssets.docs).toHaveLength(3)
  })
})

describe('staff through the same API', () => {
  it('the correspondent reads their own story in review and its legal state over REST', async () => {
    const token = await t.token('correspondent')
    const res = await t.http
      .get(`/api/dispatches/${ids.story000}?depth=1`)
      .set('Authorization', `JWT ${token}`)
    expect(res.status).toBe(200)
    expect(res.body.headline).toBe(RAQQA_000)
    expect(res.body.workflowStatus).toBe('in_review')
    const quotes = res.body.quotes.docs as Array<Record<string, unknown>>
    expect(quotes).toHaveLength(8)
    expect(quotes.every((q) => q.identityNotes === undefined)).toBe(true)
  })

  it('legal reads identity notes and filters on them', async () => {
    const token = await t.token('legal')
    const res = await t.http
      .get('/api/quotes?where[identityNotes][exists]=true&limit=100')
      .set('Authorization', `JWT ${token}`)
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThanOrEqual(7)
    expect(res.body.docs.every((q: { identityNotes?: string }) => typeof q.identityNotes === 'string')).toBe(true)
  })

  it('the desk reads version history', async () => {
    const token = await t.token('editor')
    const res = await t.http.get('/api/dispatches/versions?limit=100').set('Authorization', `JWT ${token}`)
    expect(res.status).toBe(200)
    expect(res.text).toContain(REWRITE)
  })
})
