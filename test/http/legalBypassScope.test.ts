/**
 * The legal read covers every word readers see with a story, and nothing changes what went out
 * without a publish through the gate (red team, second pass: correction notes, tags, dateline, a
 * picture swapped after approval, a withdrawal's webhook, a shown picture's file, a
 * correspondent's name, a save landing between the gate's read and the publish's write). Each
 * bypass is pinned with its near misses, which must keep working.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { createLocalReq } from 'payload'
import pg from 'pg'
import sharp from 'sharp'

import type { Dispatch, MediaAsset } from '../../payload-types'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { publishSeam } from '../../src/services/records'
import { releaseScheduledDispatch } from '../../src/services/scheduledRelease'
import { startTestApp, testDatabase, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'
import { legalStory } from '../helpers/legalStory'

let t: TestApp
let reporterId = 0

const { as, working, draftWith, move, publish, jpeg, upload, body } = legalStory(() => t, { headline: 'Scope test' })

const LEAD = 'Shelling resumed at first light.'
/** A narrative allegation against a named person: the legal read flags it. */
const ALLEGATION = 'Tom Reyes is accused of fraud.'

const publicBody = async (slug: string): Promise<string> => {
  const page = await as(null, 'get', `/api/dispatches/slug/${slug}`)
  const ninjs = await as(null, 'get', `/api/ninjs/dispatches/${slug}`)
  const feed = await as(null, 'get', '/feeds/feed.json')
  return JSON.stringify(page.body) + JSON.stringify(ninjs.body) + feed.text
}

const review = async (id: number, decision: 'approve' | 'reject' = 'approve', note?: string) =>
  as('legal', 'post', `/api/dispatches/${id}/legal-review`, await reviewing(t.payload, 'dispatches', id, { decision, note }))
const legalView = async (id: number) => (await as('legal', 'get', `/api/dispatches/${id}/legal-review`)).body as { status: string; needed: boolean; text: string; passages: Array<{ text: string }> }

const pictures = async (n: number) =>
  (await t.payload.find({ collection: 'media-assets', where: { filename: { exists: true } }, depth: 0, limit: n, sort: 'id' })).docs

/** A receiver that takes every delivery at once, so the outbox never retries in the background. */
let receiver: http.Server
let receiverUrl = ''

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(204).end())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  // Loopback webhook addresses are allowed so the receiver above can be subscribed.
  t = await startTestApp({ WEBHOOK_ALLOW_LOOPBACK: 'true' })
  reporterId = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
  await new Promise((resolve) => receiver?.close(resolve))
})

