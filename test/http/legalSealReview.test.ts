/**
 * Legal's click names what legal saw, all of it (docs/legal.md "Sealed approval"): the `hash` of
 * GET /api/dispatches/:id/legal-review covers the text and the fingerprint of everything readers
 * get, a story decision names it as `reviewed` and a quote decision that seals names it as
 * `story`; a link target, format or picture changed between legal opening the story and the click
 * is refused (409 REVIEW_STALE with the current hash), nothing sealed, the publish still held.
 * And legal's queue lists the stories waiting for legal's approval as a whole (GET
 * /api/dispatches/legal-queue, what /admin/legal-queue and the dashboard card show).
 */
import type { Dispatch, Quote } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, working, draftWith, publish, publishNow, gateAnswer, upload, body, text, paragraph } = legalStory(() => t, {
  headline: 'Sealed review',
  decisionsNameWhatStands: true,
  pictureMeta: { alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' },
})

type Review = { hash: string; textHash: string; status: string; sealed: { involved: boolean; required: boolean; approved: boolean; changes: string[] } | null }
type QueueStory = { id: number; reviewed: string; sealed: { changes: string[] } | null; decision: { status: string } }
type Queue = { counts: { quotes: number; stories: number; total: number }; stories: QueueStory[] }

const LEAD = 'Shelling resumed at first light.'
/** A narrative allegation against a named person: the legal read flags it. */
const ALLEGATION = 'Tom Reyes is accused of fraud.'
const SECOND = 'The council met in private on Monday.'
const ORDER = '"We executed every prisoner at dawn," a militia commander told his men over the radio.'

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
})
afterAll(async () => {
  await t?.stop()
})

const review = async (id: number): Promise<Review> => {
  const res = await as('legal', 'get', `/api/dispatches/${id}/legal-review`)
  expect(res.status).toBe(200)
  return res.body as Review
}
const queue = async (): Promise<Queue> => {
  const res = await as('legal', 'get', '/api/dispatches/legal-queue')
  expect(res.status).toBe(200)
  return res.body as Queue
}
const sealRows = async (id: number): Promise<number> =>
  (await t.payload.find({ collection: 'workflow-events', where: { and: [{ dispatch: { equals: id } }, { 'gate.fingerprint.hash': { exists: true } }] }, depth: 0, limit: 0 })).totalDocs
const quotesOf = async (id: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: id } }, pagination: false, depth: 0, sort: 'createdAt' })).docs

const link = (to: string): LexicalNode =>
  paragraph([
    text('Police named '),
    { type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, id: 'seal2link', fields: { linkType: 'custom', url: to, newTab: false }, children: [text('the man behind the scheme')] },
    text('.'),
  ])

/** Edits made as an editor while legal has the story open; none changes a word legal reads. */
const edits: Array<[string, (story: Dispatch) => Promise<unknown>]> = [
  [
    'a link target re-pointed',
    (story) => as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), textParagraph(ALLEGATION), link('https://example.org/other')]) }),
  ],
  [
    'a paragraph made bold',
    (story) => as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), textParagraph(ALLEGATION), link('https://example.org/court'), paragraph([text(SECOND, { format: 1 })])]) }),
  ],
  [
    // Red-team pass 4, family 7 (moved here from test/open/redTeamLegal4.test.ts as it closed).
    'the allegation made a top-level heading',
    (story) =>
      as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, {
        body: lexicalDocument([textParagraph(LEAD), { type: 'heading', tag: 'h1', children: [text(ALLEGATION)], direction: 'ltr', format: '', indent: 0, version: 1 }, link('https://example.org/court'), textParagraph(SECOND)]),
      }),
  ],
  [
    'the byline swapped to another correspondent',
    async (story) => {
      const made = await as('editor', 'post', '/api/correspondents', { name: `Leila Haddad ${Date.now()}`, kind: 'reporter', title: 'Investigations Editor' })
      expect(made.status).toBe(201)
      return as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { byline: [{ correspondent: made.body.doc.id, role: 'reporter' }] })
    },
  ],
  [
    "the picture's credit changed",
    async (story) => as('editor', 'patch', `/api/media-assets/${(await working(story.id)).media![0] as number}`, { creditLine: 'Reuters/Ana Silva' }),
  ],
]

