/**
 * The fourth red-team pass on the legal promise (docs/legal.md "The fourth red-team pass"):
 * routes around the fail-closed word rules and the sealed approval as they landed. Each test is
 * one route and asserts what a lawyer expects (a refusal, or the words waiting for legal); each
 * failed when the pass found it, because the words went out, and holds since the word rules
 * widened (docs/legal.md "The fourth pass closed"). The `control` block pins the sentence each
 * family twists, so a failure below is the hole and not the test.
 */
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, draftWith, move, publish, publishNow, gateAnswer, printedIf, tryToPrint, upload, body, text, paragraph } = legalStory(() => t, {
  headline: 'Red team four',
  decisionsNameWhatStands: true,
  pictureMeta: { alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' },
})

const LEAD = 'Shelling resumed at first light.'
/** Names the man in full first, so every later sentence points at a person the rules know. */
const NAMED = 'Tom Reyes ran the charity for a decade.'
/** A narrative allegation against a named person: the legal read flags it. */
const ALLEGATION = 'Tom Reyes is accused of fraud.'
const THEFT = 'Tom Reyes stole money from the charity he ran.'

const approveStory = (id: number) => as('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'approve' })
const rejectStory = (id: number) => as('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'reject', note: 'We cannot print the fraud claim.' })
const saveDraft = (id: number, data: Record<string, unknown>) => as('editor', 'patch', `/api/dispatches/${id}?draft=true`, data)

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
})
afterAll(async () => {
  await t?.stop()
})


describe('control: the sentences each family twists are held today', () => {
  it.each([
    ['the allegation', ALLEGATION],
    ['the theft', THEFT],
    ['a crime word beside a surname', 'Reyes took kickbacks, the audit found.'],
    ['a violent act by a named man', 'Tom Reyes stabbed a neighbour.'],
    ['a child named with her school', "Mira Haddad, a pupil at St Anne's primary school, told police her stepfather touched her."],
    ['comment on a live trial', 'Tom Reyes, who goes on trial next month, is plainly guilty.'],
  ])('%s: the publish is refused', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual({ publish: 'held by the gate', printed: false })
  })
})

// Family 1. The fail-closed rule is a list of crime words (CRIME_TERMS) beside a person, plus the
// subject/object violence readings. An accusation in any other words — another crime, a
// paraphrase, slang, a crime the list has only one form of — names no listed word and goes out.
describe('family 1: an accusation of a named person in words the crime list does not know', () => {
  it.each([
    ['robbery', 'Tom Reyes robbed the post office in 2019.'],
    ['perjury as a noun ("lied under oath" is held)', 'Tom Reyes committed perjury at the inquiry.'],
    ['false accounting, as idiom', 'Tom Reyes cooked the books at the charity for a decade.'],
    ['theft, paraphrased', 'Tom Reyes helped himself to the pension money.'],
    ['embezzlement, paraphrased', 'Tom Reyes emptied the pension fund into his own account.'],
    ['embezzlement, "siphoned" without "off"', 'Tom Reyes siphoned the aid money.'],
    ['a fraud by its name', 'Tom Reyes ran a Ponzi scheme.'],
    ['bribery, slang', 'Tom Reyes took bungs from developers.'],
    ['tax evasion', 'Tom Reyes evaded tax for twenty years.'],
    ['child sexual abuse, in plain words', 'Tom Reyes had sex with a 13-year-old girl.'],
    ['grooming a child', 'Tom Reyes groomed a 14-year-old girl online.'],
    ['a label, slang', 'Tom Reyes is a paedo.'],
    ['a label the list does not have', 'Tom Reyes is a sexual predator.'],
    ['arson, one word ("set fire to" is held)', "Tom Reyes torched his rival's warehouse."],
    ['drink-driving causing harm', 'Tom Reyes drove home drunk and hit a child.'],
    ['espionage', 'Tom Reyes sold state secrets to Russia.'],
    ['terror financing', 'Tom Reyes funded Islamic State.'],
    ['responsibility for deaths', 'Tom Reyes was responsible for the deaths of six workers.'],
    ['an attack, by attribution', 'Tom Reyes was behind the bombing, sources say.'],
    ['organised crime', 'Tom Reyes is a cartel boss.'],
    ['corruption, idiom (the mayor)', 'The mayor is on the take.'],
    ['guilt, said plainly', 'Tom Reyes is guilty.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual({ publish: 'held by the gate', printed: false })
  })
})

// Family 2. Letters that are not Latin after folding wait for legal (`other`); an accusation in a
// language written in Latin letters reads as English with no listed word in it, and goes out.
describe('family 2: an accusation in another language written in Latin letters', () => {
  it.each([
    ['Spanish', 'Tom Reyes robó el dinero de la caridad.'],
    ['French', "Tom Reyes a volé l'argent de l'association."],
    ['German', 'Tom Reyes ist ein Betrüger und hat das Geld gestohlen.'],
    ['Italian', 'Tom Reyes ha rubato i soldi della fondazione.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual({ publish: 'held by the gate', printed: false })
  })
})

// Family 3. The crime list matches whole words; a misspelling readers read straight through does not.
describe('family 3: a crime word misspelt', () => {
  it('POST /api/dispatches?draft=true, "embezzeled": the publish waits for legal', async () => {
    const sentence = 'Tom Reyes embezzeled the council pension fund.'
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual({ publish: 'held by the gate', printed: false })
  })
})

// Family 4. The other things a lawyer must see, in shapes the rules do not read: a child named
// with no age or "pupil"/"schoolgirl" word, a source identified by job, comment on a live trial
// without "guilty".
describe('family 4: a child, a protected source, a live trial, in shapes the rules do not read', () => {
  it.each([
    ['a child named with her school year', "Mira Haddad, who is in Year 4 at St Anne's primary, told police her stepfather hit her."],
    ['a whistleblower identified by name and office', 'The whistleblower, Leila Haddad of the finance office, passed us the files.'],
    ["a protected source named as 'our source'", 'Our source inside the ministry, deputy finance officer Leila Haddad, passed us the files.'],
    ['a domestic-abuse complainant named with her street', 'A woman who told police her husband attacked her, Leila Haddad, lives on Elm Street.'],
    ['comment on a live trial without "guilty"', 'Tom Reyes, who goes on trial next month, did it and everyone knows it.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual({ publish: 'held by the gate', printed: false })
  })
})

// Family 5. Other doors, same words: printed fields checked by the same rules (src/legal/publicText.ts)
// take a paraphrased accusation at once, on a live story.
describe('family 5: a paraphrased accusation through the doors beside the body', () => {
  const ROBBED = 'Tom Reyes robbed the post office in 2019.'

  it("PATCH /api/media-assets/:id caption of a picture a live story shows: refused or waiting for legal; readers keep the old caption", async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD, 'The council met in private on Monday.'), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    // Control: the listed word is refused on this door.
    const control = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: `A man leaves the town hall. ${THEFT}` })
    expect(control.status).toBe(409)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { caption: `A man leaves the town hall. ${ROBBED}` })
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect({ status: res.status, printed: JSON.stringify(page.body).includes('robbed the post office') }).toEqual({ status: 409, printed: false })
  })

  it('PATCH /api/correspondents/:id bio of a correspondent a live story bylines: refused or waiting for legal; the profile unchanged', async () => {
    const made = await as('editor', 'post', '/api/correspondents', { name: `Ana Silva ${Date.now()}`, kind: 'reporter' })
    expect(made.status).toBe(201)
    const person = made.body.doc as { id: number; slug: string }
    const story = await draftWith({ body: body(LEAD, 'The council met in private on Monday.'), byline: [{ correspondent: person.id, role: 'reporter' }] })
    expect((await publish(story.id)).status).toBe(200)
    const control = await as('editor', 'patch', `/api/correspondents/${person.id}`, { bio: `Ana covers the council. ${THEFT}` })
    expect(control.status).toBe(409)
    const res = await as('editor', 'patch', `/api/correspondents/${person.id}`, { bio: `Ana covers the council. ${ROBBED}` })
    const shown = await t.http.get(`/api/correspondents/slug/${person.slug}`)
    expect({ status: res.status, printed: JSON.stringify(shown.body).includes('robbed the post office') }).toEqual({ status: 409, printed: false })
  })

  it('POST /api/dispatches/:id/transition a correction (published → in_review) whose note is the paraphrase, then publish: the publish waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, 'The council met in private on Monday.') })
    expect((await publish(story.id)).status).toBe(200)
    expect((await move('editor', story.id, 'in_review', `An earlier version misnamed the treasurer. ${ROBBED}`)).status).toBe(200)
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), printed: (await printedIf(res, story.slug)).includes('robbed the post office') }).toEqual({ publish: 'held by the gate', printed: false })
  })
})

