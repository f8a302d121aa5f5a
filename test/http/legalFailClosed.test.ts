/**
 * The word rules fail closed (docs/legal.md "The word rules fail closed"): when the reading
 * cannot be sure, the words wait for legal. The routes of the third red-team pass where the rules
 * that decide *whether* a story needs legal missed the words (families 1–6, 11 and 13 of
 * test/open/redTeamLegal3.test.ts, moved here as they closed): a struck or hidden negation,
 * speech accusing a named person in words the quote rules do not list, partial quotes, quote
 * marks that do not pair, accusations in shapes the wrongdoing rules did not read, letters not
 * folded, a hand-typed speaker, a correspondent's title and slug, a picture's file name. Each
 * test is one route and asserts what a lawyer expects; the `control` block pins the plain
 * sentences; the last block pins that ordinary copy still publishes with no read.
 */
import type { Quote } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0

const { as, working, draftWith, move, publish, gateAnswer, printedIf, upload, body, text, paragraph } = legalStory(() => t, {
  headline: 'Fail closed',
  decisionsNameWhatStands: true,
  pictureMeta: { alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' },
})

const quotesOf = async (dispatch: number): Promise<Quote[]> =>
  (await t.payload.find({ collection: 'quotes', where: { dispatch: { equals: dispatch } }, pagination: false, depth: 0, sort: 'createdAt' })).docs

const LEAD = 'Shelling resumed at first light.'
/** A narrative allegation against a named person: the legal read flags it. */
const ALLEGATION = 'Tom Reyes is accused of fraud.'
const THEFT = 'Tom Reyes stole money from the charity he ran.'
const LABEL = 'Tom Reyes is a fraudster.'
const EMBEZZLED = 'Tom Reyes embezzled the council pension fund.'
const WORDS = 'We executed every prisoner at dawn'
const ORDER = `"${WORDS}," a militia commander told his men over the radio.`
/** Russian words that make a paragraph more Cyrillic than Latin (a bilingual paragraph). */
const RUSSIAN = 'Он отрицает это, сказал его адвокат в понедельник вечером.'

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
  reporterId = (await t.payload.find({ collection: 'correspondents', where: { slug: { equals: 'john-ray' } }, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
})

describe('control: the plain sentences are held today', () => {
  it.each([
    ['the allegation', body(LEAD, ALLEGATION)],
    ['the theft', body(LEAD, THEFT)],
    ['the label', body(LEAD, LABEL)],
    ['the embezzlement', body(LEAD, EMBEZZLED)],
    ['the order in quoted speech', body(LEAD, ORDER)],
    ['the allegation beside Russian words', body(LEAD, `${ALLEGATION} ${RUSSIAN}`)],
  ])('%s: the publish is refused', async (_label, doc) => {
    const story = await draftWith({ body: doc })
    expect(gateAnswer(await publish(story.id))).toBe('held by the gate')
  })
})

describe('a struck or hidden negation: the passage check reads the word readers are told is gone', () => {
  // Readers see "Tom Reyes ~~never~~ stole…": the page says he stole. The legal read marks the
  // strike in the text legal would approve, but finds no passage in "never stole", so no read is
  // asked for and the gate has nothing to hold.
  it.each([
    ['"never" struck through', [text('Tom Reyes '), text('never', { format: 4 }), text(' stole money from the charity he ran.')]],
    ['"not" struck through', [text('Tom Reyes is '), text('not', { format: 4 }), text(' a fraudster.')]],
    // `display: none` is refused at the input edge (no editor writes it: legalBodyStrict.test.ts); a colour the editor allows can still hide words.
    ['"never" hidden by an inline style (transparent text)', [text('Tom Reyes '), text('never', { style: 'color: transparent' }), text(' stole money from the charity he ran.')]],
  ])('POST /api/dispatches/:id/transition published, %s: the story waits for legal', async (_label, children) => {
    const story = await draftWith({ body: lexicalDocument([textParagraph(LEAD), paragraph(children as LexicalNode[])]) })
    const res = await publish(story.id)
    const read = (await working(story.id)).legalRead
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: /stole|fraudster/.test(printed), passages: read?.passages?.length ?? 0 }).toMatchObject({ publish: 'held by the gate', printed: false })
  })
})