describe('printed words outside headline, standfirst and body', () => {
  it('an allegation in a correction note (POST /api/dispatches/:id/transition correct): the republish waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', `An earlier version of this story did not say that ${ALLEGATION}`)).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    const res = await move('editor', story.id, 'published')
    const printed = res.status === 200 ? await publicBody(story.slug!) : ''
    expect({ status: res.status, printed: printed.includes('accused of fraud') }).toEqual({ status: 409, printed: false })
    expect(res.body.errors ?? res.body).toEqual(expect.anything())
    expect(JSON.stringify(res.body)).toContain('LEGAL_READ_REQUIRED')
  })

  it('the note waits in legal’s queue with its words, and once legal approves it the correction goes out', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await publish(story.id)).status).toBe(200)
    const note = `An earlier version of this story did not say that ${ALLEGATION}`
    expect((await move('editor', story.id, 'in_review', note)).status).toBe(200)
    // The stored read is pending at once (legal's queue lists stories by it), and legal reads the note.
    expect((await working(story.id)).legalRead?.status).toBe('pending')
    const seen = await legalView(story.id)
    expect(seen).toMatchObject({ status: 'pending', needed: true })
    expect(seen.text).toContain(`Correction: ${note}`)
    expect(seen.passages.map((p) => p.text).join(' ')).toContain('accused of fraud')
    expect((await review(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect(JSON.stringify(page.body.corrections)).toContain('accused of fraud')
    // Published once: the note is printed once, and the live copy's read still stands for it.
    expect(page.body.corrections.filter((c: { text: string }) => c.text === note)).toHaveLength(1)
    expect((await working(story.id)).legalRead?.status).toBe('approved')
  })

  it('near miss: an ordinary correction note republishes with no legal read', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', 'An earlier version of this story misspelled the name of the road.')).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
    expect((await working(story.id)).legalRead?.status).toBe('not_required')
  })

  it.each([
    ['the tags', { tags: [ALLEGATION] }],
    ['the dateline', { dateline: `LISBON — ${ALLEGATION}` }],
  ])('an allegation in %s: the publish waits for legal', async (_label, extra) => {
    const story = await draftWith({ body: body(LEAD), ...extra })
    expect((await working(story.id)).legalRead?.status).toBe('pending')
    const res = await publish(story.id)
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('LEGAL_READ_REQUIRED')
  })

  it('near miss: ordinary tags and a dateline publish with no legal read', async () => {
    const story = await draftWith({ body: body(LEAD), tags: ['Lisbon', 'Courts', 'Local council'], dateline: 'LISBON' })
    expect((await working(story.id)).legalRead?.status).toBe('not_required')
    expect((await publish(story.id)).status).toBe(200)
  })

  it.each([
    ['a tag', { tags: ['Fraud trial'] }],
    ['the dateline', { dateline: 'PORTO' }],
    ['the slug (the address readers share)', { slug: `reyes-guilty-${Date.now()}` }],
  ])('%s changed after legal approved the text: the read re-opens', async (_label, change) => {
    const story = await draftWith({ body: body(LEAD, ALLEGATION), tags: ['Courts'], dateline: 'LISBON' })
    expect((await review(story.id)).status).toBe(200)
    expect((await working(story.id)).legalRead?.status).toBe('approved')
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, change)).status).toBe(200)
    expect((await working(story.id)).legalRead?.status).toBe('pending')
    expect((await publish(story.id)).status).toBe(409)
  })

  it('a slug typed to say what the story does not: legal reads it as a sentence', async () => {
    const story = await draftWith({ body: body(LEAD, 'Tom Reyes met the council on Monday.'), slug: `tom-reyes-is-accused-of-fraud-${Date.now()}` })
    expect((await working(story.id)).legalRead?.status).toBe('pending')
    expect((await legalView(story.id)).text).toContain(`Address: ${story.slug}`)
    expect((await publish(story.id)).status).toBe(409)
  })

  it('near miss: the slug made from the headline is read but flags nothing', async () => {
    const story = await draftWith({ headline: `Council meets in private ${Date.now()}`, body: body(LEAD, 'Tom Reyes met the council on Monday.') })
    expect((await working(story.id)).legalRead?.status).toBe('not_required')
    expect((await publish(story.id)).status).toBe(200)
  })

  it('an allegation in the caption of a picture the draft shows: the publish waits for legal, who reads the caption', async () => {
    const asset = await upload({ caption: `A council car outside the office. ${ALLEGATION}` })
    const story = await draftWith({ body: body(LEAD), media: [asset.id] })
    expect((await working(story.id)).legalRead?.status).toBe('pending')
    expect((await legalView(story.id)).text).toContain(`Caption: A council car outside the office. ${ALLEGATION}`)
    expect((await publish(story.id)).status).toBe(409)
    expect((await review(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
  })

  it('a caption edited on the picture after legal approved the text (no live story shows it yet): the gate sees the read re-opened', async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD, ALLEGATION), media: [asset.id] })
    expect((await review(story.id)).status).toBe(200)
    // The picture is shown by no live story, so the caption rule lets the edit through…
    expect((await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: 'Tom Reyes leaving the council office.' })).status).toBe(200)
    // …and the approval stood only for the caption legal read.
    const res = await publish(story.id)
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('LEGAL_READ_REQUIRED')
    expect((await legalView(story.id)).text).toContain('Caption: Tom Reyes leaving the council office.')
  })
})

describe('a picture swapped after legal approved the text', () => {
  it('PATCH media after POST /legal-review approve: the publish waits for legal again', async () => {
    const [first, second] = await pictures(2)
    const story = await draftWith({ body: body(LEAD, ALLEGATION), media: [first!.id] })
    expect((await review(story.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { media: [second!.id] })).status).toBe(200)
    const res = await publish(story.id)
    const html = res.status === 200 ? (await t.http.get(`/stories/${story.slug}`)).text : ''
    const shown = String(second!.filename).replace(/\.\w+$/, '')
    expect({ status: res.status, shown: html.includes(shown) }).toEqual({ status: 409, shown: false })
  })

  it('a picture added to the media list after approval re-opens the read; legal sees it in the diff', async () => {
    const [first, second] = await pictures(2)
    const story = await draftWith({ body: body(LEAD, ALLEGATION), media: [first!.id] })
    expect((await review(story.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { media: [first!.id, second!.id] })).status).toBe(200)
    const view = (await as('legal', 'get', `/api/dispatches/${story.id}/legal-review`)).body as { status: string; diff: Array<{ op: string; text: string }> }
    expect(view.status).toBe('pending')
    expect(view.diff.filter((part) => part.op === 'insert').map((part) => part.text).join('')).toContain(String(second!.id))
    expect((await publish(story.id)).status).toBe(409)
  })

  it('near miss: the same media list saved again keeps the approval, and the story goes out', async () => {
    const [first] = await pictures(1)
    const story = await draftWith({ body: body(LEAD, ALLEGATION), media: [first!.id] })
    expect((await review(story.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { media: [first!.id], standfirst: null })).status).toBe(200)
    expect((await working(story.id)).legalRead?.status).toBe('approved')
    expect((await publish(story.id)).status).toBe(200)
  })
})

