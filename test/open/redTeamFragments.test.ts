/**
 * Red team on reported fragments (session 8): words quoted inside reported speech ("Maria Santos
 * said the crew had "padlocked the gate…"") now become quote records (src/ingest/spans.ts
 * `reportedSpeech`, `leavesNarrative`), while the sentence stays in the narrative for the legal
 * read. The server binds them through `extractQuotes` alone (src/services/storyWords.ts
 * `passagesOf`), so a fragment's record is judged on its own words: the subject, the "if" and the
 * "they" that the quote rules need (TESTIMONY, BLAME, CONDITIONAL_BLAME, SUFFERED, the leak's
 * written order) stay outside the marks, in a sentence the narrative rules read without those
 * quote rules. Each test is one route and asserts what a lawyer expects (the publish held by the
 * gate, the words not printed), under LEGAL_READ_EVERY_STORY=false (test/helpers/testApp.ts).
 * The `control` block pins the same words as a full quote (or a fragment that carries its subject),
 * which is held today, so a failure below is a hole and not the test.
 */
import { HELD, legalStory, type PrintOutcome } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, draftWith, publish, publishNow, gateAnswer, printedIf, body, reporterId, working } = legalStory(() => t, {
  headline: 'Red team fragments',
  decisionsNameWhatStands: true,
})

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
})
afterAll(async () => {
  await t?.stop()
})