describe('attributed speech that accuses a named person, in words the quote rules do not list', () => {
  // Speech is blanked out of the sentences the legal read checks (a quote record is what legal
  // clears), but the quote's own sensitivity rules are a keyword list: "embezzled", "a crook and a
  // thief" are in the legal read's wrongdoing rules, not in the quote's. So the record is not
  // sensitive, nothing waits, and the accusation is printed as the auditor's words.
  it.each([
    ['"embezzled", said by a named auditor', `"Tom Reyes embezzled the pension fund," said Ana Silva, the council's auditor.`],
    ['"a crook and a thief", said by a named auditor', `"Tom Reyes is a crook and a thief," said Ana Silva, the council's auditor.`],
    ['straight single marks, as British copy types speech', `'Tom Reyes embezzled the pension fund,' said Ana Silva, the council's auditor.`],
    ['a scare-quoted verb given to the auditor', `Tom Reyes "siphoned off the grant money", the auditor said.`],
  ])('POST /api/dispatches/:id/transition published, %s: the story or its quote waits for legal', async (_label, sentence) => {
    const story = await draftWith({ body: body(LEAD, 'Tom Reyes ran the charity for a decade.', sentence) })
    const res = await publish(story.id)
    const quotes = await quotesOf(story.id)
    const printed = await printedIf(res, story.slug)
    expect({
      publish: gateAnswer(res),
      printed: /embezzled|crook|siphoned/.test(printed),
      quotes: quotes.map((q) => [q.text, q.sensitive, q.legal?.status]),
    }).toMatchObject({ publish: 'held by the gate', printed: false })
  })
})

describe('letters the reading does not fold', () => {
  it.each([
    ['combining dots below (NFC makes ụ, a different letter)', ALLEGATION.replace('accused', 'accu\u0323sed').replace('fraud', 'frau\u0323d')],
    ['a Latin small alpha (U+0251) for each a', ALLEGATION.replace('accused', '\u0251ccused').replace('fraud', 'fr\u0251ud')],
    ['an Armenian seh (U+057D) for each u', ALLEGATION.replace('accused', 'acc\u057Dsed').replace('fraud', 'fra\u057Dd')],
    // A word of nothing but look-alikes is folded only when the paragraph has more Latin letters
    // than Cyrillic and Greek ones: a Russian sentence beside it keeps the English word unread.
    ['all-look-alike letters in a paragraph with Russian beside it', `Tom Reyes is \u0430\u0441\u0441\u03C5\u0455\u0435\u0501 of fraud. ${RUSSIAN}`],
    // The same letters in quoted speech: the quote's own rules (a keyword list) miss "exẹcuted".
    ['a combining dot below in quoted speech ("We exẹcuted every prisoner")', ORDER.replace('executed', 'exe\u0323cuted')],
    ['a Latin open e (U+025B) in quoted speech ("We ɛxecuted every prisoner")', ORDER.replace('executed', '\u025Bxecuted')],
  ])('POST /api/dispatches/:id/transition published, an allegation with %s: the story waits for legal', async (_label, sentence) => {
    const story = await draftWith({ body: body(LEAD, sentence) })
    const res = await publish(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: printed.length > 0, passages: (await working(story.id)).legalRead?.passages?.length ?? 0 }).toMatchObject({ publish: 'held by the gate', printed: false })
  })

  it('PATCH /api/media-assets/:id caption of a live picture with Latin small alphas: 409 LEGAL_REVIEW_REQUIRED, readers see nothing new', async () => {
    const asset = await upload()
    const story = await createStoryFixture(t.payload, reporterId, 'approved', { media: [asset.id] }, 'Red team three captions')
    expect((await move('editor', story.id, 'published')).status).toBe(200)
    const control = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: `Mourners in Raqqa. ${ALLEGATION}` })
    expect(control.status).toBe(409)
    const caption = `Mourners in Raqqa. ${ALLEGATION.replace('accused', '\u0251ccused').replace('fraud', 'fr\u0251ud')}`
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption })
    const shown = await t.http.get(`/api/media-assets/${asset.id}`)
    expect({ status: res.status, shown: JSON.stringify(shown.body).includes('Reyes') }).toEqual({ status: 409, shown: false })
  })
})

