/**
 * Legal's approval covers the exact story readers get (docs/legal.md "Sealed approval"): once legal
 * is involved in a story, it publishes only while legal's last approval names the fingerprint of
 * everything a reader gets of it. The third red-team pass's routes around it (test/open, families
 * 7, 8, 9, 10 and 12 and the swapped picture), then the tests that try each new rule, and the near
 * misses that must keep working: a re-save that changes nothing, a story legal never touched.
 */
import sharp from 'sharp'

import type { Dispatch, MediaAsset, Quote } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0

const { as, working, draftRequest, draftWith, move, publish, publishNow, gateAnswer, printedIf, upload, body, text, paragraph } = legalStory(() => t, {
  headline: 'Sealed approval',
  decisionsNameWhatStands: true,
  pictureMeta: { alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' },
})

const quotesOf = async (dispatch: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch } }, pagination: false, depth: 0, sort: 'createdAt' })).docs
const approveStory = (id: number) => as('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'approve' })
const legalView = async (id: number) => (await as('legal', 'get', `/api/dispatches/${id}/legal-review`)).body as { sealed: { involved: boolean; approved: boolean; changes: string[] }; diff: unknown }
const reasonsOf = (res: { body: { errors?: Array<{ reasons?: Array<{ code: string; message: string }> }> } }) => res.body.errors?.[0]?.reasons ?? []

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

/** A story with an allegation legal has approved, not yet published. */
async function approvedAllegation(extra: Record<string, unknown> = {}): Promise<Dispatch> {
  const story = await draftWith({ body: body(LEAD, ALLEGATION), ...extra })
  expect((await approveStory(story.id)).status).toBe(200)
  return story
}

describe('a live picture: words legal cleared, given a name afterwards', () => {
  it('PATCH /api/media-assets/:id caption naming the man legal cleared as "he": 409 LEGAL_REVIEW_REQUIRED, readers keep the caption legal read', async () => {
    const asset = await upload({ caption: 'A man leaves the town hall. He is accused of fraud.' })
    const story = await draftWith({ body: body(LEAD, 'The council met in private on Monday.'), media: [asset.id] })
    // The gate reads the caption: the story waits for legal, legal reads and approves it.
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: 'Tom Reyes leaves the town hall. He is accused of fraud.' })
    const shown = await t.http.get(`/api/media-assets/${asset.id}`)
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect({ status: res.status, shown: JSON.stringify(shown.body).includes('Tom Reyes'), page: JSON.stringify(page.body).includes('Tom Reyes') }).toEqual({
      status: 409,
      shown: false,
      page: false,
    })
    expect(res.body.errors[0].code).toBe('LEGAL_REVIEW_REQUIRED')
  })

  it('PATCH /api/media-assets/:id a harmless credit fix on a picture a live story legal approved shows: 409, it goes through the desk', async () => {
    const asset = await upload()
    const story = await approvedAllegation({ media: [asset.id] })
    expect((await publishNow(story.id)).status).toBe(200)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { creditLine: 'Reuters/Ana Silva' })
    expect([res.status, res.body.errors?.[0]?.code]).toEqual([409, 'LEGAL_REVIEW_REQUIRED'])
    expect(res.body.errors[0].message).toMatch(/legal/)
  })

  it('near miss: the same credit fix on a picture only stories legal never touched show goes through at once', async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet.'), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { creditLine: 'Reuters/Ana Silva' })
    expect(res.status).toBe(200)
    expect(JSON.stringify((await as(null, 'get', `/api/dispatches/slug/${story.slug}?depth=1`)).body)).toContain('Reuters/Ana Silva')
  })

  it("PATCH /api/correspondents/:id the title of a correspondent a live story legal approved bylines: 409; on one legal never touched, 200", async () => {
    const made = await as('editor', 'post', '/api/correspondents', { name: `Ana Silva ${Date.now()}`, kind: 'reporter' })
    expect(made.status).toBe(201)
    const person = made.body.doc as { id: number }
    const story = await draftWith({ body: body(LEAD, ALLEGATION), byline: [{ correspondent: person.id, role: 'reporter' }] })
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
    const refused = await as('editor', 'patch', `/api/correspondents/${person.id}`, { title: 'Chief Correspondent' })
    expect([refused.status, refused.body.errors?.[0]?.code]).toEqual([409, 'LEGAL_REVIEW_REQUIRED'])
    const other = await as('editor', 'post', '/api/correspondents', { name: `Leila Haddad ${Date.now()}`, kind: 'reporter' })
    const plain = await draftWith({ body: body(LEAD, 'The road out of the city was quiet.'), byline: [{ correspondent: other.body.doc.id, role: 'reporter' }] })
    expect((await publish(plain.id)).status).toBe(200)
    const fixed = await as('editor', 'patch', `/api/correspondents/${other.body.doc.id}`, { title: 'Senior Correspondent' })
    expect(fixed.status).toBe(200)
  })
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
    // Legal reads the story as it now stands and approves it: then it goes out.
    expect((await legalView(story.id)).sealed).toMatchObject({ involved: true, approved: false })
    expect((await approveStory(story.id)).status).toBe(200)
    // A quote the copy now gives to someone else waits for legal again; its decision seals the story.
    for (const waiting of (await quotesOf(story.id)).filter((q) => q.sensitive && q.legal?.status === 'pending')) {
      expect((await as('legal', 'post', `/api/quotes/${waiting.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    }
    expect((await publishNow(story.id)).status).toBe(200)
  })

  it('no extra click: legal approving the only quote is the approval of the story as it stood; it publishes', async () => {
    const { story } = await approvedOrder()
    expect((await legalView(story.id)).sealed).toMatchObject({ involved: true, approved: true, changes: [] })
    expect((await publish(story.id)).status).toBe(200)
  })

  it('a re-save that changes nothing does not re-open it', async () => {
    const { story } = await approvedOrder()
    const copy = await working(story.id)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: copy.body, headline: copy.headline, tags: copy.tags })).status).toBe(200)
    expect((await publish(story.id)).status).toBe(200)
  })
})

describe('a speaker corrected by hand away from the one the copy prints', () => {
  it('PATCH /api/quotes/:id speaker "a militia commander" for words the body gives to Tom Reyes, then legal approves: the publish waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, `"${WORDS}," Tom Reyes, the mayor of Lisbon, told his men over the radio.`) })
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ sensitive: true, speaker: { name: 'Tom Reyes' } })
    expect((await as('editor', 'patch', `/api/quotes/${quote!.id}`, { speaker: { name: 'a militia commander', description: null } })).status).toBe(200)
    expect((await as('legal', 'post', `/api/quotes/${quote!.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    const res = await publish(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: printed.includes('Tom Reyes, the mayor of Lisbon, told his men') }).toMatchObject({ publish: 'held by the gate', printed: false })
    // Legal's view of the story says why: the record and the copy name different speakers.
    expect((await legalView(story.id)).sealed.changes.join(' ')).toMatch(/a militia commander.*Tom Reyes|Tom Reyes.*a militia commander/)
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
  })
})

