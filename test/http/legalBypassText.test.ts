/**
 * Bypasses of the legal read through the text itself (red team 2, test/http/redTeamLegal2.test.ts
 * on branch redteam): look-alike and invisible characters, bidi overrides, words in Lexical nodes
 * that carry none in the editor, quote marks the extractor did not know, scare quotes, a strike
 * through an approved quote. Each route ends in a refusal or in the words waiting for legal;
 * the near misses beside each (the same tricks on harmless copy, apostrophes, Russian copy,
 * Arabic without controls) still save and publish.
 */
import type { Dispatch, Quote } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0

const { as, working, draftRequest, draftWith, move, publish, gateAnswer, body, text, paragraph } = legalStory(() => t, { headline: 'Text bypass', decisionsNameWhatStands: true })

const quotesOf = async (dispatch: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch } }, pagination: false, depth: 0, sort: 'createdAt' })).docs

/**
 * Writes a body into the story's working copy past every hook and validation, as a database fix,
 * a migration or a client of a future version might: the readers and the gate must still read
 * every word of it.
 */
async function writePastHooks(id: number, doc: unknown): Promise<void> {
  const { docs } = await t.payload.db.findVersions({ collection: 'dispatches', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, pagination: false })
  const latest = docs[0]!
  await t.payload.db.updateVersion({
    collection: 'dispatches',
    id: latest.id,
    versionData: { ...latest, version: { ...(latest.version as Record<string, unknown>), body: doc } } as never,
  })
  // PostgreSQL's jsonb orders keys its own way: compare the documents, not their spelling.
  expect((await working(id)).body).toEqual(doc)
}

const LEAD = 'Shelling resumed at first light.'
/** A narrative allegation against a named person: the legal read flags it. */
const ALLEGATION = 'Tom Reyes is accused of fraud.'
const WORDS = 'We executed every prisoner at dawn'
const ORDER = `"${WORDS}," a militia commander told his men over the radio.`

const publicBody = async (slug: string): Promise<string> => {
  const page = await as(null, 'get', `/api/dispatches/slug/${slug}`)
  const ninjs = await as(null, 'get', `/api/ninjs/dispatches/${slug}`)
  const feed = await as(null, 'get', '/feeds/feed.json')
  return JSON.stringify(page.body) + JSON.stringify(ninjs.body) + feed.text
}

/** The messages of a refused save (REST ValidationError). */
const messages = (res: { body: unknown }): string => JSON.stringify(res.body)

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
  reporterId = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
})

describe('control', () => {
  it('the plain allegation is flagged and blocks the publish', async () => {
    const story = await draftWith({ body: body(LEAD, ALLEGATION) })
    expect((await working(story.id)).legalRead?.passages?.length).toBeGreaterThan(0)
    expect((await publish(story.id)).status).toBe(409)
  })
})

describe('narrative passages hidden from the legal read', () => {
  it.each([
    ['a Cyrillic a (homoglyph)', ALLEGATION.replace('accused', '\u0430ccused')],
    ['a Greek omicron (homoglyph)', ALLEGATION.replace('of', '\u03BFf')],
    ['a zero-width space', ALLEGATION.replace('accused', 'ac\u200Bcused')],
    ['a soft hyphen', ALLEGATION.replace('accused', 'ac\u00ADcused')],
    ['a variation selector', ALLEGATION.replace('accused', 'ac\uFE0Fcused')],
    ['fullwidth letters', ALLEGATION.replace('accused', '\uFF41ccused')],
    ['mathematical bold letters', ALLEGATION.replace('accused', '\u{1D41A}ccused')],
    ['scare quotes around the charge', 'Tom Reyes is "accused of fraud" by the council.'],
    ['scare quotes around the verb', 'Tom Reyes "raped" a girl.'],
    ['straight single scare quotes around the verb', "Tom Reyes 'raped' a girl."],
  ])('PATCH body: an allegation with %s is flagged for legal and blocks the publish', async (_label, sentence) => {
    const story = await draftWith({ body: body(LEAD, sentence) })
    const passages = (await working(story.id)).legalRead?.passages ?? []
    expect(passages.length).toBeGreaterThan(0)
    // The desk and legal see the sentence as printed, not as the check folded it.
    expect(passages.map((passage) => passage.text)).toContain(sentence)
    expect((await publish(story.id)).status).toBe(409)
  })

  it('legal approves the printed text; the story then publishes and prints it unchanged', async () => {
    const sentence = ALLEGATION.replace('accused', 'ac\u00ADcused')
    const story = await draftWith({ body: body(LEAD, sentence) })
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    expect((await publish(story.id)).status).toBe(200)
    expect(await publicBody(story.slug!)).toContain('ac\u00ADcused')
  })
})