describe('a picture file named with an allegation', () => {
  // The file name is printed in every address of the picture (the page's <img src>, the JSON
  // API, ninjs, the feeds). Legal's read lists it but the passage check does not read it (the
  // slug is read as a sentence; the file name is not), so no read is asked for.
  it('POST /api/dispatches/:id/transition published, a picture uploaded as tom-reyes-is-accused-of-fraud.jpg: the story waits for legal', async () => {
    const asset = await upload({}, `tom-reyes-is-accused-of-fraud-${Date.now()}.jpg`)
    expect(asset.filename).toMatch(/^tom-reyes-is-accused-of-fraud/)
    const story = await draftWith({ body: body(LEAD, 'Tom Reyes was at the council meeting on Monday.'), media: [asset.id] })
    const res = await publish(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: printed.includes('accused-of-fraud') }).toEqual({ publish: 'held by the gate', printed: false })
  })
})

describe("a correspondent's profile: words readers see that the rule does not read", () => {
  async function newProfile(): Promise<{ id: number; slug: string }> {
    const res = await as('editor', 'post', '/api/correspondents', { name: `Ana Silva ${Date.now()}`, kind: 'reporter' })
    expect(res.status).toBe(201)
    return { id: res.body.doc.id as number, slug: res.body.doc.slug as string }
  }

  // A title is printed beside the name ("Ana Silva, convicted fraudster") on /people/:slug and
  // in every byline; the rule reads each field alone, and "Convicted fraudster" names nobody.
  it('PATCH /api/correspondents/:id title "Convicted fraudster and drug dealer": 409 LEGAL_REVIEW_REQUIRED, the profile unchanged', async () => {
    const person = await newProfile()
    const res = await as('editor', 'patch', `/api/correspondents/${person.id}`, { title: 'Convicted fraudster and drug dealer' })
    const shown = await t.http.get(`/api/correspondents/slug/${person.slug}`)
    expect({ status: res.status, shown: JSON.stringify(shown.body).includes('fraudster') }).toEqual({ status: 409, shown: false })
  })

  // The slug is printed in the profile's address and in every byline's link, as a story's slug
  // is in its address (which legal's read covers, read as a sentence).
  it('PATCH /api/correspondents/:id slug "tom-reyes-is-accused-of-fraud": 409 LEGAL_REVIEW_REQUIRED, no such page', async () => {
    const person = await newProfile()
    const slug = `tom-reyes-is-accused-of-fraud-${Date.now()}`
    const res = await as('editor', 'patch', `/api/correspondents/${person.id}`, { slug })
    const page = await t.http.get(`/api/correspondents/slug/${slug}`)
    expect({ status: res.status, page: page.status }).toEqual({ status: 409, page: 404 })
  })
})

