/**
 * Red team, third pass, on the legal promise: nothing a lawyer has not cleared goes out, whoever
 * types it and through whichever door. It attacks the fixes of the second pass (branch redteam,
 * test/http/redTeamLegal2.test.ts) and their seams. Each test is one route; each asserts what a
 * lawyer would expect (a refusal, or the words waiting for legal). The `control` block pins that
 * the plain form of each sentence is held today, so a failure below is the trick, not the words.
 */
import sharp from 'sharp'

import type { Dispatch, MediaAsset, Quote } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0

const { as, working, draftRequest, draftWith, publish, publishNow, gateAnswer, printedIf, upload, body, text, paragraph } = legalStory(() => t, {
  headline: 'Red team three',
  decisionsNameWhatStands: true,
  pictureMeta: { alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' },
})

const quotesOf = async (dispatch: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch } }, pagination: false, depth: 0, sort: 'createdAt' })).docs

const LEAD = 'Shelling resumed at first light.'
/** A narrative allegation against a named person: the legal read flags it. */
const ALLEGATION = 'Tom Reyes is accused of fraud.'
const WORDS = 'We executed every prisoner at dawn'
const ORDER = `"${WORDS}," a militia commander told his men over the radio.`

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
  reporterId = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
})

describe('an approved quote given to a named person without touching its attribution', () => {
  async function approvedOrder(): Promise<{ story: Dispatch; quote: Quote }> {
    const story = await draftWith({ body: body(LEAD, ORDER) })
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ sensitive: true, legal: { status: 'pending' } })
    expect((await as('legal', 'post', `/api/quotes/${quote!.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    return { story, quote: quote! }
  }

  it.each([
    ['a sentence naming the commander after the quote', [LEAD, ORDER, 'The commander was Tom Reyes, the mayor of Lisbon.']],
    ['the commander named before the quote, the quote given to "he"', [LEAD, 'Tom Reyes, the mayor of Lisbon, took the radio.', `"${WORDS}," he told his men.`]],
  ])('PATCH /api/dispatches/:id?draft=true, %s: the publish waits for legal', async (_label, paragraphs) => {
    const { story, quote } = await approvedOrder()
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(...(paragraphs as string[])) })).status).toBe(200)
    const res = await publishNow(story.id)
    const printed = await printedIf(res, story.slug)
    const after = await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
    expect({ publish: gateAnswer(res), printed: printed.includes('Tom Reyes'), quote: [after.speaker?.name, after.legal?.status] }).toMatchObject({ publish: 'held by the gate', printed: false })
  })
})

describe('words in a node the validation lets through and the readers skip', () => {
  it("POST /api/dispatches?draft=true, an allegation in an upload node's fields (Payload's per-placement caption): refused or waiting for legal", async () => {
    const asset = await upload()
    const res = await draftRequest({
      body: lexicalDocument([textParagraph(LEAD), { type: 'upload', version: 3, format: '', id: 'r3', relationTo: 'media-assets', value: asset.id, fields: { caption: ALLEGATION, alt: ALLEGATION } }]),
    })
    if (res.status >= 400 && res.status < 500) return
    expect(res.status).toBe(201)
    const story = res.body.doc as Dispatch
    const published = await publish(story.id)
    const printed = await printedIf(published, story.slug)
    expect({ publish: gateAnswer(published), printed: printed.includes('accused of fraud') }).toEqual({ publish: 'held by the gate', printed: false })
  })
})

describe('a live picture: words legal cleared, given a name afterwards', () => {
  // The caption rule refuses only passages the caption did not carry before, compared as words.
  // A passage legal cleared with a pronoun ("He is accused of fraud.") keeps its words when a
  // sentence naming him is put before it, so the name goes out at once, with no publish.
  it('PATCH /api/media-assets/:id caption naming the man legal cleared as "he": 409 LEGAL_REVIEW_REQUIRED, readers keep the caption legal read', async () => {
    const asset = await upload({ caption: 'A man leaves the town hall. He is accused of fraud.' })
    const story = await draftWith({ body: body(LEAD, 'The council met in private on Monday.'), media: [asset.id] })
    // The gate reads the caption: the story waits for legal, legal reads and approves it.
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: 'Tom Reyes leaves the town hall. He is accused of fraud.' })
    const shown = await t.http.get(`/api/media-assets/${asset.id}`)
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect({ status: res.status, shown: JSON.stringify(shown.body).includes('Tom Reyes'), page: JSON.stringify(page.body).includes('Tom Reyes') }).toEqual({
      status: 409,
      shown: false,
      page: false,
    })
  })
})

describe("what a link points at, after legal's approval", () => {
  // Legal's text keeps a link's address (`words <url>`), read from `fields.url`; an internal link
  // (Payload's `linkType: internal`) has no url, only `fields.doc`, which the JSON API populates
  // and a front end turns into the link. Pointing "the man behind the scheme" at another person's
  // profile after legal approved the story changes nothing legal's hash covers.
  it('PATCH /api/dispatches/:id?draft=true, an internal link re-pointed at another correspondent: the publish waits for legal', async () => {
    const people = (await t.payload.find({ collection: 'correspondents', where: { slug: { not_equals: 'john-ray' } }, depth: 0, limit: 1 })).docs
    const other = people[0]!.id
    const linked = (to: number) =>
      lexicalDocument([
        textParagraph(LEAD),
        textParagraph(ALLEGATION),
        paragraph([
          text('Police have named '),
          { type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, id: 'r3link', fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'correspondents', value: to } }, children: [text('the man behind the scheme')] },
          text('.'),
        ]),
      ])
    const created = await draftRequest({ body: linked(other) })
    if (created.status >= 400 && created.status < 500) return
    const story = created.body.doc as Dispatch
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    const edit = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: linked(reporterId) })
    expect(edit.status).toBe(200)
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), read: (await working(story.id)).legalRead?.status }).toMatchObject({ publish: 'held by the gate' })
  })
})

describe('a picture or record node whose value is sent as an object', () => {
  // Payload's upload and relationship nodes take `value` as an id or, "for backwards-compatibility",
  // an object with an id, and store the object as sent. Legal's read names the node by its id
  // and reads the picture's own record; a reader asking for `depth=0` is printed the object as
  // stored, words and all (at depth ≥ 1 Payload replaces it with the record).
  it.each([
    ['an upload node', (asset: number): LexicalNode => ({ type: 'upload', version: 3, format: '', id: 'r3v', fields: null, relationTo: 'media-assets', value: { id: asset, caption: ALLEGATION, alt: ALLEGATION, creditLine: 'Reuters' } })],
    ['a relationship node', (_asset: number): LexicalNode => ({ type: 'relationship', version: 2, format: '', relationTo: 'correspondents', value: { id: reporterId, name: 'Tom Reyes', bio: ALLEGATION } })],
  ])('GET /api/dispatches?depth=0 of a live story with %s carrying words in its value: nothing legal has not read', async (_label, node) => {
    const asset = await upload()
    const res = await draftRequest({ body: lexicalDocument([textParagraph(LEAD), node(asset.id)]) })
    if (res.status >= 400 && res.status < 500) return
    expect(res.status).toBe(201)
    const story = res.body.doc as Dispatch
    const published = await publish(story.id)
    const read = published.status === 200 ? await t.http.get(`/api/dispatches?where[slug][equals]=${story.slug}&depth=0`) : null
    const raw = read?.text ?? ''
    expect({ publish: gateAnswer(published), read: read?.status, printed: raw.includes('accused of fraud') }).toMatchObject({ printed: false })
  })
})

describe('a picture legal saw, its image swapped for another of the same name and size', () => {
  // Legal's read names each picture by id, file name, size and focal point, not by what the file
  // holds. A new image under the same name and of the same byte length (a picture no live story
  // shows takes a new file) leaves legal's hash as it was, so the approval stands for a picture
  // legal never saw.
  it('PATCH /api/media-assets/:id with a new file of the same name and size after legal approved the story: the publish waits for legal', async () => {
    const colour = (r: number, g: number, b: number) => sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g, b } } }).jpeg().toBuffer()
    let first = await colour(90, 120, 60)
    let second = await colour(200, 20, 20)
    // Bytes after a JPEG's end marker are not part of the image: pad the shorter to the longer.
    const pad = (image: Buffer, to: number) => (image.length < to ? Buffer.concat([image, Buffer.alloc(to - image.length)]) : image)
    const length = Math.max(first.length, second.length)
    first = pad(first, length)
    second = pad(second, length)
    expect(first.equals(second)).toBe(false)
    const name = `swap-${Date.now()}.jpg`
    const created = await t.http
      .post('/api/media-assets')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .field('_payload', JSON.stringify({ creditLine: 'Reuters', alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' }))
      .attach('file', first, { filename: name, contentType: 'image/jpeg' })
    expect(created.status).toBe(201)
    const asset = created.body.doc as MediaAsset
    const story = await draftWith({ body: body(LEAD, ALLEGATION), media: [asset.id] })
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    const swapped = await t.http
      .patch(`/api/media-assets/${asset.id}`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .attach('file', second, { filename: name, contentType: 'image/jpeg' })
    expect(swapped.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'media-assets', id: asset.id, depth: 0 })
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), sameName: stored.filename === asset.filename, sameSize: stored.filesize === asset.filesize }).toMatchObject({ publish: 'held by the gate' })
  })
})

describe('a speaker corrected by hand away from the one the copy prints', () => {
  // "A speaker the desk corrected by hand (and legal cleared) stays while the copy does not change
  // who speaks": so the desk can give the copy's named speaker's words an anonymous speaker on the
  // record, legal clears "a militia commander", and the story prints the words as the mayor's.
  it('PATCH /api/quotes/:id speaker "a militia commander" for words the body gives to Tom Reyes, then legal approves: the publish waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, `"${WORDS}," Tom Reyes, the mayor of Lisbon, told his men over the radio.`) })
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ sensitive: true, speaker: { name: 'Tom Reyes' } })
    expect((await as('editor', 'patch', `/api/quotes/${quote!.id}`, { speaker: { name: 'a militia commander', description: null } })).status).toBe(200)
    expect((await as('legal', 'post', `/api/quotes/${quote!.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    const res = await publish(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: printed.includes('Tom Reyes, the mayor of Lisbon, told his men') }).toMatchObject({ publish: 'held by the gate', printed: false })
  })
})
