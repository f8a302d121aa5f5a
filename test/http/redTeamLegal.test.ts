/**
 * Red team on the legal promise: nothing a lawyer has not cleared goes out, whoever types it and
 * through whichever door. Each test is one route an editor on deadline or an attacker would try;
 * each ends in a refusal or in a quote waiting for legal.
 */
import type { Dispatch, Quote } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing } from '../helpers/legalReview'

let t: TestApp
let reporterId = 0

async function as(role: DemoRole | null, method: 'get' | 'post' | 'patch' | 'delete', url: string, payload?: unknown) {
  const req = t.http[method](url)
  if (role) req.set('Authorization', `JWT ${await t.token(role)}`)
  return payload === undefined ? req : req.send(payload as object)
}
const gql = (role: DemoRole | null, query: string) => as(role, 'post', '/api/graphql', { query })

const quotesOf = async (dispatch: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch } }, pagination: false, depth: 0, sort: 'createdAt' })).docs

const body = (...paragraphs: string[]) => lexicalDocument(paragraphs.map(textParagraph))
const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

async function draftWith(data: Record<string, unknown>): Promise<Dispatch> {
  const res = await as('editor', 'post', '/api/dispatches?draft=true', {
    headline: `Red team story ${Date.now()} ${Math.random()}`,
    byline: [{ correspondent: reporterId, role: 'reporter' }],
    ...data,
  })
  expect(res.status).toBe(201)
  return res.body.doc as Dispatch
}

const move = (role: DemoRole, id: number, to: string, note?: string) => as(role, 'post', `/api/dispatches/${id}/transition`, { to, note })
async function publishStatus(id: number): Promise<number> {
  expect((await move('editor', id, 'in_review')).status).toBe(200)
  expect((await move('editor', id, 'approved')).status).toBe(200)
  return (await move('editor', id, 'published')).status
}

const WORDS = 'We executed every prisoner at dawn'
const ORDER = `"${WORDS}," a militia commander told his men over the radio.`

/** A draft whose one quote is sensitive and pending legal. */
async function pendingStory(): Promise<{ story: Dispatch; quote: Quote }> {
  const story = await draftWith({ body: body('Shelling resumed at first light.', ORDER) })
  const [quote] = await quotesOf(story.id)
  expect(quote).toMatchObject({ sensitive: true, legal: { status: 'pending' }, binding: 'bound' })
  return { story, quote: quote! }
}

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
  reporterId = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
})

describe('the words of a pending quote moved where the binding does not look', () => {
  it('into the tags: the publish is refused', async () => {
    const { story } = await pendingStory()
    const save = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body('Shelling resumed at first light.'), tags: [WORDS] })
    expect(save.status).toBe(200)
    expect(await publishStatus(story.id)).toBe(409)
  })

  it('into the dateline: the publish is refused', async () => {
    const { story } = await pendingStory()
    const save = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body('Shelling resumed at first light.'), dateline: WORDS })
    expect(save.status).toBe(200)
    expect(await publishStatus(story.id)).toBe(409)
  })

  it('into a correction note of a live story: the republish is refused', async () => {
    const { story, quote } = await pendingStory()
    expect((await as('legal', 'post', `/api/quotes/${quote.id}/legal-review`, await reviewing(t.payload, 'quotes', quote.id, { decision: 'reject', note: 'No' }))).status).toBe(200)
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body('Shelling resumed at first light.') })).status).toBe(200)
    // Legal decided on the story (it rejected the quote): the new text goes out once legal approves it.
    expect(await publishStatus(story.id)).toBe(409)
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, await reviewing(t.payload, 'dispatches', story.id, { decision: 'approve' }))).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', `An earlier version left out that ${WORDS}.`)).status).toBe(200)
    expect((await move('editor', story.id, 'approved')).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(409)
  })

  it('into the caption of a picture the story shows: the publish is refused', async () => {
    const { story } = await pendingStory()
    const { docs } = await t.payload.find({ collection: 'media-assets', where: { filename: { exists: true } }, depth: 0, limit: 1 })
    const asset = docs[0]!
    expect((await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: `${WORDS}, the commander said.` })).status).toBe(200)
    const save = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body('Shelling resumed at first light.'), media: [asset.id] })
    expect(save.status).toBe(200)
    expect(await publishStatus(story.id)).toBe(409)
  })

  it('split over two paragraphs in mid-sentence: the quote still blocks (no quote marks carry it, so it is no speech: unbound)', async () => {
    const { story, quote } = await pendingStory()
    const save = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, {
      body: body('Shelling resumed at first light. We executed every', 'prisoner at dawn, the radio said.'),
    })
    expect(save.status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).binding).toBe('unbound')
    expect(await publishStatus(story.id)).toBe(409)
  })

  it.each([
    ['a soft hyphen', 'exe\u00ADcuted'],
    ['a zero-width space', 'exe\u200Bcuted'],
    ['a zero-width joiner', 'exe\u200Dcuted'],
    ['a word joiner', 'exe\u2060cuted'],
    ['a Cyrillic e (homoglyph)', '\u0435xecuted'],
    ['fullwidth letters', '\uFF45xecuted'],
  ])('with %s inside a word: the quote stays bound and blocks', async (_label, executed) => {
    const { story, quote } = await pendingStory()
    const save = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, {
      body: body('Shelling resumed at first light.', ORDER.replace('executed', executed)),
    })
    expect(save.status).toBe(200)
    const quotes = await quotesOf(story.id)
    expect(quotes.find((q) => q.id === quote.id)?.binding).toBe('bound')
    expect(await publishStatus(story.id)).toBe(409)
  })
})