describe('plain narrative accusations the wrongdoing rules do not read', () => {
  const heading = (words: string): LexicalNode => ({ type: 'heading', tag: 'h2', children: [text(words)], direction: 'ltr', format: '', indent: 0, version: 1 })
  const bullets = (...items: string[]): LexicalNode => ({
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: items.map((item, index) => ({ type: 'listitem', value: index + 1, children: [text(item)], direction: 'ltr', format: '', indent: 0, version: 1 })),
  })
  it.each([
    // "the man who killed his son" defines someone the copy does not name; here the copy names him.
    ['a restrictive "who" after the name ("Tom Reyes is the mayor who embezzled…")', { body: body(LEAD, 'Tom Reyes is the mayor who embezzled the council pension fund.') }],
    ['a cleft sentence ("It was Tom Reyes who embezzled…")', { body: body(LEAD, 'It was Tom Reyes who embezzled the council pension fund.') }],
    ['the crime as a noun ("Tom Reyes\'s embezzlement of…")', { body: body(LEAD, "Tom Reyes's embezzlement of the council pension fund cost the town two million euros.") }],
    ['a factbox: the name as a heading, the crimes as bullet points', { body: lexicalDocument([textParagraph(LEAD), heading('Tom Reyes, mayor of Lisbon'), bullets('Embezzled the council pension fund', 'Forged the minutes of the planning committee')]) }],
    // The crime verbs and labels are matched in lower case only.
    ['a headline in capitals', { headline: `TOM REYES EMBEZZLED THE COUNCIL PENSION FUND ${Date.now()}`, body: body(LEAD) }],
    ['the verb in capitals for emphasis', { body: body(LEAD, 'Tom Reyes EMBEZZLED the council pension fund.') }],
  ])('POST /api/dispatches/:id/transition published, %s: the story waits for legal', async (_label, data) => {
    const story = await draftWith(data as Record<string, unknown>)
    const res = await publish(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: /mbezzle|MBEZZLE/.test(printed), passages: (await working(story.id)).legalRead?.passages?.length ?? 0 }).toMatchObject({ publish: 'held by the gate', printed: false })
  })
})

describe("a quote's speaker typed by hand", () => {
  // raiseForSpeakerWords reads "name, description" with the passage finder; a description in the
  // restrictive-"who" shape ("the mayor who embezzled…") is not a passage to it, so the quote
  // stays unflagged and its speaker line goes out at the next publish.
  it('PATCH /api/quotes/:id speaker "Tom Reyes, the mayor who embezzled the council pension fund": the quote waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, '"The square was quiet that morning," a bus driver said.') })
    const [quote] = await quotesOf(story.id)
    expect(quote).toMatchObject({ sensitive: false })
    const edit = await as('editor', 'patch', `/api/quotes/${quote!.id}`, { speaker: { name: 'Tom Reyes', description: 'the mayor who embezzled the council pension fund' } })
    expect(edit.status).toBeLessThan(500)
    const res = await publish(story.id)
    const shown = await as(null, 'get', `/api/quotes/${quote!.id}`)
    const after = await t.payload.findByID({ collection: 'quotes', id: quote!.id, depth: 0 })
    const printed = res.status === 200 && shown.status === 200 ? JSON.stringify(shown.body) : ''
    expect({ refused: edit.status >= 400, waits: after.sensitive === true && after.legal?.status === 'pending', printed: printed.includes('embezzled') }).toMatchObject({ printed: false })
    expect(edit.status >= 400 || (after.sensitive === true && after.legal?.status === 'pending')).toBe(true)
  })
})

describe('quote marks that do not pair', () => {
  // QUOTE_PAIRS says which mark closes which; a mark the list does not pair with the opener
  // leaves the speech open, so there is no quoted span: no quote record, and the narrative check
  // does not read "We executed every prisoner" (no person it can point at) as a passage. Readers
  // see speech in quote marks all the same: mismatched marks are what autocorrect and wire copy make.
  it.each([
    ['a closing mark typed as an opening one (“…“)', `\u201C${WORDS},\u201C a militia commander told his men over the radio.`],
    ['a guillemet closed by a curly mark («…”)', `\u00AB${WORDS},\u201D a militia commander told his men over the radio.`],
    ['a straight mark closed by an opening curly one ("…“)', `"${WORDS},\u201C a militia commander told his men over the radio.`],
    ['a single curly mark closed by a double one (‘…”)', `\u2018${WORDS},\u201D a militia commander told his men over the radio.`],
  ])('POST /api/dispatches/:id/transition published, %s: the speech waits for legal', async (_label, sentence) => {
    const story = await draftWith({ body: body(LEAD, sentence) })
    const res = await publish(story.id)
    const quotes = await quotesOf(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: printed.includes('executed every prisoner'), quotes: quotes.map((q) => [q.text, q.sensitive, q.legal?.status]) }).toMatchObject({
      publish: 'held by the gate',
      printed: false,
    })
  })
})