describe('near misses: the same characters in copy legal need not read', () => {
  it.each([
    ['a soft hyphen in a long word', 'The counter\u00ADoffensive stalled at the river.'],
    ['fullwidth digits', 'The convoy of \uFF11\uFF12 trucks arrived.'],
    ['apostrophes in straight marks', "Reyes' car was found in the '90s, and don't expect rock 'n' roll."],
    ['scare quotes that accuse nobody', "The so-called 'peace plan' failed, and the \"ceasefire\" held."],
    ['a tab node as the editor writes it', null],
  ])('%s: saves and publishes with no legal read', async (label, sentence) => {
    const doc =
      sentence === null
        ? lexicalDocument([paragraph([text(LEAD), { type: 'tab', version: 1, text: '\t', format: 0, detail: 0, mode: 'normal', style: '' }, text('The road reopened.')])])
        : body(LEAD, sentence)
    const story = await draftWith({ body: doc })
    expect({ label, passages: (await working(story.id)).legalRead?.passages ?? [], quotes: (await quotesOf(story.id)).length }).toEqual({ label, passages: [], quotes: 0 })
    expect((await publish(story.id)).status).toBe(200)
  })

  // Since the word rules fail closed (docs/legal.md), a sentence in letters the rules cannot read
  // waits for legal: it saves (no bidi control, nothing refused), and legal reads it.
  it.each([
    ['Russian copy (Cyrillic words stay Cyrillic)', 'Жители города вернулись домой.'],
    ['Arabic copy, which needs no bidi control', 'عاد السكان إلى منازلهم.'],
    ['Hebrew with a right-to-left mark (a mark, not an override)', 'The sign read \u200Fשלום\u200F at the gate.'],
  ])('%s: saves, and the sentence waits for legal as words the rules cannot read', async (label, sentence) => {
    const story = await draftWith({ body: body(LEAD, sentence) })
    const passages = (await working(story.id)).legalRead?.passages ?? []
    expect({ label, passages: passages.map((passage) => passage.reasons), quotes: (await quotesOf(story.id)).length }).toEqual({ label, passages: [['other']], quotes: 0 })
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
  })
})

describe('every door takes a homoglyph allegation past the legal read', () => {
  const HIDDEN = ALLEGATION.replace('accused', '\u0430ccused')

  it('POST /api/dispatches/ingest as a correspondent: the filed story waits for legal', async () => {
    const copy = `Council chamber closed after fraud claims ${Date.now()}\n\nThe council met in private on Monday.\n\nCorrespondent John Ray reports from Lisbon.\n\n${LEAD}\n\n${HIDDEN}\n\nThe meeting ended after an hour.`
    const res = await t.http.post('/api/dispatches/ingest').set('Authorization', `JWT ${await t.token('correspondent')}`).set('Content-Type', 'text/plain; charset=utf-8').send(copy)
    expect(res.status).toBe(201)
    const id = res.body.dispatch.id as number
    expect((await move('correspondent', id, 'in_review')).status).toBe(200)
    expect((await move('editor', id, 'approved')).status).toBe(200)
    expect((await move('editor', id, 'published')).status).toBe(409)
  })

  it('GraphQL createDispatch as a correspondent: the story waits for legal', async () => {
    const user = await t.user('correspondent')
    const own = typeof user.correspondent === 'object' && user.correspondent ? user.correspondent.id : (user.correspondent as number | undefined)
    const res = await as('correspondent', 'post', '/api/graphql', {
      query: `mutation($body: JSON) { createDispatch(draft: true, data: { headline: "GraphQL text bypass ${Date.now()}", slug: "graphql-text-bypass-${Date.now()}", body: $body, byline: [{ correspondent: ${own ?? reporterId}, role: reporter }] }) { id } }`,
      variables: { body: body(LEAD, HIDDEN) },
    })
    const id = res.body.data?.createDispatch?.id as number
    expect({ id: typeof id, errors: res.body.errors }).toEqual({ id: 'number', errors: undefined })
    expect((await move('correspondent', id, 'in_review')).status).toBe(200)
    expect((await move('editor', id, 'approved')).status).toBe(200)
    expect((await move('editor', id, 'published')).status).toBe(409)
  })

  it('the Local API with an admin user (overrideAccess false): the story waits for legal', async () => {
    const user = await t.user('admin')
    const story = await t.payload.create({
      collection: 'dispatches',
      draft: true,
      overrideAccess: false,
      user,
      data: { headline: `Local text bypass ${Date.now()}`, body: body(LEAD, HIDDEN) as Dispatch['body'], byline: [{ correspondent: reporterId, role: 'reporter' }] },
    })
    expect((await publish(story.id)).status).toBe(409)
  })

  it('GET /api/dispatches/:id/workflow lists the legal read among the blockers', async () => {
    const story = await draftWith({ body: body(LEAD, HIDDEN) })
    const panel = await as('editor', 'get', `/api/dispatches/${story.id}/workflow`)
    expect(JSON.stringify(panel.body.blockers)).toContain('LEGAL_READ_REQUIRED')
  })

  it('a homoglyph inside new quoted speech: the quote is flagged and pending', async () => {
    const story = await draftWith({ body: body(LEAD, ORDER.replace('executed', '\u0435x\u0435cuted')) })
    const quotes = await quotesOf(story.id)
    expect(quotes.some((q) => q.sensitive && q.legal?.status === 'pending')).toBe(true)
    expect((await publish(story.id)).status).toBe(409)
  })
})