describe("legal's click names the story legal saw, not only its words", () => {
  it.each(edits)('POST /api/dispatches/:id/legal-review after %s since legal opened it: 409 REVIEW_STALE, nothing sealed, the publish held', async (_label, edit) => {
    const asset = await upload()
    const story = await draftWith({ body: lexicalDocument([textParagraph(LEAD), textParagraph(ALLEGATION), link('https://example.org/court'), textParagraph(SECOND)]), media: [asset.id] })
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
    const seen = await review(story.id)
    const edited = (await edit(story)) as { status: number }
    expect(edited.status).toBe(200)
    const now = await review(story.id)
    expect(now.hash).not.toBe(seen.hash)

    const res = await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve', reviewed: seen.hash })
    expect([res.status, res.body.errors?.[0]?.code]).toEqual([409, 'REVIEW_STALE'])
    expect(res.body.errors[0]).toMatchObject({ reviewed: seen.hash, current: now.hash })
    expect({ read: (await working(story.id)).legalRead?.status, seals: await sealRows(story.id), publish: gateAnswer(await publishNow(story.id)) }).toEqual({
      read: 'pending',
      seals: 0,
      publish: 'held by the gate',
    })

    // Legal reads it again and approves the story as it stands: it publishes as approved.
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve', reviewed: now.hash })).status).toBe(200)
    expect((await review(story.id)).sealed).toMatchObject({ approved: true, changes: [] })
    expect((await publishNow(story.id)).status).toBe(200)
  })

  it('GraphQL reviewDispatch naming the story before a format change: REVIEW_STALE, nothing sealed', async () => {
    const story = await draftWith({ body: body(LEAD, ALLEGATION, SECOND) })
    const seen = await review(story.id)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), textParagraph(ALLEGATION), paragraph([text(SECOND, { format: 2 })])]) })).status).toBe(200)
    // The words legal reads did not move (the old hash would have let this through); the story readers get did.
    const now = await review(story.id)
    expect({ words: now.textHash === seen.textHash, story: now.hash === seen.hash }).toEqual({ words: true, story: false })
    const res = await t.http
      .post('/api/graphql')
      .set('Authorization', `JWT ${await t.token('legal')}`)
      .send({ query: `mutation ($id: ID!, $reviewed: String!) { reviewDispatch(id: $id, decision: approve, reviewed: $reviewed) { status } }`, variables: { id: story.id, reviewed: seen.hash } })
    expect(res.body.errors?.[0]?.extensions?.code).toBe('REVIEW_STALE')
    expect({ read: (await working(story.id)).legalRead?.status, seals: await sealRows(story.id) }).toEqual({ read: 'pending', seals: 0 })
  })
})