describe('partial quotes: speech in marks inside a sentence that reports it', () => {
  // A span is speech only with a speech verb right after it or a colon/comma before it; a partial
  // quote ("vowed to "…"", "said the men had "…"") is neither, so it is read as scare quotes: no
  // quote record, and its words go to the narrative check, which looks for accusations against
  // people, not for violence or extremism. The commander's or the witness's words go out unread.
  it.each([
    ['a vow in double marks', 'The commander vowed to "behead every infidel in Raqqa" before the winter.'],
    ['an order in double marks', 'The commander told his men they should "kill the crusaders wherever you find them" and then left.'],
    ["a pseudonymous witness's account", 'A woman calling herself Aisha said the men had "cut his head off in front of the children" in the square.'],
    ['a vow in straight single marks', "The commander vowed to 'behead every infidel in Raqqa' before the winter."],
  ])('POST /api/dispatches/:id/transition published, %s: the speech waits for legal', async (_label, sentence) => {
    const story = await draftWith({ body: body(LEAD, sentence) })
    const res = await publish(story.id)
    const quotes = await quotesOf(story.id)
    const printed = await printedIf(res, story.slug)
    expect({ publish: gateAnswer(res), printed: /behead|crusaders|head off/.test(printed), quotes: quotes.map((q) => [q.text, q.sensitive, q.legal?.status]) }).toMatchObject({
      publish: 'held by the gate',
      printed: false,
    })
  })
})


describe('near misses: ordinary copy still publishes with no legal read', () => {
  const heading = (words: string): LexicalNode => ({ type: 'heading', tag: 'h2', children: [text(words)], direction: 'ltr', format: '', indent: 0, version: 1 })
  it.each([
    ['accented names and a quote in curly marks', body(LEAD, 'José Martí opened the café in Žilina on Monday.', '\u201CIt was a good day,\u201D said Søren Lind, the owner.')],
    ['a quote carried on into the next paragraph', body(LEAD, '\u201CWe lost the harvest,\u201D Ana Silva said. \u201CThe river came up in an hour.', '\u201CWe will plant again,\u201D she said.')],
    ['a crime with nobody pointed at', body(LEAD, 'Bicycle theft in the city rose by a third last year, the council said.')],
    ['a heading over a list that names no crime', lexicalDocument([textParagraph(LEAD), heading('Tom Reyes, mayor of Lisbon'), textParagraph('Born in Porto in 1961. Elected in 2017.')])],
    ['a struck typo', lexicalDocument([textParagraph(LEAD), paragraph([text('Tom Reyes opened the '), text('libary', { format: 4 }), text(' library on Monday.')])])],
  ])('POST /api/dispatches/:id/transition published, %s: 200, no read asked for', async (_label, doc) => {
    const story = await draftWith({ body: doc })
    const res = await publish(story.id)
    expect({ status: res.status, read: (await working(story.id)).legalRead?.passages?.length ?? 0 }).toEqual({ status: 200, read: 0 })
  })

  it('PATCH /api/correspondents/:id with an ordinary title and slug: 200', async () => {
    const created = await as('editor', 'post', '/api/correspondents', { name: `Ana Silva ${Date.now()}`, kind: 'reporter' })
    expect(created.status).toBe(201)
    const res = await as('editor', 'patch', `/api/correspondents/${created.body.doc.id}`, { title: 'Economics Correspondent', slug: `ana-silva-economics-${Date.now()}` })
    expect(res.status).toBe(200)
  })
})