describe('words in Lexical nodes the editor gives none', () => {
  const cases: Array<[string, () => Promise<unknown>, string, string]> = [
    ['an allegation in a line break\'s children', async () => lexicalDocument([paragraph([text(LEAD), { type: 'linebreak', version: 1, children: [text(ALLEGATION)] }])]), 'root.children.0.children.1', 'accused of fraud'],
    ['quoted speech in a line break\'s children', async () => lexicalDocument([paragraph([text(LEAD), { type: 'linebreak', version: 1, children: [text(ORDER)] }])]), 'root.children.0.children.1', 'executed every prisoner'],
    ['quoted speech in a tab\'s children', async () => lexicalDocument([paragraph([text(LEAD), { type: 'tab', version: 1, children: [text(ORDER)] }])]), 'root.children.0.children.1', 'executed every prisoner'],
    [
      'an allegation in a picture\'s children',
      async () => {
        const { docs } = await t.payload.find({ collection: 'media-assets', where: { filename: { exists: true } }, depth: 0, limit: 1 })
        return lexicalDocument([textParagraph(LEAD), { type: 'upload', version: 3, format: '', id: 'k1', fields: null, relationTo: 'media-assets', value: docs[0]!.id, children: [paragraph([text(ALLEGATION)])] }])
      },
      'root.children.1',
      'accused of fraud',
    ],
    [
      'an allegation in a relationship node\'s children',
      async () => lexicalDocument([textParagraph(LEAD), { type: 'relationship', version: 2, format: '', relationTo: 'correspondents', value: reporterId, children: [paragraph([text(ALLEGATION)])] }]),
      'root.children.1',
      'accused of fraud',
    ],
    ['quoted speech as a line break\'s own text', async () => lexicalDocument([paragraph([text(LEAD), { type: 'linebreak', version: 1, text: ORDER }])]), 'root.children.0.children.1', 'executed every prisoner'],
    ['a tab carrying words', async () => lexicalDocument([paragraph([text(LEAD), { type: 'tab', version: 1, text: ALLEGATION, format: 0, detail: 0, mode: 'normal', style: '' }])]), 'root.children.0.children.1', 'accused of fraud'],
  ]

  it.each(cases)('POST %s: 400 naming the node, nothing saved', async (_label, build, nodePath) => {
    const before = (await t.payload.count({ collection: 'dispatches' })).totalDocs
    const res = await draftRequest({ body: await build() })
    expect(res.status).toBe(400)
    expect(messages(res)).toContain(`body ${nodePath}`)
    expect((await t.payload.count({ collection: 'dispatches' })).totalDocs).toBe(before)
  })

  it('GraphQL updateDispatch with a line break carrying words: refused, the working copy unchanged', async () => {
    const story = await draftWith({ body: body(LEAD) })
    const hidden = lexicalDocument([paragraph([text(LEAD), { type: 'linebreak', version: 1, children: [text(ALLEGATION)] }])])
    const res = await as('editor', 'post', '/api/graphql', {
      query: `mutation($body: JSON) { updateDispatch(id: ${story.id}, draft: true, data: { body: $body }) { id } }`,
      variables: { body: hidden },
    })
    expect(JSON.stringify(res.body.errors)).toContain('linebreak')
    expect(JSON.stringify((await working(story.id)).body)).not.toContain('accused')
  })

  it.each(cases)('%s written past the validation: the publish is refused and no reader prints it', async (_label, build, _path, words) => {
    const story = await draftWith({ body: body(LEAD) })
    await writePastHooks(story.id, await build())
    const res = await publish(story.id)
    const printed = res.status === 200 ? (await publicBody(story.slug!)) + (await t.http.get(`/stories/${story.slug}`)).text : ''
    expect({ status: res.status, printed: printed.includes(words) }).toEqual({ status: 409, printed: false })
  })
})

