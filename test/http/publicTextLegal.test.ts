/**
 * Pictures and correspondents are records of their own, shown by live stories and edited
 * outside any story's versions: an edit of what readers see of them reaches readers at once.
 * Quoted speech or a passage for legal typed there is refused (409 LEGAL_REVIEW_REQUIRED) on every
 * door, by role, with every public read unchanged; legal (an admin) may type it, on the record;
 * an ordinary fix goes through and reaches readers.
 */
import sharp from 'sharp'

import type { Correspondent, Dispatch, MediaAsset } from '../../payload-types'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0
let reporterSlug = ''

async function as(role: DemoRole | null, method: 'get' | 'post' | 'patch' | 'delete', url: string, payload?: unknown) {
  const req = t.http[method](url)
  if (role) req.set('Authorization', `JWT ${await t.token(role)}`)
  return payload === undefined ? req : req.send(payload as object)
}
const gql = (role: DemoRole | null, query: string) => as(role, 'post', '/api/graphql', { query })
const codeOf = (res: { body: { errors?: Array<{ code?: string; data?: { code?: string } }> } }) => res.body.errors?.[0]?.code ?? res.body.errors?.[0]?.data?.code

async function eventually(check: () => Promise<void>, ms = 2000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
}

const jpeg = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 90, g: 120, b: 60 } } }).jpeg().toBuffer()

