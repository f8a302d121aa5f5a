/**
 * Preview over HTTP: staff open a working copy in the story page with the gate's blockers, and
 * signed preview links show one story's working copy to someone without an account until the
 * link expires or is revoked. Every refusal is tried: bad signatures, roles, bodies, deletions.
 */
import { createHash } from 'node:crypto'

import type { Dispatch } from '../../payload-types'
import { previewKey, signPreviewToken } from '../../src/preview/token'
import { createStoryFixture } from '../helpers/storyFixture'
import { DEMO_PASSWORD, startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let story000: Dispatch
let johnRay = 0
const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const NOTE = 'Desk only: the source is a serving officer.'
const IDENTITY = 'Real name: Fatima K., Raqqa, phone on file.'

const textOf = (html: string): string =>
  html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&')

const makeLink = async (id: number, role: DemoRole = 'editor', hours = 24) =>
  t.http.post(`/api/dispatches/${id}/preview-links`).set('Authorization', await jwt(role)).send({ expiresInHours: hours })

const pathOf = (url: string): string => new URL(url).pathname

const events = async (action: string) =>
  (await t.payload.find({ collection: 'preview-link-events', where: { action: { equals: action } }, limit: 1000, overrideAccess: true })).docs

beforeAll(async () => {
  t = await startTestApp()
  story000 = (await t.payload.find({ collection: 'dispatches', where: { headline: { like: 'Doomed but still dangerous' } }, draft: true, depth: 0 })).docs[0]!
  johnRay = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } } })).docs[0]!.id
  await t.payload.update({ collection: 'dispatches', id: story000.id, draft: true, data: { editorialNotes: NOTE }, context: { workflowService: true } })
  const quotes = await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: story000.id } }, limit: 100 })
  const sensitive = quotes.docs.find((q) => q.sensitive)!
  await t.payload.update({ collection: 'quotes', id: sensitive.id, data: { identityNotes: IDENTITY } })
})

afterAll(async () => t?.stop())

describe('staff preview', () => {
  test('an editor sees story 000 in the story page with its status, no live version, every blocker and each quote marked', async () => {
    const panel = (await t.http.get(`/api/dispatches/${story000.id}/workflow`).set('Authorization', await jwt('editor'))).body
    expect(panel.blockers.length).toBeGreaterThan(0)
    const res = await t.http.get(`/preview/stories/${story000.id}`).set('Authorization', await jwt('editor'))
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow')
    expect(res.text).toContain('<meta name="robots" content="noindex, nofollow"/>')
    const text = textOf(res.text)
    expect(text).toContain('Preview of the working copy — In review')
    expect(text).toContain('No version of this story is live.')
    expect(text).toContain(`The publish gate would refuse it (${panel.blockers.length} reason`)
    for (const blocker of panel.blockers) expect(text).toContain(blocker.message)
    expect(res.text).toContain('data-code="QUOTE_NOT_CLEARED"')
    expect(text).toContain(story000.headline)
    expect(res.text).toMatch(/<mark class="legal legal-pending" title="Pending legal">/)
    expect(text).toContain('Credit: ')
    // The working copy is shown, not its notes.
    expect(res.text).not.toContain(NOTE)
    expect(res.text).not.toContain('Fatima')
    // The page tells Payload's live preview it is ready, and reloads after saves.
    expect(res.text).toContain("type:'payload-live-preview',ready:true")
    expect(res.text).toContain(`"url":"/api/dispatches/${story000.id}?draft=true&depth=0"`)
  })

  test('works with the admin session cookie', async () => {
    const login = await t.http.post('/api/users/login').send({ email: 'legal@dateline.local', password: DEMO_PASSWORD })
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ')
    // A browser says where a request comes from; Payload takes a session cookie only from the same site.
    const res = await t.http.get(`/preview/stories/${story000.id}`).set('Cookie', cookie).set('Sec-Fetch-Site', 'same-origin')
    expect(res.status).toBe(200)
    const crossSite = await t.http.get(`/preview/stories/${story000.id}`).set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site')
    expect(crossSite.status).toBe(401)
    const linkedFromChat = await t.http.get(`/preview/stories/${story000.id}`).set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site').set('Sec-Fetch-Mode', 'navigate')
    expect(linkedFromChat.status).toBe(200)
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(textOf(res.text)).toContain('In review')
  })

  test('a published story says a version is live', async () => {
    const live = (await t.payload.find({ collection: 'dispatches', where: { _status: { equals: 'published' } }, limit: 1 })).docs[0]!
    const res = await t.http.get(`/preview/stories/${live.id}`).set('Authorization', await jwt('admin'))
    expect(textOf(res.text)).toContain('A version of this story is live')
    const panel = (await t.http.get(`/api/dispatches/${live.id}/workflow`).set('Authorization', await jwt('admin'))).body
    if (panel.blockers.length === 0) expect(textOf(res.text)).toContain('Nothing blocks publication')
    for (const blocker of panel.blockers) expect(textOf(res.text)).toContain(blocker.message)
    // Sentences flagged for legal's read are marked in the body and listed with its state.
    const doc = (await t.http.get(`/api/dispatches/${live.id}?draft=true&depth=0`).set('Authorization', await jwt('admin'))).body
    if (panel.blockers.some((b: { code: string }) => b.code === 'LEGAL_READ_REQUIRED')) expect(doc.legalRead.passages.length).toBeGreaterThan(0)
    for (const passage of doc.legalRead?.passages ?? []) {
      expect(textOf(res.text)).toContain(`“${passage.text}” — Passage for legal:`)
      expect(res.text).toContain('title="Passage for legal: ')
    }
  })

  test('without signing in: 401 with a sign-in link; a frontend key: 403; no such dispatch: 404', async () => {
    const anonymous = await t.http.get(`/preview/stories/${story000.id}`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.text).toContain(`href="/admin/login?redirect=%2Fpreview%2Fstories%2F${story000.id}"`)
    expect(anonymous.text).not.toContain('Doomed')
    const frontend = await t.http.get(`/preview/stories/${story000.id}`).set('Authorization', await jwt('frontend'))
    expect(frontend.status).toBe(403)
    expect(frontend.text).not.toContain('Doomed')
    for (const id of ['999999', 'abc', '1%00', '%E0%A4%A']) {
      const res = await t.http.get(`/preview/stories/${id}`).set('Authorization', await jwt('editor'))
      expect([id, res.status]).toEqual([id, 404])
    }
  })
})