describe('quote marks the extractor did not know', () => {
  it.each([
    ['straight single marks (typed on a keyboard)', `'${WORDS},' a militia commander told his men over the radio.`],
    ['Swedish and Finnish marks (” … ”)', `\u201D${WORDS},\u201D a militia commander told his men over the radio.`],
    ['Finnish guillemets (» … »)', `\u00BB${WORDS},\u00BB a militia commander told his men over the radio.`],
    ['single guillemets (‹ … ›)', `\u2039${WORDS},\u203A a militia commander told his men over the radio.`],
    ['low single marks (‚ … ‘)', `\u201A${WORDS},\u2018 a militia commander told his men over the radio.`],
    ['CJK corner brackets (「 … 」)', `\u300C${WORDS},\u300D a militia commander told his men over the radio.`],
    ['CJK white corner brackets (『 … 』)', `\u300E${WORDS},\u300F a militia commander told his men over the radio.`],
    ['fullwidth quotation marks (＂ … ＂)', `\uFF02${WORDS},\uFF02 a militia commander told his men over the radio.`],
    ['double prime marks (〝 … 〞)', `\u301D${WORDS},\u301E a militia commander told his men over the radio.`],
    ['a reversed high mark (‟ … ”)', `\u201F${WORDS},\u201D a militia commander told his men over the radio.`],
  ])('PATCH body with %s: the passage gets a pending record and blocks the publish', async (_label, speech) => {
    const story = await draftWith({ body: body(LEAD, speech) })
    const quotes = await quotesOf(story.id)
    const res = await publish(story.id)
    expect({ pending: quotes.some((q) => q.sensitive && q.legal?.status === 'pending' && q.text.includes('executed every prisoner')), publish: res.status }).toEqual({ pending: true, publish: 409 })
  })

  it.each([
    ['straight single marks (house style)', `Militia commander: '${WORDS}'`],
    ['double marks', `Militia commander: "${WORDS}"`],
    ['curly single marks', `Militia commander: \u2018${WORDS}\u2019`],
  ])('a headline quoting speech in %s: the quote waits for legal', async (_label, headline) => {
    const story = await draftWith({ headline, slug: `headline-quote-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, body: body(LEAD) })
    const quotes = await quotesOf(story.id)
    const res = await publish(story.id)
    expect({ pending: quotes.some((q) => q.sensitive && q.legal?.status === 'pending' && q.speaker?.name === 'Militia commander'), publish: res.status }).toEqual({ pending: true, publish: 409 })
  })

  it("near miss: a headline with a scare quote and an apostrophe makes no quote ('death cult' is nobody's speech)", async () => {
    const story = await draftWith({ headline: `Raqqa's 'death cult' loses its last bridge ${Date.now()}`, body: body(LEAD) })
    expect(await quotesOf(story.id)).toEqual([])
    expect((await publish(story.id)).status).toBe(200)
  })
})

describe('bidi overrides print words the checks read backwards', () => {
  // U+202E RIGHT-TO-LEFT OVERRIDE … U+202C POP: a browser prints "detucexe" as "executed".
  const reversed = (word: string) => `\u202E${[...word].reverse().join('')}\u202C`

  it.each([
    ['a new quote with a reversed word', ORDER.replace('executed', reversed('executed'))],
    ['a narrative allegation with a reversed word', ALLEGATION.replace('accused', reversed('accused'))],
    ['an isolate', `\u2067${ALLEGATION}\u2069`],
    ['an embedding', `\u202B${ALLEGATION}\u202C`],
  ])('POST body with %s: 400 naming the field and the character, nothing saved', async (_label, sentence) => {
    const before = (await t.payload.count({ collection: 'dispatches' })).totalDocs
    const res = await draftRequest({ body: body(LEAD, sentence) })
    expect(res.status).toBe(400)
    expect(messages(res)).toMatch(/body\.root\.children\.1\.children\.0\.text contains U\+(202E RIGHT-TO-LEFT OVERRIDE|2067 RIGHT-TO-LEFT ISOLATE|202B RIGHT-TO-LEFT EMBEDDING)/)
    expect((await t.payload.count({ collection: 'dispatches' })).totalDocs).toBe(before)
  })

  it.each([
    ['headline', { headline: `Commander ${reversed('executed')} prisoners` }],
    ['standfirst', { standfirst: `Tom Reyes ${reversed('accused')} of fraud` }],
  ])('PATCH %s with an override: 400 naming it, the working copy unchanged', async (field, data) => {
    const story = await draftWith({ body: body(LEAD) })
    const res = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, data)
    expect(res.status).toBe(400)
    expect(messages(res)).toContain(`${field} contains U+202E RIGHT-TO-LEFT OVERRIDE`)
    expect((await working(story.id)).headline).toBe(story.headline)
  })

  it('PATCH a quote, a picture caption and a correspondent bio with an override: 400 each, nothing changed', async () => {
    const story = await draftWith({ body: body(LEAD, '"We held the bridge," a farmer said.') })
    const [quote] = await quotesOf(story.id)
    const quoteRes = await as('editor', 'patch', `/api/quotes/${quote!.id}`, { context: `He ${reversed('deyal')} it.` })
    expect({ status: quoteRes.status, names: messages(quoteRes).includes('context contains U+202E') }).toEqual({ status: 400, names: true })
    const { docs } = await t.payload.find({ collection: 'media-assets', depth: 0, limit: 1 })
    const captionRes = await as('editor', 'patch', `/api/media-assets/${docs[0]!.id}`, { caption: `A man ${reversed('detucexe')}` })
    expect({ status: captionRes.status, names: messages(captionRes).includes('caption contains U+202E') }).toEqual({ status: 400, names: true })
    expect((await t.payload.findByID({ collection: 'media-assets', id: docs[0]!.id, depth: 0 })).caption).toBe(docs[0]!.caption)
    const bioRes = await as('editor', 'patch', `/api/correspondents/${reporterId}`, { bio: `Reports ${reversed('deyal')}` })
    expect({ status: bioRes.status, names: messages(bioRes).includes('bio contains U+202E') }).toEqual({ status: 400, names: true })
  })

  it('GraphQL createDispatch with an override: refused, naming it', async () => {
    const res = await as('editor', 'post', '/api/graphql', {
      query: `mutation($body: JSON) { createDispatch(draft: true, data: { headline: "Bidi ${Date.now()}", slug: "bidi-${Date.now()}", body: $body, byline: [{ correspondent: ${reporterId}, role: reporter }] }) { id } }`,
      variables: { body: body(LEAD, ALLEGATION.replace('accused', reversed('accused'))) },
    })
    expect(res.body.data?.createDispatch ?? null).toBeNull()
    expect(JSON.stringify(res.body.errors)).toContain('U+202E RIGHT-TO-LEFT OVERRIDE')
  })

  it('an override written past the validation: the check reads the word as printed and the publish waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD) })
    await writePastHooks(story.id, body(LEAD, ALLEGATION.replace('accused', reversed('accused'))))
    expect((await publish(story.id)).status).toBe(409)
  })
})