describe('words in a node the validation lets through and the readers skip', () => {
  it("POST /api/dispatches?draft=true, an allegation in an upload node's fields (Payload's per-placement caption): refused or waiting for legal", async () => {
    const asset = await upload()
    const res = await draftRequest({
      body: lexicalDocument([textParagraph(LEAD), { type: 'upload', version: 3, format: '', id: 'r3', relationTo: 'media-assets', value: asset.id, fields: { caption: ALLEGATION, alt: ALLEGATION } }]),
    })
    expect(res.status).toBe(201)
    const story = res.body.doc as Dispatch
    expect((await working(story.id)).legalRead?.passages?.map((p) => p.text)).toContain(ALLEGATION)
    const published = await publish(story.id)
    const printed = await printedIf(published, story.slug)
    expect({ publish: gateAnswer(published), printed: printed.includes('accused of fraud') }).toEqual({ publish: 'held by the gate', printed: false })
  })
})

describe('a picture or record node whose value is sent as an object', () => {
  it.each([
    ['an upload node', (asset: number): LexicalNode => ({ type: 'upload', version: 3, format: '', id: 'r3v', fields: null, relationTo: 'media-assets', value: { id: asset, caption: ALLEGATION, alt: ALLEGATION, creditLine: 'Reuters' } })],
    ['a relationship node', (_asset: number): LexicalNode => ({ type: 'relationship', version: 2, format: '', relationTo: 'correspondents', value: { id: reporterId, name: 'Tom Reyes', bio: ALLEGATION } })],
  ])('POST /api/dispatches?draft=true with %s carrying words in its value: 400 naming the node, nothing saved', async (_label, node) => {
    const asset = await upload()
    const headline = `Object value ${Date.now()} ${Math.random()}`
    const res = await draftRequest({ headline, body: lexicalDocument([textParagraph(LEAD), node(asset.id)]) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/root\.children\.1 is a (upload|relationship) node whose value is an object with id/)
    expect((await t.payload.find({ collection: 'dispatches', where: { headline: { equals: headline } }, draft: true, depth: 0 })).totalDocs).toBe(0)
  })

  it('near miss: `{ id }` alone, as Payload allows, is taken', async () => {
    const asset = await upload()
    const res = await draftRequest({ body: lexicalDocument([textParagraph(LEAD), { type: 'upload', version: 3, format: '', id: 'r3w', fields: null, relationTo: 'media-assets', value: { id: asset.id } }]) })
    expect(res.status).toBe(201)
  })
})

describe("what a link points at, after legal's approval", () => {
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
    expect(created.status).toBe(201)
    const story = created.body.doc as Dispatch
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await approveStory(story.id)).status).toBe(200)
    const edit = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: linked(reporterId) })
    expect(edit.status).toBe(200)
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), read: (await working(story.id)).legalRead?.status }).toMatchObject({ publish: 'held by the gate' })
    expect((await legalView(story.id)).sealed.changes).toContain('link target changed')
  })
})