type Delivery = { dispatch: { id: number; slug: string; headline: string } }
const deliveriesOf = async (event: string, id: number): Promise<Delivery[]> => {
  const { docs } = await t.payload.find({ collection: 'webhook-deliveries', where: { event: { equals: event } }, depth: 0, pagination: false })
  return docs.map((d) => JSON.parse(String((d as { body?: string }).body)) as Delivery).filter((b) => b.dispatch.id === id)
}

describe('webhooks carry only what went out', () => {
  beforeAll(async () => {
    const sub = await as('admin', 'post', '/api/webhook-subscriptions', { url: receiverUrl, secret: 'a-long-enough-secret-value-1234', events: ['dispatch.withdrawn', 'dispatch.published'] })
    expect(sub.status).toBe(201)
  })

  it('dispatch.withdrawn after a draft edit of a live story: the delivery names the live headline, not the unread working one', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await publish(story.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { headline: ALLEGATION })).status).toBe(200)
    expect((await move('editor', story.id, 'withdrawn', 'Pulled pending review.')).status).toBe(200)
    const sent = await deliveriesOf('dispatch.withdrawn', story.id)
    expect(sent.map((b) => b.dispatch.headline)).toEqual([story.headline])
  })

  it('a withdrawal keeps the live copy as it went out (410 at its address, the read model’s tombstone) and the desk’s working copy as it stands', async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.'), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    const movedSlug = `moved-${Date.now()}`
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { headline: ALLEGATION, slug: movedSlug })).status).toBe(200)
    expect((await move('editor', story.id, 'withdrawn', 'Pulled pending review.')).status).toBe(200)
    expect(JSON.stringify(await deliveriesOf('dispatch.withdrawn', story.id))).not.toContain('accused of fraud')
    // The address readers had answers 410; the working copy's address never went out.
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(410)
    expect((await as(null, 'get', `/api/dispatches/slug/${movedSlug}`)).status).toBe(404)
    expect((await t.http.get(`/stories/${story.slug}`)).status).toBe(410)
    const live = await t.payload.findByID({ collection: 'dispatches', id: story.id, draft: false, depth: 0 })
    expect({ headline: live.headline, slug: live.slug, _status: live._status }).toEqual({ headline: story.headline, slug: story.slug, _status: 'draft' })
    // The desk's edits are not lost: the working copy keeps them, withdrawn.
    const draft = await working(story.id)
    expect({ headline: draft.headline, slug: draft.slug, workflowStatus: draft.workflowStatus }).toEqual({ headline: ALLEGATION, slug: movedSlug, workflowStatus: 'withdrawn' })
    // The picture the live copy showed is no longer public.
    expect((await t.payload.findByID({ collection: 'media-assets', id: asset.id, depth: 0 })).isPublic).toBe(false)
    // Restored and published again through the gate, the new words wait for legal.
    expect((await move('editor', story.id, 'draft')).status).toBe(200)
    expect((await working(story.id)).headline).toBe(ALLEGATION)
    expect((await publish(story.id)).status).toBe(409)
  })

  it('near miss: a withdrawal with no edits announces the story as it went out, once', async () => {
    const story = await draftWith({ body: body(LEAD) })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'withdrawn', 'Duplicate of another story.')).status).toBe(200)
    expect((await deliveriesOf('dispatch.withdrawn', story.id)).map((b) => [b.dispatch.headline, b.dispatch.slug])).toEqual([[story.headline, story.slug]])
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(410)
  })
})