describe('new quoted speech in other marks and other nodes', () => {
  it.each([
    ['guillemets', `«${WORDS},» a militia commander told his men over the radio.`],
    ['German marks', `„${WORDS},“ a militia commander told his men over the radio.`],
    ['reversed guillemets', `»${WORDS},« a militia commander told his men over the radio.`],
  ])('%s: the passage gets a pending record and blocks the publish', async (_label, paragraph) => {
    const story = await draftWith({ body: body('Shelling resumed at first light.', paragraph) })
    const quotes = await quotesOf(story.id)
    expect(quotes.some((q) => q.sensitive && q.legal?.status === 'pending' && q.text.includes('executed every prisoner'))).toBe(true)
    expect(await publishStatus(story.id)).toBe(409)
  })

  // British house style quotes speech in single curly marks, and ’ is also the apostrophe: the
  // shared scanner (quotePairs) closes a quote only at a ’ followed by no letter.
  it('single curly marks: the passage gets a pending record and blocks the publish', async () => {
    const story = await draftWith({ body: body('Shelling resumed at first light.', `\u2018${WORDS},\u2019 a militia commander told his men over the radio.`) })
    const quotes = await quotesOf(story.id)
    expect(quotes.some((q) => q.sensitive && q.legal?.status === 'pending' && q.text.includes('executed every prisoner'))).toBe(true)
    expect(await publishStatus(story.id)).toBe(409)
  })

  it.each([
    ['a Cyrillic e', ORDER.replace('executed', '\u0435xecuted')],
    ['a soft hyphen', ORDER.replace('executed', 'exe\u00ADcuted')],
  ])('with %s inside a word of a new quote: the passage is flagged as the printed words are', async (_label, paragraph) => {
    const story = await draftWith({ body: body('Shelling resumed at first light.', paragraph) })
    const quotes = await quotesOf(story.id)
    expect(quotes.some((q) => q.sensitive && q.legal?.status === 'pending')).toBe(true)
    expect(await publishStatus(story.id)).toBe(409)
  })

  it.each([
    ['a heading', block('heading', [text(ORDER)], { tag: 'h2' })],
    ['a quote block', block('quote', [text(ORDER)])],
    ['a list item', block('list', [block('listitem', [text(ORDER)], { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' })],
    ['a link', block('paragraph', [block('link', [text(ORDER)], { fields: { url: 'https://example.com', linkType: 'custom' } })])],
    ['text split across formatting', block('paragraph', [text('"We exe'), text('cuted every', 1), text(' prisoner at dawn," a militia commander', 2), text(' told his men.')])],
  ])('in %s: the passage gets a pending record', async (_label, node) => {
    const story = await draftWith({ body: lexicalDocument([textParagraph('Shelling resumed at first light.'), node]) })
    const quotes = await quotesOf(story.id)
    expect(quotes.some((q) => q.sensitive && q.legal?.status === 'pending' && q.text.includes('executed every prisoner'))).toBe(true)
    expect(await publishStatus(story.id)).toBe(409)
  })
})

describe('unflag and delete through the bulk and local doors', () => {
  it('bulk PATCH /api/quotes?where unflags nothing', async () => {
    const { quote } = await pendingStory()
    const res = await as('editor', 'patch', `/api/quotes?where[id][equals]=${quote.id}`, { sensitive: false, sensitivityReasons: [] })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).sensitive).toBe(true)
  })

  it('bulk DELETE /api/quotes?where deletes nothing bound', async () => {
    const { quote } = await pendingStory()
    for (const role of ['editor', 'legal', 'admin'] as const) {
      const res = await as(role, 'delete', `/api/quotes?where[id][equals]=${quote.id}`)
      expect(res.status).toBeGreaterThanOrEqual(400)
    }
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0, disableErrors: true }))?.id).toBe(quote.id)
  })

  it('the Local API with a user (overrideAccess false) cannot unflag', async () => {
    const { quote } = await pendingStory()
    const user = await t.user('editor')
    await expect(
      t.payload.update({ collection: 'quotes', id: quote.id, data: { sensitive: false }, overrideAccess: false, user, depth: 0 }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).sensitive).toBe(true)
  })

  it('multipart _payload with a context key unflags nothing', async () => {
    const { quote } = await pendingStory()
    const res = await t.http
      .patch(`/api/quotes/${quote.id}?context[quoteBinding]=true`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .field('_payload', JSON.stringify({ sensitive: false, context: { quoteBinding: true }, quoteBinding: true }))
    expect([400, 403]).toContain(res.status)
    const plain = await t.http
      .patch(`/api/quotes/${quote.id}?context[quoteBinding]=true&context[workflowService]=true`)
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .field('_payload', JSON.stringify({ sensitive: false }))
    expect(plain.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).sensitive).toBe(true)
  })

  it('GraphQL deleteQuote of a bound pending quote is refused', async () => {
    const { quote } = await pendingStory()
    const res = await gql('admin', `mutation { deleteQuote(id: ${quote.id}) { id } }`)
    expect(res.body.errors?.length).toBeGreaterThan(0)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0, disableErrors: true }))?.id).toBe(quote.id)
  })
})