describe('the quote decision that seals the story names the story legal saw', () => {
  async function orderStory(): Promise<{ story: Dispatch; quote: Quote }> {
    const story = await draftWith({ body: body(LEAD, ORDER, SECOND) })
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ sensitive: true, legal: { status: 'pending' } })
    return { story, quote: quote! }
  }
  const bolded = (story: Dispatch) =>
    as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), textParagraph(ORDER), paragraph([text(SECOND, { format: 1 })])]) })

  it('POST /api/quotes/:id/legal-review with `story` from before a format change: 409 REVIEW_STALE with the current one, the quote still pending, the publish held', async () => {
    const { story, quote } = await orderStory()
    const seen = await review(story.id)
    expect((await bolded(story)).status).toBe(200)
    const current = await review(story.id)
    const reviewed = (await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.reviewHash
    const res = await as('legal', 'post', `/api/quotes/${quote.id}/legal-review`, { decision: 'approve', reviewed, story: seen.hash })
    expect([res.status, res.body.errors?.[0]?.code, res.body.errors?.[0]?.current]).toEqual([409, 'REVIEW_STALE', current.hash])
    const after = (await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.status
    expect({ quote: after, seals: await sealRows(story.id), publish: gateAnswer(await publishNow(story.id)) }).toEqual({ quote: 'pending', seals: 0, publish: 'held by the gate' })
    // Named as it stands, the approval seals the story: it publishes with no extra click.
    expect((await as('legal', 'post', `/api/quotes/${quote.id}/legal-review`, { decision: 'approve', reviewed, story: current.hash })).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
  })

  it('a quote approval naming no story (the quote edit view, an old client): the quote is cleared, the story waits in the queue for its own approval', async () => {
    const { story, quote } = await orderStory()
    const reviewed = (await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.reviewHash
    expect((await as('legal', 'post', `/api/quotes/${quote.id}/legal-review`, { decision: 'approve', reviewed })).status).toBe(200)
    const res = await publishNow(story.id)
    expect(gateAnswer(res)).toBe('held by the gate')
    expect(res.body.errors[0].reasons.map((r: { code: string }) => r.code)).toContain('LEGAL_READ_REQUIRED')
    const row = (await queue()).stories.find((s) => s.id === story.id)
    expect(row).toMatchObject({ reviewed: (await review(story.id)).hash, decision: { status: 'pending' } })
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve', reviewed: row!.reviewed })).status).toBe(200)
    expect((await publishNow(story.id)).status).toBe(200)
  })

  it('bad input: `story` that is not a hash is 400 naming it, nothing decided', async () => {
    const { quote } = await orderStory()
    const reviewed = (await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.reviewHash
    const res = await as('legal', 'post', `/api/quotes/${quote.id}/legal-review`, { decision: 'approve', reviewed, story: 'abc' })
    expect([res.status, res.body.errors?.[0]?.code]).toEqual([400, 'INVALID_REQUEST'])
    expect(JSON.stringify(res.body)).toContain('story')
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.status).toBe('pending')
  })
})

describe("legal's queue lists the stories its seal holds", () => {
  it('GET /api/dispatches/legal-queue: a story re-opened by a format change is listed with what changed, counted, and leaves once legal approves it from there', async () => {
    const story = await draftWith({ body: body(LEAD, ALLEGATION, SECOND) })
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    expect((await queue()).stories.some((s) => s.id === story.id)).toBe(false)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: lexicalDocument([textParagraph(LEAD), textParagraph(ALLEGATION), paragraph([text(SECOND, { format: 1 })])]) })).status).toBe(200)
    // The words legal approved still stand: only the seal holds it.
    expect((await working(story.id)).legalRead?.status).toBe('approved')

    const listed = await queue()
    const row = listed.stories.find((s) => s.id === story.id)
    expect(row).toMatchObject({ decision: { status: 'pending' }, sealed: { changes: ['text format changed'] }, reviewed: (await review(story.id)).hash })
    const { totalDocs: quotes } = (await as('legal', 'get', '/api/quotes?where[sensitive][equals]=true&where[legal.status][equals]=pending&limit=1')).body
    expect(listed.counts).toEqual({ quotes, stories: listed.stories.length, total: quotes + listed.stories.length })

    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve', reviewed: row!.reviewed })).status).toBe(200)
    expect((await queue()).stories.some((s) => s.id === story.id)).toBe(false)
    expect((await publishNow(story.id)).status).toBe(200)
  })

  it('a story legal never touched is not listed; the queue is for legal and admins only', async () => {
    const story = await draftWith({ body: body(LEAD, SECOND) })
    expect((await queue()).stories.some((s) => s.id === story.id)).toBe(false)
    for (const role of ['editor', 'correspondent'] as const) {
      const res = await as(role, 'get', '/api/dispatches/legal-queue')
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([403, 'ROLE_NOT_ALLOWED'])
    }
    expect((await as(null, 'get', '/api/dispatches/legal-queue')).status).toBeGreaterThanOrEqual(401)
  })
})