type Outcome = PrintOutcome

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`

/** An opening that accuses someone (readAccusation): the story the witness's words are evidence in. */
const FERRY_HEADLINE = () => `Ferry crew blamed for deaths in fire ${unique()}`
const FERRY = 'Fourteen passengers died when fire swept the ferry.'
const LEAK = "Leaked documents seen by Dateline show the clinic's system failed."
const RIOT = 'Protesters clashed with police in Leeds.'

async function tryToPrint(paragraphs: string[], words: string, data: Record<string, unknown> = {}): Promise<Outcome> {
  const story = await draftWith({ body: body(...paragraphs), ...data })
  const res = await publish(story.id)
  return { publish: gateAnswer(res), printed: (await printedIf(res, story.slug)).includes(words) }
}

describe('control: the same words as a full quote, or a fragment carrying its subject, are held today', () => {
  it.each([
    ['a survivor: "They padlocked the gate…" (TESTIMONY)', FERRY, '"They padlocked the gate and went up on deck," said Maria Santos, a survivor.', 'padlocked the gate'],
    ['"Somebody allowed people…" (BLAME), full quote', FERRY, '"Somebody allowed people to sleep below the car deck," said Maria Santos.', 'sleep below the car deck'],
    ['"somebody allowed people…" (BLAME), a fragment with its subject inside', FERRY, 'Maria Santos said "somebody allowed people to sleep below the car deck".', 'sleep below the car deck'],
    ['"If it is true that someone chained that gate, they will answer…" (CONDITIONAL_BLAME)', FERRY, '"If it is true that someone chained that gate, they will answer for these deaths," said Maria Santos.', 'answer for these deaths'],
    ['"The gate was still chained…", a fragment', FERRY, 'Maria Santos, a survivor, said the gate was "still chained when we got there".', 'still chained when we got there'],
    ['"The alarm was found to be defective" by a survivor', FERRY, '"The alarm was found to be defective in March," said Maria Santos, a survivor.', 'found to be defective'],
  ])('ferry story, %s: the publish is refused', async (_label, lead, sentence, words) => {
    expect(await tryToPrint([lead, sentence], words, { headline: FERRY_HEADLINE() })).toEqual(HELD)
  })

  it.each([
    ['a leaked email\'s own order, after a colon', LEAK, 'In an email, Graham Lowther told site managers: "Do not log it as a fault."', 'log it as a fault'],
    ['violence suffered, full quote (SUFFERED)', RIOT, '"Officers were punched, kicked and spat at," said Chief Superintendent Alan Bramwell.', 'spat at'],
    ['violence suffered, a fragment in the passive', RIOT, 'Chief Superintendent Alan Bramwell said officers had been "punched, kicked and spat at" by the Redline group.', 'spat at'],
    ['missiles, full quote', RIOT, '"Officers were targeted with paving stones and flares," said Chief Superintendent Alan Bramwell.', 'paving stones and flares'],
    ['a crime word in a fragment: the sentence is a passage', 'Pensioners protested outside Hale House.', 'Joan Marr said Dr Hale had "lined his pockets with our members\' savings".', 'lined his pockets'],
    ['a fragment given to a body: the sentence is a passage', 'Pensioners protested outside Hale House.', 'The union said in a statement that Dr Hale had "lined his pockets with our members\' savings".', 'lined his pockets'],
  ])('%s: the publish is refused', async (_label, lead, sentence, words) => {
    expect(await tryToPrint([lead, sentence], words)).toEqual(HELD)
  })
})

// Family 1. The quote rule needs a subject or a condition the fragment leaves outside its marks:
// the record is judged on "padlocked the gate…" alone, and the narrative sentence (which the
// legal read does read) has no rule for padlocking, blame or a condition.
describe('family 1: the subject, the "if" or the "they" outside the marks', () => {
  it.each([
    ['TESTIMONY: "the crew had "padlocked the gate…""', 'Maria Santos, a survivor, said the crew had "padlocked the gate and went up on deck".', 'padlocked the gate'],
    ['BLAME: "somebody had "allowed people…""', 'Maria Santos said somebody had "allowed people to sleep below the car deck".', 'sleep below the car deck'],
    ['CONDITIONAL_BLAME: the "if" in the narrative', 'Maria Santos said that if someone chained that gate, "they will answer for these deaths".', 'answer for these deaths'],
    ['"and that": two fragments carried on', 'Maria Santos, a survivor, said the crew had "padlocked the gate" and that they had "gone up on deck and left us".', 'gone up on deck and left us'],
  ])('POST /api/dispatches?draft=true, ferry story, %s: the publish waits for legal', async (_label, sentence, words) => {
    expect(await tryToPrint([FERRY, sentence], words, { headline: FERRY_HEADLINE() })).toEqual(HELD)
  })

  it('a leaked email\'s order reported as a fragment ("they should "not log it as a fault""): the publish waits for legal', async () => {
    expect(await tryToPrint([LEAK, 'In an email, Graham Lowther told site managers they should "not log it as a fault".'], 'log it as a fault')).toEqual(HELD)
  })

  it.each([
    ['the group as subject, the violence active in the marks', 'Chief Superintendent Alan Bramwell said the Redline group "punched, kicked and spat at" officers.', 'spat at'],
    ['missiles in the marks, the group outside', 'Chief Superintendent Alan Bramwell said members of the Redline group had "targeted officers with paving stones and flares".', 'paving stones and flares'],
  ])('POST /api/dispatches?draft=true, violence laid on a named group, %s: the publish waits for legal', async (_label, sentence, words) => {
    expect(await tryToPrint([RIOT, sentence], words)).toEqual(HELD)
  })
})

// For comparison: the family 1 words in plain narrative (no marks) are not held either, so the
// fragment is no regression on plain copy; the asymmetry is with the full quote (control above).
describe('for comparison: the same words as plain reported narrative', () => {
  it.each([
    ['the crew padlocked the gate', 'Maria Santos, a survivor, said the crew had padlocked the gate and went up on deck.', 'padlocked the gate'],
    ['somebody allowed people', 'Maria Santos said somebody had allowed people to sleep below the car deck.', 'sleep below the car deck'],
  ])('POST /api/dispatches?draft=true, ferry story, %s: the publish waits for legal', async (_label, sentence, words) => {
    expect(await tryToPrint([FERRY, sentence], words, { headline: FERRY_HEADLINE() })).toEqual(HELD)
  })
})

// Family 2. The fragment's speaker is a body or a document: the witness rules exempt bodies.
describe('family 2: the fragment given to a body or a document', () => {
  it('a coastguard report\'s "found to be defective" in a story blaming the crew: the publish waits for legal', async () => {
    const sentence = 'The coastguard\'s report said the gate had been "found to be defective" in March.'
    expect(await tryToPrint([FERRY, sentence], 'found to be defective', { headline: FERRY_HEADLINE() })).toEqual(HELD)
  })

  it('a force\'s statement that the Redline group "punched, kicked and spat at" officers: the publish waits for legal', async () => {
    const sentence = 'The force said in a statement that the Redline group "punched, kicked and spat at" officers.'
    expect(await tryToPrint([RIOT, sentence], 'spat at')).toEqual(HELD)
  })
})

// Family 3. The fragment where every feed and card prints it: the headline and the standfirst.
describe('family 3: a fragment in the headline or the standfirst', () => {
  it('a headline "Survivors say crew "padlocked the gate…"": the publish waits for legal', async () => {
    const headline = `Survivors say crew "padlocked the gate and went up on deck" ${unique()}`
    expect(await tryToPrint([FERRY, 'The coastguard is investigating.'], 'padlocked the gate', { headline })).toEqual(HELD)
  })

  it('a standfirst carrying the fragment, accusing headline: the publish waits for legal', async () => {
    const standfirst = 'Maria Santos, a survivor, said the crew had "padlocked the gate and went up on deck".'
    expect(await tryToPrint([FERRY, 'The coastguard is investigating.'], 'padlocked the gate', { headline: FERRY_HEADLINE(), standfirst })).toEqual(HELD)
  })
})

// Family 4. Other doors for the family 1 story: GraphQL create and GraphQL publish.
describe('family 4: GraphQL', () => {
  const TRANSITION = `mutation ($id: ID!, $to: String!) { transitionDispatch(id: $id, to: $to) { id workflowStatus } }`
  const gql = (query: string, variables: Record<string, unknown>) => as('editor', 'post', '/api/graphql', { query, variables })

  it('GraphQL createDispatch + transitionDispatch, the padlocked-gate fragment: the publish waits for legal', async () => {
    const res = await gql(
      `mutation($body: JSON, $headline: String!, $slug: String!) { createDispatch(draft: true, data: { headline: $headline, slug: $slug, body: $body, byline: [{ correspondent: ${await reporterId()}, role: reporter }] }) { id slug } }`,
      { headline: FERRY_HEADLINE(), slug: `red-team-fragments-graphql-${unique()}`, body: body(FERRY, 'Maria Santos, a survivor, said the crew had "padlocked the gate and went up on deck".') },
    )
    expect(res.body.errors).toBeUndefined()
    const { id, slug } = res.body.data.createDispatch as { id: number; slug: string }
    for (const to of ['in_review', 'approved']) expect((await gql(TRANSITION, { id, to })).body.errors).toBeUndefined()
    const published = await gql(TRANSITION, { id, to: 'published' })
    const code = published.body.errors?.[0]?.extensions?.code as string | undefined
    const outcome = {
      publish: code === 'LEGAL_READ_REQUIRED' || code === 'QUOTE_NOT_CLEARED' ? 'held by the gate' : code ?? 200,
      printed: (await printedIf({ status: published.body.errors ? 409 : 200 }, slug)).includes('padlocked the gate'),
    }
    expect(outcome).toEqual(HELD)
  })
})

// Family 5. Edit the narrative around an approved fragment after legal approved the story.
describe('family 5: the narrative edited around an approved fragment', () => {
  it('legal approves "Joan Marr said Dr Hale had "lined his pockets…"", the editor rewrites the sentence so no rule reads it: the publish waits for legal', async () => {
    const fragment = '"lined his pockets with our members\' savings"'
    const story = await draftWith({ body: body('Pensioners protested outside Hale House.', `Joan Marr said Dr Hale had ${fragment}.`) })
    const approve = await as('legal', 'post', `/api/dispatches/${story.id}/legal-review`, { decision: 'approve' })
    expect(approve.status).toBe(200)
    // The same fragment, now after a sentence the rules do not flag ("said it was time Dr Hale stopped…").
    const edit = await as('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, {
      body: body('Pensioners protested outside Hale House.', `Joan Marr said Dr Hale, who runs the scheme, had for years ${fragment}.`),
    })
    expect(edit.status).toBe(200)
    const res = await publishNow(story.id)
    expect({ publish: gateAnswer(res), printed: (await printedIf(res, (await working(story.id)).slug)).includes('lined his pockets') }).toEqual(HELD)
  })
})