/** Uploads a picture as the role (multipart, as the admin does). */
async function upload(role: DemoRole, meta: Record<string, unknown> = {}): Promise<MediaAsset> {
  const res = await t.http
    .post('/api/media-assets')
    .set('Authorization', `JWT ${await t.token(role)}`)
    .field('_payload', JSON.stringify({ creditLine: 'Reuters', alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.', ...meta }))
    .attach('file', await jpeg(), { filename: `funeral-${Date.now()}.jpg`, contentType: 'image/jpeg' })
  expect(res.status).toBe(201)
  return res.body.doc as MediaAsset
}

/** Publishes a story through the workflow showing the picture; returns it. */
async function liveStoryWith(asset: number): Promise<Dispatch> {
  const story = await createStoryFixture(t.payload, reporterId, 'approved', { media: [asset] }, 'Captions story')
  const res = await as('editor', 'post', `/api/dispatches/${story.id}/transition`, { to: 'published' })
  expect(res.status).toBe(200)
  return story
}

/** Every public read of the picture and its story, as bytes. */
async function publicReads(asset: number, story: Dispatch): Promise<Record<string, string>> {
  const urls = [`/api/media-assets/${asset}`, `/api/dispatches/slug/${story.slug}`, `/api/ninjs/dispatches/${story.slug}`, '/feeds/rss.xml', `/stories/${story.slug}`]
  const out: Record<string, string> = {}
  for (const url of urls) {
    const res = await t.http.get(url)
    expect(res.status).toBe(200)
    out[url] = res.text
  }
  const graphql = await gql(null, `{ MediaAsset(id: ${asset}) { caption alt creditLine } }`)
  out.graphql = JSON.stringify(graphql.body)
  return out
}

const stored = async (id: number) => t.payload.findByID({ collection: 'media-assets', id, depth: 0 })

let shared: { asset: MediaAsset; story: Dispatch }

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
  const reporter = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!
  reporterId = reporter.id
  reporterSlug = reporter.slug!
  const asset = await upload('editor')
  shared = { asset, story: await liveStoryWith(asset.id) }
})
afterAll(async () => {
  await t?.stop()
})

const KILLINGS = 'ordered the killings'

describe('a picture a live story shows: words for legal in what readers see are refused', () => {
  it.each([
    ['straight quotes', `Ahmed Khalil, who police say "${KILLINGS}", at the funeral.`],
    ['curly quotes', `Ahmed Khalil, who police say \u201C${KILLINGS}\u201D, at the funeral.`],
    ['guillemets', `Ahmed Khalil, who police say \u00AB${KILLINGS}\u00BB, at the funeral.`],
    ['straight single quotes, as typed', `Ahmed Khalil, who police say 'is a war criminal', at the funeral.`],
    ['single curly quotes', `Ahmed Khalil at the funeral. \u2018He ${KILLINGS},\u2019 a mourner said.`],
  ])('REST PATCH by the editor, %s: 409 naming field, words and story; nothing changes for readers', async (_label, caption) => {
    const { asset, story } = shared
    const before = await publicReads(asset.id, story)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption })
    expect(res.status).toBe(409)
    expect(codeOf(res)).toBe('LEGAL_REVIEW_REQUIRED')
    const message: string = res.body.errors[0].message
    expect(message).toContain('caption')
    expect(message).toMatch(new RegExp(`${KILLINGS}|is a war criminal`))
    expect(message).toContain(String(story.id))
    expect(message).toContain(story.headline)
    expect(message).toMatch(/correction of the story through the desk/)
    expect(message).toMatch(/have legal clear it/)
    expect(res.body.errors[0]).toMatchObject({ subject: { collection: 'media-assets', id: asset.id }, stories: [{ id: story.id }] })
    expect((await stored(asset.id)).caption).toBe(asset.caption)
    expect(await publicReads(asset.id, story)).toEqual(before)
  })

  it('a passage for legal without quote marks, in the caption: refused', async () => {
    const res = await as('editor', 'patch', `/api/media-assets/${shared.asset.id}`, { caption: `Ahmed Khalil, who police say ${KILLINGS}, at the funeral.` })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/passage for legal/)
    expect(res.body.errors[0].findings).toEqual([expect.objectContaining({ field: 'caption', kind: 'legal_passage' })])
  })

  it.each([
    ['alt', { alt: 'A man who "ordered the killings" at the graveside' }],
    ['creditLine', { creditLine: 'Reuters/"The Butcher of Raqqa"' }],
    ['rights.usageTerms', { rights: { usageTerms: 'Web only. "He ordered it," the agency says.' } }],
  ])('the %s readers see too: refused', async (field, data) => {
    const res = await as('editor', 'patch', `/api/media-assets/${shared.asset.id}`, data)
    expect(res.status).toBe(409)
    expect(res.body.errors[0].findings[0].field).toBe(field)
    const after = await stored(shared.asset.id)
    expect({ alt: after.alt, creditLine: after.creditLine, usageTerms: after.rights?.usageTerms }).toEqual({ alt: shared.asset.alt, creditLine: shared.asset.creditLine, usageTerms: shared.asset.rights?.usageTerms })
  })

  it('GraphQL updateMediaAsset: refused', async () => {
    const res = await gql('editor', `mutation { updateMediaAsset(id: ${shared.asset.id}, data: { caption: "He said: \\"${KILLINGS}\\"" }) { id caption } }`)
    expect(JSON.stringify(res.body.errors)).toMatch(/LEGAL_REVIEW_REQUIRED/)
    expect(res.body.errors[0].extensions?.statusCode ?? res.body.errors[0].extensions?.status).toBe(409)
    expect((await stored(shared.asset.id)).caption).toBe(shared.asset.caption)
  })

  it('bulk PATCH /api/media-assets?where: refused, nothing changed', async () => {
    const res = await as('editor', 'patch', `/api/media-assets?where[id][equals]=${shared.asset.id}`, { caption: `"${KILLINGS}," police say.` })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.text).toContain(KILLINGS)
    expect((await stored(shared.asset.id)).caption).toBe(shared.asset.caption)
  })

  it('the Local API with a user, with and without access checks: refused', async () => {
    const user = await t.user('editor')
    for (const overrideAccess of [false, true]) {
      await expect(
        t.payload.update({ collection: 'media-assets', id: shared.asset.id, data: { caption: `"${KILLINGS}," police say.` }, overrideAccess, user, depth: 0 }),
      ).rejects.toMatchObject({ status: 409, code: 'LEGAL_REVIEW_REQUIRED' })
    }
    expect((await stored(shared.asset.id)).caption).toBe(shared.asset.caption)
  })

  it('the admin form-data path (multipart _payload on PATCH): refused', async () => {
    const res = await t.http
      .patch(`/api/media-assets/${shared.asset.id}`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .field('_payload', JSON.stringify({ caption: `"${KILLINGS}," police say.` }))
    expect(res.status).toBe(409)
    expect(codeOf(res)).toBe('LEGAL_REVIEW_REQUIRED')
    expect((await stored(shared.asset.id)).caption).toBe(shared.asset.caption)
  })

  it('a correspondent editing their own picture on a live story: refused', async () => {
    const own = await upload('correspondent')
    const story = await liveStoryWith(own.id)
    const res = await as('correspondent', 'patch', `/api/media-assets/${own.id}`, { caption: `"${KILLINGS}," a mourner said.` })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toContain(story.headline)
    expect((await stored(own.id)).caption).toBe(own.caption)
  })

  it('legal reads and decides, it does not edit pictures (403); an admin may type it, on the record of the story', async () => {
    expect((await as('legal', 'patch', `/api/media-assets/${shared.asset.id}`, { caption: `"${KILLINGS}," police say.` })).status).toBe(403)
    const asset = await upload('editor')
    const story = await liveStoryWith(asset.id)
    const caption = `Ahmed Khalil, who police say "${KILLINGS}", at the funeral.`
    const res = await as('admin', 'patch', `/api/media-assets/${asset.id}`, { caption })
    expect(res.status).toBe(200)
    const events = await t.payload.find({ collection: 'workflow-events', where: { and: [{ dispatch: { equals: story.id } }, { kind: { equals: 'legal_decision' } }] }, depth: 0 })
    expect(events.docs).toEqual([expect.objectContaining({ note: expect.stringContaining(KILLINGS), actor: (await t.user('admin')).id })])
    await eventually(async () => expect((await t.http.get(`/api/dispatches/slug/${story.slug}`)).body.media[0].caption).toBe(caption))
  })
})

