/**
 * Plain narrative defamation typed into a story's body ("X murdered three men in Raqqa."): no
 * legal vocabulary, nothing else in the story for legal, and still the story waits for legal's
 * read before it can go out. Its near miss (a death, not an accusation) publishes as before.
 */
import type { Dispatch } from '../../payload-types'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'

let t: TestApp
let reporter = 0

const HARMLESS = 'The road out of the city was quiet that morning.'
const DEFAMATORY = 'Ahmed Khalil murdered three men in Raqqa.'
const NEAR_MISS = 'Ahmed Khalil was murdered in Raqqa.'

const send = async (role: DemoRole, method: 'get' | 'post' | 'patch', url: string, body?: unknown) => {
  const request = t.http[method](url).set('Authorization', `JWT ${await t.token(role)}`)
  return body === undefined ? request : request.send(body as object)
}
const body = (...paragraphs: string[]) => lexicalDocument(paragraphs.map((p) => textParagraph(p)))
const working = (id: number): Promise<Dispatch> => t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
const move = (id: number, to: string, extra: Record<string, unknown> = {}) => send('editor', 'post', `/api/dispatches/${id}/transition`, { to, ...extra })

let counter = 0
async function fileHarmless(): Promise<Dispatch> {
  counter += 1
  const res = await send('editor', 'post', '/api/dispatches?draft=true', {
    headline: `Raqqa story ${counter}`,
    byline: [{ correspondent: reporter, role: 'reporter' }],
    body: body(HARMLESS),
  })
  expect(res.status).toBe(201)
  return res.body.doc as Dispatch
}

async function toApproved(id: number): Promise<void> {
  expect((await move(id, 'in_review')).status).toBe(200)
  expect((await move(id, 'approved')).status).toBe(200)
}

beforeAll(async () => {
  t = await startTestApp()
  reporter = (await t.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Irvine' } } })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
})

describe('an editor types a plain allegation of crime into the body', () => {
  it('the story needs legal’s read: publish refused with LEGAL_READ_REQUIRED until legal approves its text', async () => {
    const story = await fileHarmless()
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'not_required', passages: [] })

    // The editor types the sentence into the body (the admin's autosave is this PATCH).
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(HARMLESS, DEFAMATORY) })).status).toBe(200)
    const seen = await send('editor', 'get', `/api/dispatches/${story.id}?draft=true&depth=0`)
    expect(seen.body.legalRead).toMatchObject({ status: 'pending', passages: [{ text: DEFAMATORY, reasons: ['allegation'] }] })

    await toApproved(story.id)
    const refused = await move(story.id, 'published')
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]).toMatchObject({ code: 'LEGAL_READ_REQUIRED' })
    expect((await working(story.id)).workflowStatus).toBe('approved')
    // Nothing reached readers.
    expect((await t.http.get(`/api/dispatches/${story.id}`)).status).not.toBe(200)

    // Legal's desk shows the sentence; legal approves that text, and only then does it publish.
    const desk = await send('legal', 'get', `/api/dispatches/${story.id}/legal-review`)
    expect(desk.status).toBe(200)
    expect(desk.body).toMatchObject({ status: 'pending', needed: true, passages: [{ text: DEFAMATORY, reasons: ['allegation'] }] })
    expect((await send('legal', 'post', `/api/dispatches/${story.id}/legal-review`, await reviewing(t.payload, 'dispatches', story.id, { decision: 'approve', note: 'Conviction on file' }))).status).toBe(200)
    const published = await move(story.id, 'published')
    expect(published.status).toBe(200)
    expect((await t.http.get(`/api/dispatches/slug/${published.body.slug}`)).text).toContain('murdered three men')
  })

  it('a label typed into a published story re-opens the read: the correction waits for legal', async () => {
    const story = await fileHarmless()
    await toApproved(story.id)
    expect((await move(story.id, 'published')).status).toBe(200)

    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(HARMLESS, 'Khalil is a war criminal.') })).status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'pending', passages: [{ text: 'Khalil is a war criminal.', reasons: ['allegation'] }] })
    expect((await move(story.id, 'in_review', { note: 'Adds what Khalil is' })).status).toBe(200)
    expect((await move(story.id, 'approved')).status).toBe(200)
    const held = await move(story.id, 'published')
    expect(held.status).toBe(409)
    expect(held.body.errors[0]).toMatchObject({ code: 'LEGAL_READ_REQUIRED' })
    // Readers still read the text as it went out.
    const live = await t.http.get(`/api/dispatches/${story.id}`)
    expect(live.status).toBe(200)
    expect(JSON.stringify(live.body)).not.toContain('war criminal')
  })

  it('its near miss, a death and not an accusation, needs no read and publishes', async () => {
    const story = await fileHarmless()
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(HARMLESS, NEAR_MISS) })).status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'not_required', passages: [] })
    await toApproved(story.id)
    expect((await move(story.id, 'published')).status).toBe(200)
  })
})