// Family 6 (the seal lapsing when the flagged words were reworded) is closed: test/http/legalSealHolds.test.ts.

// Family 7 (a change between legal's GET of the review and its decision sealed unseen) is closed:
// the review's `hash` covers the fingerprint, a stale decision is 409 REVIEW_STALE. Its routes are
// in test/http/legalSealReview.test.ts (docs/legal.md "The click names what legal saw").

// Families 8 (words in body node properties) and 9 (a link's address) are closed: test/http/legalBodyStrict.test.ts.

describe('routes that held (kept as passing tests)', () => {
  it('the slug changed after legal approved: held by the seal', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED, ALLEGATION) })
    expect((await approveStory(story.id)).status).toBe(200)
    expect((await saveDraft(story.id, { slug: `tom-reyes-${Date.now()}` })).status).toBe(200)
    expect(gateAnswer(await publishNow(story.id))).toBe('held by the gate')
  })

  it('a duplicate of a story legal approved: the copy waits for legal', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED, ALLEGATION) })
    expect((await approveStory(story.id)).status).toBe(200)
    const copy = await as('editor', 'post', `/api/dispatches/${story.id}/duplicate`, {})
    expect(copy.status).toBe(200)
    expect(gateAnswer(await publishNow(copy.body.doc.id as number))).toBe('held by the gate')
  })

  it('GraphQL updateDispatch { _status: published } and bulk PATCH /api/dispatches?where: refused, nothing printed', async () => {
    const story = await draftWith({ body: body(LEAD, NAMED, THEFT) })
    const gql = await t.http
      .post('/api/graphql')
      .set('Authorization', `JWT ${await t.token('editor')}`)
      .send({ query: `mutation { updateDispatch(id: ${story.id}, draft: false, data: { _status: published, workflowStatus: published }) { id } }` })
    expect(gql.body.errors?.[0]?.extensions?.code).toBe('PUBLISH_OUTSIDE_WORKFLOW')
    const bulk = await as('editor', 'patch', `/api/dispatches?where[id][equals]=${story.id}`, { _status: 'published', workflowStatus: 'published' })
    expect(bulk.status).toBe(403)
    expect(await printedIf({ status: 200 }, story.slug)).not.toContain('stole money')
  })
})