describe('a picture legal saw, its image swapped for another of the same name and size', () => {
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
    const asset = await upload({ caption: 'Mourners at the funeral in Raqqa.' }, name, first)
    const story = await draftWith({ body: body(LEAD, ALLEGATION), media: [asset.id] })
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    expect((await approveStory(story.id)).status).toBe(200)
    const swapped = await t.http
      .patch(`/api/media-assets/${asset.id}`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .attach('file', second, { filename: name, contentType: 'image/jpeg' })
    expect(swapped.status).toBe(200)
    const stored: MediaAsset = await t.payload.findByID({ collection: 'media-assets', id: asset.id, depth: 0 })
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), sameName: stored.filename === asset.filename, sameSize: stored.filesize === asset.filesize }).toMatchObject({ publish: 'held by the gate' })
  })
})

describe('what changes readers get without changing the words, after legal approved', () => {
  const heading = (words: string): LexicalNode => ({ type: 'heading', tag: 'h2', children: [text(words)], direction: 'ltr', format: '', indent: 0, version: 1 })
  const quoteBlock = (words: string): LexicalNode => ({ type: 'quote', children: [text(words)], direction: 'ltr', format: '', indent: 0, version: 1 })
  const bullets = (words: string): LexicalNode => ({
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'listitem', value: 1, children: [text(words)], direction: 'ltr', format: '', indent: 0, version: 1 }],
  })
  const second = 'The council met in private on Monday.'

  it.each([
    ['the paragraph made a quote block', quoteBlock(second), 'block type changed'],
    ['the paragraph made a heading', heading(second), 'block type changed'],
    ['the paragraph made a bullet list', bullets(second), 'block type changed'],
    ['its words made bold', paragraph([text(second, { format: 1 })]), 'text format changed'],
    ['its words given a colour', paragraph([text(second, { style: 'color: red' })]), 'text format changed'],
  ])('PATCH /api/dispatches/:id?draft=true, %s: the publish waits for legal, who sees what changed', async (_label, node, line) => {
    const story = await approvedAllegation({ body: body(LEAD, ALLEGATION, second) })
    const edit = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), textParagraph(ALLEGATION), node as LexicalNode]) })
    expect(edit.status).toBe(200)
    const res = await publishNow(story.id)
    expect(gateAnswer(res)).toBe('held by the gate')
    expect(reasonsOf(res).map((r) => r.message).join(' ')).toContain(line)
    expect((await legalView(story.id)).sealed.changes).toContain(line)
  })

  it("a picture's caption changed on a story not yet live (legal approved it): the publish waits for legal", async () => {
    const asset = await upload()
    const story = await approvedAllegation({ media: [asset.id] })
    expect((await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: 'Mourners at the funeral in Raqqa on Friday.' })).status).toBe(200)
    const res = await publishNow(story.id)
    expect(gateAnswer(res)).toBe('held by the gate')
    expect((await legalView(story.id)).sealed.changes).toContain('picture caption or credit changed')
  })

  it('near miss: a story legal never touched changes its block types and formats and publishes with no legal', async () => {
    const story = await draftWith({ body: body(LEAD, second) })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', 'The layout was changed.')).status).toBe(200)
    const edit = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), heading(second), paragraph([text('Bold words.', { format: 1 })])]) })
    expect(edit.status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
  })
})

describe('the Local API with a user', () => {
  // Payload's Local API defaults `overrideAccess` to true even when a `user` is given: server code
  // acting for a user is that user, and the live copy is written only by the workflow.
  it('payload.update({ user, data: { _status: "published" } }) with the default overrideAccess: refused, the live copy unchanged', async () => {
    const story = await draftWith({ body: body(LEAD, 'The road out of the city was quiet.') })
    expect((await publish(story.id)).status).toBe(200)
    const editor = await t.user('editor')
    await expect(
      t.payload.update({ collection: 'dispatches', id: story.id, user: editor, data: { _status: 'published', body: body(LEAD, ALLEGATION) } as Partial<Dispatch> }),
    ).rejects.toMatchObject({ status: 403 })
    expect(JSON.stringify((await as(null, 'get', `/api/dispatches/slug/${story.slug}`)).body)).not.toContain('accused of fraud')
  })

  it('payload.create({ user, data: { _status: "published" } }): refused; as a draft it is taken', async () => {
    const editor = await t.user('editor')
    const data = { headline: `Local API ${Date.now()}`, byline: [{ correspondent: reporterId, role: 'reporter' }], body: body(LEAD, ALLEGATION) }
    await expect(t.payload.create({ collection: 'dispatches', user: editor, data: { ...data, _status: 'published' } as never })).rejects.toMatchObject({ status: 403 })
    const draft = await t.payload.create({ collection: 'dispatches', user: editor, draft: true, data: data as never })
    expect(draft.id).toBeDefined()
  })
})