describe('what goes through', () => {
  it('a spelling fix and a new credit reach readers of the live story at once (issue 11)', async () => {
    const asset = await upload('editor', { caption: 'Mourners at teh funeral in Raqqa.' })
    const story = await liveStoryWith(asset.id)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: 'Mourners at the funeral in Raqqa.', creditLine: 'AP/Hussein Malla' })
    expect(res.status).toBe(200)
    expect((await t.http.get(`/api/media-assets/${asset.id}`)).body).toMatchObject({ caption: 'Mourners at the funeral in Raqqa.', creditLine: 'AP/Hussein Malla' })
    await eventually(async () => {
      const page = (await t.http.get(`/api/dispatches/slug/${story.slug}`)).body
      expect(page.media[0]).toMatchObject({ caption: 'Mourners at the funeral in Raqqa.', creditLine: 'AP/Hussein Malla' })
    })
  })

  it('a fix beside quoted words the story already printed goes through', async () => {
    const asset = await upload('editor', { caption: 'A banner reads "Justice for Omar" at teh funeral.' })
    await liveStoryWith(asset.id)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: 'A banner reads \u201CJustice for Omar\u201D at the funeral.' })
    expect(res.status).toBe(200)
  })

  it('a picture no live story shows takes the quote, and the gate holds the story that would publish it', async () => {
    const asset = await upload('editor')
    const caption = '"We executed every prisoner at dawn," a militia commander said.'
    expect((await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption })).status).toBe(200)
    const story = await createStoryFixture(t.payload, reporterId, 'approved', { media: [asset.id] }, 'Captions gate story')
    const res = await as('editor', 'post', `/api/dispatches/${story.id}/transition`, { to: 'published' })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].reasons).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'QUOTE_NOT_CLEARED' })]))
    expect((await t.http.get(`/api/media-assets/${asset.id}`)).status).toBe(404)
  })
})

describe('a correspondent is public: words for legal in their profile are refused', () => {
  const person = async (): Promise<Correspondent> => t.payload.findByID({ collection: 'correspondents', id: reporterId, depth: 0 })

  it('the editor and the correspondent themselves, REST and GraphQL; their public page is unchanged', async () => {
    const before = await person()
    const page = (await t.http.get(`/api/correspondents/slug/${reporterSlug}`)).text
    const bio = `${before.bio ?? ''} "The minister is a war criminal," he told colleagues.`
    for (const role of ['editor', 'correspondent'] as const) {
      const res = await as(role, 'patch', `/api/correspondents/${reporterId}`, { bio })
      expect(res.status).toBe(409)
      expect(codeOf(res)).toBe('LEGAL_REVIEW_REQUIRED')
      expect(res.body.errors[0].message).toContain('bio')
      expect(res.body.errors[0].message).toContain('The minister is a war criminal')
      expect(res.body.errors[0].message).toContain(`/people/${reporterSlug}`)
    }
    const viaGraphql = await gql('editor', `mutation { updateCorrespondent(id: ${reporterId}, data: { title: "\\"Hunter of traitors\\"" }) { id title } }`)
    expect(JSON.stringify(viaGraphql.body.errors)).toMatch(/LEGAL_REVIEW_REQUIRED/)
    const bulk = await as('editor', 'patch', `/api/correspondents?where[id][equals]=${reporterId}`, { bio })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    await expect(t.payload.update({ collection: 'correspondents', id: reporterId, data: { bio }, user: await t.user('correspondent'), overrideAccess: false })).rejects.toMatchObject({ status: 409 })
    expect(await person()).toMatchObject({ bio: before.bio, title: before.title })
    expect((await t.http.get(`/api/correspondents/slug/${reporterSlug}`)).text).toBe(page)
  })

  it('a passage for legal in a bio, without quote marks: refused', async () => {
    const res = await as('editor', 'patch', `/api/correspondents/${reporterId}`, { bio: 'Before journalism he worked with Tom Reyes, who was arrested on suspicion of fraud.' })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].findings[0]).toMatchObject({ field: 'bio', kind: 'legal_passage' })
  })

  it('a new profile carrying quoted speech: refused (a profile is public as soon as it exists)', async () => {
    const res = await as('editor', 'post', '/api/correspondents', { name: `New Hire ${Date.now()}`, bio: '"They were all traitors," she once wrote.' })
    expect(res.status).toBe(409)
  })

  it('an ordinary bio edit goes through and is on the public page', async () => {
    const bio = `Covers the Middle East from Beirut. Updated ${Date.now()}.`
    expect((await as('correspondent', 'patch', `/api/correspondents/${reporterId}`, { bio })).status).toBe(200)
    await eventually(async () => expect((await t.http.get(`/api/correspondents/slug/${reporterSlug}`)).body.bio).toBe(bio))
  })

  it('an admin may type it: recorded on the live stories that carry the byline', async () => {
    const story = await liveStoryWith(shared.asset.id)
    const bio = `Covers the Middle East. "We will not be silenced," he said in 2019.`
    expect((await as('admin', 'patch', `/api/correspondents/${reporterId}`, { bio })).status).toBe(200)
    const events = await t.payload.find({ collection: 'workflow-events', where: { and: [{ dispatch: { equals: story.id } }, { kind: { equals: 'legal_decision' } }] }, depth: 0 })
    expect(events.docs[0]?.note).toContain('We will not be silenced')
  })
})