describe('an approved quote struck through in place', () => {
  const denial = (never: LexicalNode[]) =>
    lexicalDocument([textParagraph(LEAD), paragraph([text('"We '), ...never, text(' executed a single prisoner at dawn," a militia commander told his men over the radio.')])])

  async function approvedDenial(): Promise<{ story: Dispatch; quote: Quote }> {
    const story = await draftWith({ body: denial([text('never')]) })
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ sensitive: true, legal: { status: 'pending' } })
    expect((await as('legal', 'post', `/api/quotes/${quote!.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    return { story, quote: quote! }
  }

  it('PATCH body strikes "never" inside an approved quote: the quote waits for legal again', async () => {
    const { story, quote } = await approvedDenial()
    // Struck words still print (the site sets them in <s>): the denial now reads as a confession.
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: denial([{ ...text('never'), format: 4 }]) })).status).toBe(200)
    const after = await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })
    expect({ text: after.text, status: after.legal?.status }).toEqual({ text: expect.not.stringContaining('never'), status: 'pending' })
    const res = await publish(story.id)
    const html = res.status === 200 ? (await t.http.get(`/stories/${story.slug}`)).text : ''
    expect({ status: res.status, struck: html.includes('<s>never</s>') }).toEqual({ status: 409, struck: false })
  })

  it('a strike in plain text (combining overlays, "n̶e̶v̶e̶r̶") inside the approved quote: 400 naming the character, nothing changed', async () => {
    const { story, quote } = await approvedDenial()
    const overlaid = [...'never'].map((letter) => `${letter}\u0336`).join('')
    const res = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: denial([text(overlaid)]) })
    expect({ status: res.status, names: messages(res).includes('U+0336 COMBINING LONG STROKE OVERLAY') }).toEqual({ status: 400, names: true })
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.status).toBe('approved')
    expect(JSON.stringify((await working(story.id)).body)).not.toContain('\u0336')
  })

  it('a whole rejected quote struck through: still bound, still blocks', async () => {
    const story = await draftWith({ body: body(LEAD, ORDER) })
    const [quote] = await quotesOf(story.id)
    expect((await as('legal', 'post', `/api/quotes/${quote!.id}/legal-review`, { decision: 'reject', note: 'Not this.' })).status).toBe(200)
    const struck = lexicalDocument([textParagraph(LEAD), paragraph([{ ...text(ORDER), format: 4 }])])
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: struck })).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote!.id, depth: 0 })).binding).toBe('bound')
    expect((await publish(story.id)).status).toBe(409)
  })

  // Bold leaves the quote's words and its approval alone, but it is a change of what readers get
  // after legal approved the story (docs/legal.md "Sealed approval"): legal approves it once more.
  it('near miss: bold on a word of the approved quote keeps the quote approved; the story waits for legal to see the new format, then publishes', async () => {
    const { story, quote } = await approvedDenial()
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: denial([{ ...text('never'), format: 1 }]) })).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'quotes', id: quote.id, depth: 0 })).legal?.status).toBe('approved')
    const held = await publish(story.id)
    expect([held.status, held.body.errors?.[0]?.code, held.body.errors?.[0]?.message]).toEqual([409, 'LEGAL_READ_REQUIRED', expect.stringContaining('text format changed')])
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    expect((await move('editor', story.id, 'published')).status).toBe(200)
  })
})

describe('routes from a decision legal already made', () => {
  it('a rejected quote moved into a line break\'s children: PATCH refused; written past the validation, the publish is refused and no feed prints it', async () => {
    const story = await draftWith({ body: body(LEAD, ORDER) })
    const [quote] = await quotesOf(story.id)
    expect((await as('legal', 'post', `/api/quotes/${quote!.id}/legal-review`, { decision: 'reject', note: 'Not this.' })).status).toBe(200)
    const hidden = lexicalDocument([paragraph([text(LEAD), { type: 'linebreak', version: 1, children: [text(ORDER)] }])])
    const refused = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: hidden })
    expect({ status: refused.status, names: messages(refused).includes('body root.children.0.children.1 is a linebreak node carrying children') }).toEqual({ status: 400, names: true })
    await writePastHooks(story.id, hidden)
    const res = await publish(story.id)
    const printed = res.status === 200 ? await publicBody(story.slug!) : ''
    expect({ status: res.status, printed: printed.includes('executed every prisoner') }).toEqual({ status: 409, printed: false })
  })

  it('words added in a line break\'s children after legal approved the text: PATCH refused; written past it, the gate re-opens the read', async () => {
    const story = await draftWith({ body: body(LEAD, ALLEGATION) })
    expect((await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })).status).toBe(200)
    const more = lexicalDocument([textParagraph(LEAD), paragraph([text(ALLEGATION), { type: 'linebreak', version: 1, children: [text('Ana Silva, his deputy, was charged with arson.')] }])])
    expect((await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: more })).status).toBe(400)
    expect((await working(story.id)).legalRead?.status).toBe('approved')
    await writePastHooks(story.id, more)
    const res = await publish(story.id)
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('LEGAL_READ_REQUIRED')
  })
})