describe('a person or a picture a live story shows, changed without a publish', () => {
  it('PATCH /api/media-assets/:id with a new file while a live story shows it: readers keep the picture that went out', async () => {
    const [shown, other] = await pictures(2)
    const story = await draftWith({ body: body(LEAD), media: [shown!.id] })
    expect((await publish(story.id)).status).toBe(200)
    const before = (await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).body.media?.[0]?.url as string
    const file = fs.readFileSync(path.join(t.mediaDir, String(other!.filename)))
    const replaced = await t.http.patch(`/api/media-assets/${shown!.id}`).set('Authorization', `JWT ${await t.token('editor')}`).attach('file', file, 'source-at-her-desk.jpg')
    const after = (await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).body.media?.[0]?.url as string
    expect({ refusedOrHeld: replaced.status >= 400 || after === before, after }).toMatchObject({ refusedOrHeld: true })
  })

  it.each<DemoRole>(['editor', 'admin'])('%s replacing the file of a live story’s picture: 409 PICTURE_SHOWN_LIVE naming the story, the file readers get unchanged', async (role) => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    const url = `/api/media-assets/file/${asset.filename}`
    const fileBytes = async () => (await t.http.get(url).responseType('blob')).body as Buffer
    const bytes = await fileBytes()
    expect(bytes.length).toBeGreaterThan(0)
    const replaced = await t.http
      .patch(`/api/media-assets/${asset.id}`)
      .set('Authorization', `JWT ${await t.token(role)}`)
      .attach('file', await jpeg(200), { filename: 'source-at-her-desk.jpg', contentType: 'image/jpeg' })
    expect(replaced.status).toBe(409)
    expect(JSON.stringify(replaced.body)).toContain('PICTURE_SHOWN_LIVE')
    expect(JSON.stringify(replaced.body)).toContain(String(story.id))
    const stored = await t.payload.findByID({ collection: 'media-assets', id: asset.id, depth: 0 })
    expect(stored.filename).toBe(asset.filename)
    expect(Buffer.compare(await fileBytes(), bytes)).toBe(0)
  })

  it('moving the focal point of a live story’s picture (its sizes cut again): 409; a caption fix sending the same focal point goes through', async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'media-assets', id: asset.id, depth: 0 })
    const moved = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { focalX: 5, focalY: 95 })
    expect(moved.status).toBe(409)
    expect(JSON.stringify(moved.body)).toContain('PICTURE_SHOWN_LIVE')
    const cropped = await as('editor', 'patch', `/api/media-assets/${asset.id}?uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=50&uploadEdits[crop][height]=50&uploadEdits[crop][unit]=%25`, { caption: stored.caption })
    expect(cropped.status).toBe(409)
    const same = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { focalX: stored.focalX, focalY: stored.focalY, caption: 'The road out of the city at dawn.' })
    expect(same.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'media-assets', id: asset.id, depth: 0 })
    expect({ filename: after.filename, focalX: after.focalX, sizes: JSON.stringify(after.sizes) }).toEqual({ filename: stored.filename, focalX: stored.focalX, sizes: JSON.stringify(stored.sizes) })
  })

  it('near miss: the file of a picture no live story shows can be replaced; a live picture’s credit can still be fixed', async () => {
    const spare = await upload()
    const replaced = await t.http
      .patch(`/api/media-assets/${spare.id}`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .attach('file', await jpeg(30), { filename: `better-crop-${Date.now()}.jpg`, contentType: 'image/jpeg' })
    expect({ status: replaced.status, body: replaced.status === 200 ? null : replaced.body }).toEqual({ status: 200, body: null })
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/media-assets/${asset.id}`, { creditLine: 'Reuters/Ana Silva' })).status).toBe(200)
  })

  it('PATCH /api/correspondents/:id name (a correspondent\'s own profile) while a live story shows them: the byline readers see is the one that went out', async () => {
    const me = await t.user('correspondent')
    const mine = typeof me.correspondent === 'object' && me.correspondent ? me.correspondent.id : (me.correspondent as number)
    const story = await draftWith({ body: body(LEAD), byline: [{ correspondent: mine, role: 'reporter' }] })
    expect((await publish(story.id)).status).toBe(200)
    const renamed = await as('correspondent', 'patch', `/api/correspondents/${mine}`, { name: 'Tom Reyes is accused of fraud' })
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect({ refusedOrHeld: renamed.status >= 400 || !JSON.stringify(page.body.byline).includes('accused of fraud') }).toEqual({ refusedOrHeld: true })
    expect({ status: renamed.status, code: renamed.body.errors?.[0]?.data?.code ?? renamed.body.code ?? JSON.stringify(renamed.body).match(/LEGAL_REVIEW_REQUIRED/)?.[0] }).toEqual({ status: 409, code: 'LEGAL_REVIEW_REQUIRED' })
    // An ordinary fix of their own title waits too once a live story legal approved bylines them
    // (docs/legal.md "Sealed approval": readers get that story only as legal approved it) ...
    const sealed = await draftWith({ body: body(LEAD, ALLEGATION), byline: [{ correspondent: mine, role: 'reporter' }] })
    expect((await review(sealed.id)).status).toBe(200)
    expect((await publish(sealed.id)).status).toBe(200)
    const title = await as('correspondent', 'patch', `/api/correspondents/${mine}`, { title: 'Lisbon correspondent' })
    expect([title.status, JSON.stringify(title.body).includes(String(sealed.id))]).toEqual([409, true])
    // ... and goes through for a correspondent only stories legal never touched byline.
    const other = await as('editor', 'post', '/api/correspondents', { name: `Leila Haddad ${Date.now()}`, kind: 'reporter' })
    const plain = await draftWith({ body: body(LEAD), byline: [{ correspondent: other.body.doc.id, role: 'reporter' }] })
    expect((await publish(plain.id)).status).toBe(200)
    expect((await as('editor', 'patch', `/api/correspondents/${other.body.doc.id}`, { title: 'Lisbon correspondent' })).status).toBe(200)
  })
})

describe('the publish’s read-then-write', () => {
  afterEach(() => {
    publishSeam.betweenGateAndWrite = null
  })

  it('a save landing between the gate’s read and the publish’s write: 409 STALE_STATE, nothing published', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await move('editor', story.id, 'in_review')).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    const editor = await t.user('editor')
    // What a save that committed in that moment looks like to the publish's transaction.
    publishSeam.betweenGateAndWrite = async (id, tx) => {
      await tx.payload.update({ collection: 'dispatches', id, draft: true, data: { headline: ALLEGATION }, user: editor, overrideAccess: true, depth: 0, req: tx })
    }
    const res = await move('editor', story.id, 'published')
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('STALE_STATE')
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(404)
    expect((await as(null, 'get', '/feeds/feed.json')).text).not.toContain(story.slug!)
    expect((await working(story.id)).workflowStatus).toBe('approved')
    expect((await working(story.id)).headline).toBe(story.headline)
    // Near miss: with nothing in between, the same publish goes out.
    publishSeam.betweenGateAndWrite = null
    expect((await move('editor', story.id, 'published')).status).toBe(200)
  })

  it('a save landing there during a scheduled release: nothing is released', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await move('editor', story.id, 'in_review')).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    const embargoUntil = new Date(Date.now() + 3_600_000).toISOString()
    expect((await as('editor', 'post', `/api/dispatches/${story.id}/transition`, { to: 'scheduled', embargoUntil })).status).toBe(200)
    publishSeam.betweenGateAndWrite = async (id, tx) => {
      await tx.payload.update({ collection: 'dispatches', id, draft: true, data: { headline: ALLEGATION }, overrideAccess: true, depth: 0, req: tx })
    }
    const req = await createLocalReq({}, t.payload)
    const later = () => new Date(Date.parse(embargoUntil) + 1000)
    await expect(releaseScheduledDispatch({ dispatchId: String(story.id), embargoUntil }, req, later)).rejects.toMatchObject({ code: 'STALE_STATE' })
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(404)
    publishSeam.betweenGateAndWrite = null
    expect(await releaseScheduledDispatch({ dispatchId: String(story.id), embargoUntil }, req, later)).toBe('published')
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).body.headline).toBe(story.headline)
  })

  // A real save from another connection, sent while the publish holds the story between its gate
  // and its write. PostgreSQL: the save waits for the publish's row lock. (SQLite's transactions
  // hold the database's write lock from their start, which the seam's wait would hold up.)
  const onPostgres = testDatabase() === 'postgres' ? it : it.skip
  onPostgres('a concurrent save sent without If-Match waits for the publish: the gate’s words go out, the save lands in the working copy after', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await move('editor', story.id, 'in_review')).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    const token = await t.token('editor')
    const watcher = new pg.Client({ connectionString: t.databaseUrl })
    await watcher.connect()
    let save: Promise<{ status: number }> | null = null
    let seen: 'waiting on a lock' | 'saved' | 'neither' = 'neither'
    publishSeam.betweenGateAndWrite = async (id) => {
      let done = false
      save = t.http.patch(`/api/dispatches/${id}?draft=true`).set('Authorization', `JWT ${token}`).send({ headline: ALLEGATION }).then((res) => {
        done = true
        return res
      })
      // Until the save either commits (it got past the publish) or waits on a row lock.
      for (const until = Date.now() + 10_000; Date.now() < until; ) {
        if (done) return void (seen = 'saved')
        const { rows } = await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)
        if ((rows[0] as { n: number }).n > 0) return void (seen = 'waiting on a lock')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    try {
      const res = await move('editor', story.id, 'published')
      expect({ seen, publish: res.status }).toEqual({ seen: 'waiting on a lock', publish: 200 })
      expect((await save!).status).toBe(200)
    } finally {
      await watcher.end()
    }
    const live = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect(live.body.headline).toBe(story.headline)
    // The save read the copy after the publish (it waited before reading): its version keeps the
    // published status instead of bringing back the `approved` it would have read before.
    expect((await working(story.id))).toMatchObject({ headline: ALLEGATION, workflowStatus: 'published' })
  })
})

describe('legal takes a live story down', () => {
  const hold = (role: DemoRole, id: number, data: Record<string, unknown>) => as(role, 'post', `/api/dispatches/${id}/legal-hold`, data)

  it('POST /legal-hold { active, reason, withdraw: true } on a live story: the hold is placed and the story withdrawn in one move', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet that morning.') })
    expect((await publish(story.id)).status).toBe(200)
    const res = await hold('legal', story.id, { active: true, reason: 'Injunction served this morning.', withdraw: true })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ workflowStatus: 'withdrawn', legalHold: { active: true, reason: 'Injunction served this morning.' } })
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(410)
    expect(await deliveriesOf('dispatch.withdrawn', story.id)).toHaveLength(1)
    const legal = await t.user('legal')
    const { docs } = await t.payload.find({ collection: 'workflow-events', where: { and: [{ dispatch: { equals: story.id } }, { to: { equals: 'withdrawn' } }] }, depth: 0 })
    expect(docs.map((e) => [e.from, e.actor, e.note])).toEqual([['published', legal.id, 'Withdrawn under a legal hold: Injunction served this morning.']])
    // Restored by the desk, it cannot go out again while the hold stands.
    expect((await move('editor', story.id, 'draft')).status).toBe(200)
    const again = await publish(story.id)
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain('LEGAL_HOLD')
  })

  it('a live story under correction (working copy in review) is taken down too', async () => {
    const story = await draftWith({ body: body(LEAD) })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', 'Adds the council’s response.')).status).toBe(200)
    expect((await hold('legal', story.id, { active: true, reason: 'Complaint received.', withdraw: true })).status).toBe(200)
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(410)
  })

  it('legal may also withdraw with the ordinary move; a rejected quote of a live story stays live until someone does', async () => {
    const story = await draftWith({ body: body(LEAD, '"The road was quiet," a driver said.') })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('legal', story.id, 'withdrawn', 'Legal: taken down pending advice.')).status).toBe(200)
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(410)
  })

  it('refusals: an editor may not place a hold (403); withdraw without placing one (400); nothing changes', async () => {
    const story = await draftWith({ body: body(LEAD) })
    expect((await publish(story.id)).status).toBe(200)
    const editor = await hold('editor', story.id, { active: true, reason: 'x', withdraw: true })
    expect(editor.status).toBe(403)
    const lifted = await hold('legal', story.id, { active: false, withdraw: true })
    expect(lifted.status).toBe(400)
    expect(JSON.stringify(lifted.body)).toContain('INVALID_REQUEST')
    const typed = await hold('legal', story.id, { active: true, reason: 'x', withdraw: 'yes' })
    expect(typed.status).toBe(400)
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(200)
    expect((await working(story.id)).legalHold?.active).toBeFalsy()
  })

  it('near miss: a hold without withdraw leaves the live copy up and blocks the next publish', async () => {
    const story = await draftWith({ body: body(LEAD) })
    expect((await publish(story.id)).status).toBe(200)
    expect((await hold('legal', story.id, { active: true, reason: 'Checking a complaint.' })).status).toBe(200)
    expect((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', 'Adds a line.')).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(409)
    // Withdrawing a story that is not live only places the hold.
    const draft = await draftWith({ body: body(LEAD) })
    const res = await hold('legal', draft.id, { active: true, reason: 'Before it goes anywhere.', withdraw: true })
    expect(res.status).toBe(200)
    expect(res.body.workflowStatus).toBe('draft')
  })
})