describe('preview links', () => {
  test('an editor makes a link; anyone holding it sees the working copy, marked noindex and private, and the use is audited', async () => {
    const before = Date.now()
    const made = await makeLink(story000.id)
    expect(made.status).toBe(201)
    expect(made.body).toEqual({ id: expect.any(Number), url: expect.stringMatching(/^http:\/\/localhost:3000\/preview\/links\/v1\.[\w-]+\.[\w-]+$/), expiresAt: expect.any(String) })
    const expires = Date.parse(made.body.expiresAt)
    expect(expires).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 1000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000 + 1000)

    const page = await t.http.get(pathOf(made.body.url))
    expect(page.status).toBe(200)
    expect(page.headers['cache-control']).toBe('private, no-store')
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow"/>')
    const text = textOf(page.text)
    expect(text).toContain('Preview: not published')
    expect(text).toContain(story000.headline)
    expect(text).toContain('Credit: ')
    expect(page.text).not.toContain(NOTE)
    expect(page.text).not.toContain('Fatima')
    expect(page.text).not.toContain('publish gate')
    expect(page.text).not.toMatch(/<script(?! type="application\/ld\+json")/)

    const used = await events('used')
    expect(used.some((e) => e.link && (typeof e.link === 'object' ? e.link.id : e.link) === made.body.id)).toBe(true)
    const created = await events('created')
    expect(created.find((e) => (typeof e.link === 'object' ? e.link?.id : e.link) === made.body.id)).toMatchObject({ reason: 'valid for 24 h' })
  })

  test("the link shows the story's pictures, which are not public, and no other file", async () => {
    const made = await makeLink(story000.id)
    const token = pathOf(made.body.url).split('/').pop()!
    const page = await t.http.get(pathOf(made.body.url))
    const sources = [...page.text.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!)
    expect(sources.length).toBeGreaterThan(0)
    for (const src of sources) expect(src.startsWith(`http://localhost:3000/preview/links/${token}/files/`)).toBe(true)
    const file = pathOf(sources[0]!)
    const name = file.split('/').pop()!
    // Story 000 is not live, so its pictures are not public…
    expect((await t.http.get(`/api/media-assets/file/${name}`)).status).toBeGreaterThanOrEqual(400)
    // …but the link holder gets them.
    const image = await t.http.get(file)
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/jpeg')
    expect(image.headers['cache-control']).toBe('private, no-store')
    const other = (await t.payload.find({ collection: 'media-assets', where: { filename: { like: '001-' } }, limit: 1, overrideAccess: true })).docs[0]!
    for (const bad of [other.filename, '..%2F..%2Fetc%2Fpasswd', '%2E%2E', 'nothing.jpg']) {
      expect([bad, (await t.http.get(`/preview/links/${token}/files/${bad}`)).status]).toEqual([bad, 404])
    }
    expect((await t.http.get(`/preview/links/${token.slice(0, -3)}xyz/files/${name}`)).status).toBe(403)
    await t.http.delete(`/api/dispatches/${story000.id}/preview-links/${made.body.id}`).set('Authorization', await jwt('editor'))
    expect((await t.http.get(file)).status).toBe(410)
  })

  test('the server keeps a hash of the token, never the token, and does not show even the hash', async () => {
    const made = await makeLink(story000.id, 'legal', 2)
    expect(made.status).toBe(201)
    const token = pathOf(made.body.url).split('/').pop()!
    const row = await t.payload.findByID({ collection: 'preview-links', id: made.body.id, overrideAccess: true })
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(token)
    const rest = await t.http.get(`/api/preview-links/${made.body.id}`).set('Authorization', await jwt('editor'))
    expect(rest.status).toBe(200)
    expect(rest.body.tokenHash).toBeUndefined()
    expect((await t.http.get(`/api/preview-links/${made.body.id}`).set('Authorization', await jwt('frontend'))).status).toBe(403)
    expect((await t.http.get('/api/preview-links')).status).toBe(403)
  })

  test('editors, legal and admins may make links; correspondents and frontend keys get 403, anonymous 401', async () => {
    for (const role of ['editor', 'legal', 'admin'] as const) expect([role, (await makeLink(story000.id, role)).status]).toEqual([role, 201])
    for (const role of ['correspondent', 'frontend'] as const) {
      const res = await makeLink(story000.id, role)
      expect([role, res.status]).toEqual([role, 403])
      expect(res.body.errors[0].code).toBe('ROLE_NOT_ALLOWED')
    }
    expect((await t.http.post(`/api/dispatches/${story000.id}/preview-links`).send({ expiresInHours: 1 })).status).toBe(401)
  })

  test.each([
    [{}, 'expiresInHours'],
    [{ expiresInHours: 0 }, 'at least 1 hour'],
    [{ expiresInHours: 169 }, 'at most 168 hours'],
    [{ expiresInHours: 1.5 }, 'whole number'],
    [{ expiresInHours: '24' }, 'number of hours'],
    [{ expiresInHours: -3 }, 'at least 1'],
    [{ expiresInHours: 24, token: 'mine' }, 'token'],
  ])('body %j answers 400 naming %s, and writes nothing', async (body, words) => {
    const count = async () => (await t.payload.count({ collection: 'preview-links', overrideAccess: true })).totalDocs
    const before = await count()
    const res = await t.http.post(`/api/dispatches/${story000.id}/preview-links`).set('Authorization', await jwt('editor')).send(body)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('INVALID_REQUEST')
    expect(res.body.errors[0].message).toContain(words)
    expect(await count()).toBe(before)
  })

  test('malformed JSON answers 400; an unknown dispatch 404', async () => {
    const bad = await t.http
      .post(`/api/dispatches/${story000.id}/preview-links`)
      .set('Authorization', await jwt('editor'))
      .set('Content-Type', 'application/json')
      .send('{"expiresInHours": ')
    expect(bad.status).toBe(400)
    expect((await makeLink(999_999)).status).toBe(404)
    expect((await makeLink('abc' as unknown as number)).status).toBe(404)
  })

  test('a tampered, truncated, foreign or made-up token answers 403', async () => {
    const made = await makeLink(story000.id)
    const token = pathOf(made.body.url).split('/').pop()!
    const [version, body, signature] = token.split('.')
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('AA') ? 'BB' : 'AA')
    const otherStory = Buffer.from(JSON.stringify({ d: 1, e: Date.now() + 3_600_000, n: 'x' })).toString('base64url')
    const foreign = signPreviewToken({ dispatch: story000.id, expiresAt: Date.now() + 3_600_000 }, previewKey('another-secret-entirely'))
    for (const bad of [`${version}.${body}.${flipped}`, `${version}.${otherStory}.${signature}`, token.slice(0, -5), foreign, 'v1.abc.def', 'nonsense', `${token}x`, '%E0%A4%A', 'a'.repeat(500)]) {
      const res = await t.http.get(`/preview/links/${bad}`)
      expect([bad.slice(0, 20), res.status]).toEqual([bad.slice(0, 20), 403])
      expect(res.text).not.toContain('Doomed')
      expect(res.headers['cache-control']).toBe('private, no-store')
    }
  })

  test('a revoked link answers 410; revoking is for editors, legal and admins, and audited', async () => {
    const made = await makeLink(story000.id)
    const url = pathOf(made.body.url)
    expect((await t.http.get(url)).status).toBe(200)
    const byCorrespondent = await t.http.delete(`/api/dispatches/${story000.id}/preview-links/${made.body.id}`).set('Authorization', await jwt('correspondent'))
    expect(byCorrespondent.status).toBe(403)
    expect((await t.http.get(url)).status).toBe(200)
    const wrongStory = await t.http.delete(`/api/dispatches/1/preview-links/${made.body.id}`).set('Authorization', await jwt('editor'))
    expect(wrongStory.status).toBe(404)
    for (const id of ['abc', '999999', '1%00']) {
      expect((await t.http.delete(`/api/dispatches/${story000.id}/preview-links/${id}`).set('Authorization', await jwt('editor'))).status).toBe(404)
    }
    const revoked = await t.http.delete(`/api/dispatches/${story000.id}/preview-links/${made.body.id}`).set('Authorization', await jwt('legal'))
    expect(revoked.status).toBe(200)
    expect(revoked.body).toEqual({ id: made.body.id, revokedAt: expect.any(String) })
    const gone = await t.http.get(url)
    expect(gone.status).toBe(410)
    expect(textOf(gone.text)).toContain('This preview link has been revoked')
    expect(gone.text).not.toContain('Doomed')
    const linkOf = (e: { link?: unknown }) => (typeof e.link === 'object' && e.link ? (e.link as { id: number }).id : e.link)
    expect((await events('revoked')).filter((e) => linkOf(e) === made.body.id)).toHaveLength(1)
    expect((await events('refused')).filter((e) => linkOf(e) === made.body.id && e.reason === 'revoked')).toHaveLength(1)
    // Again is harmless and not audited twice.
    expect((await t.http.delete(`/api/dispatches/${story000.id}/preview-links/${made.body.id}`).set('Authorization', await jwt('editor'))).status).toBe(200)
    expect((await events('revoked')).filter((e) => linkOf(e) === made.body.id)).toHaveLength(1)
  })

  test('an expired link answers 410', async () => {
    const made = await makeLink(story000.id, 'editor', 1)
    await t.payload.update({ collection: 'preview-links', id: made.body.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const res = await t.http.get(pathOf(made.body.url))
    expect(res.status).toBe(410)
    expect(textOf(res.text)).toContain('This preview link has expired')
  })

  test('only admins delete a link row over REST, which ends the link; nobody writes links or events over REST', async () => {
    const made = await makeLink(story000.id)
    expect((await t.http.delete(`/api/preview-links/${made.body.id}`).set('Authorization', await jwt('editor'))).status).toBe(403)
    expect((await t.http.delete(`/api/preview-links/${made.body.id}`).set('Authorization', await jwt('admin'))).status).toBe(200)
    expect((await t.http.get(pathOf(made.body.url))).status).toBe(410)
    const forged = await t.http
      .post('/api/preview-links')
      .set('Authorization', await jwt('admin'))
      .send({ dispatch: story000.id, tokenHash: 'x', expiresAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect(forged.status).toBe(403)
    const event = (await events('created'))[0]!
    expect((await t.http.delete(`/api/preview-link-events/${event.id}`).set('Authorization', await jwt('admin'))).status).toBe(403)
    expect((await t.http.patch(`/api/preview-link-events/${event.id}`).set('Authorization', await jwt('admin')).send({ reason: 'x' })).status).toBe(403)
    expect((await t.http.post('/api/preview-link-events').set('Authorization', await jwt('admin')).send({ action: 'used', at: new Date().toISOString() })).status).toBe(403)
  })

  test('a link to a story that was deleted answers 404', async () => {
    const doomed = await createStoryFixture(t.payload, johnRay, 'draft', {}, 'Deleted story')
    const made = await makeLink(doomed.id)
    expect((await t.http.get(pathOf(made.body.url))).status).toBe(200)
    const removed = await t.http.delete(`/api/dispatches/${doomed.id}`).set('Authorization', await jwt('admin'))
    expect(removed.status).toBe(200)
    const res = await t.http.get(pathOf(made.body.url))
    expect(res.status).toBe(404)
    expect(res.text).not.toContain('Deleted story')
  })
})
