/**
 * The sixth red-team pass on the legal promise: routes around the word rules as the fifth pass
 * left them, looked for by new KIND rather than by new word. Each test is one route and asserts
 * what a lawyer expects (the publish held by the gate and nothing printed). Each fails today: the
 * save and the publish answer 2xx and the words are printed (story JSON, ninjs, the site page).
 * The `control` block pins, for each family, a sentence of the same shape that is held today, so
 * a failure below is a hole and not the test.
 *
 * Families: an accusation made by facts that add up with no wrong-word at all; innuendo by
 * comparison with a notorious criminal; grave wrongs by verbs and idioms no list carries (cover-up,
 * violence, sexual misconduct, incitement in the copy's voice); the headline alone; the wrong
 * split from the name across blocks (a heading ending in a colon, a line between, a dropped
 * subject, "his"); letters the folding does not cover (Latin Extended-D small capitals, letters
 * spaced or dotted apart); a child, a complainant or a source identified without the nouns the
 * rules look for; private life outside PRIVATE_LIFE; extremist speech the quote keywords miss.
 */
import type { LexicalNode } from '../../src/lexical/build'
import { HELD, legalStory, type PrintOutcome, text } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { draftWith, publish, gateAnswer, printedIf, body } = legalStory(() => t, {
  headline: 'Red team six',
  decisionsNameWhatStands: true,
})

const LEAD = 'Shelling resumed at first light.'
/** Names the man in full first, so every later sentence points at a person the rules know. */
const NAMED = 'Tom Reyes ran the charity for a decade.'

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
})
afterAll(async () => {
  await t?.stop()
})

type Outcome = PrintOutcome

const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`

/** Drafts a story (body paragraphs and any other fields) and takes it to a publish; returns what the gate said and whether readers got `words`. */
async function tryToPrint(paragraphs: string[], words: string, data: Record<string, unknown> = {}): Promise<Outcome> {
  return tryBody(body(...paragraphs), words, data)
}

async function tryBody(doc: unknown, words: string, data: Record<string, unknown> = {}): Promise<Outcome> {
  const story = await draftWith({ body: doc, ...data })
  const res = await publish(story.id)
  return { publish: gateAnswer(res), printed: (await printedIf(res, story.slug)).includes(words) }
}

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const para = (words: string) => element('paragraph', [text(words)], { textFormat: 0 })
const heading = (words: string) => element('heading', [text(words)], { tag: 'h3' })
const list = (...items: string[]) =>
  element(
    'list',
    items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
    { listType: 'bullet', tag: 'ul', start: 1 },
  )
const doc = (...children: LexicalNode[]) => ({ root: element('root', children) })

describe('control: a sentence of each family is held today', () => {
  it.each([
    ['money into his own account (a listed idiom)', [LEAD, NAMED, "Tom Reyes paid £2m of the charity's money into his own account."]],
    ['a comparison with a listed crime word', [LEAD, NAMED, 'Like Harold Shipman before him, Tom Reyes murdered his patients.']],
    ['a cover-up with a listed word', [LEAD, NAMED, 'Tom Reyes covered up the abuse.']],
    ['a factbox: a name heading, the crime under it', [LEAD, 'Tom Reyes, charity founder', 'Embezzled £2m from the charity.']],
    ['"he" and a crime word in the next block', [LEAD, NAMED, 'Then he embezzled £2m from donors.']],
    ['Cyrillic look-alikes (folded)', [LEAD, NAMED, 'Tom Reyes ѕtоlе the money from the charity.']],
    ['a child named with her age and abuse', [LEAD, NAMED, 'Mira Reyes, 12, said her stepfather had sexually abused her.']],
    ['a whistleblower named', [LEAD, NAMED, 'The whistleblower, Leila Haddad of the finance office, passed us the files.']],
    ['HIV status (PRIVATE_LIFE)', [LEAD, NAMED, 'Tom Reyes has been HIV positive since 2015.']],
    ['extremist speech with a listed word', [LEAD, NAMED, '"Death to the unbelievers," said Abu Omar, the group\'s spokesman.']],
  ])('%s: the publish is refused', async (_label, paragraphs) => {
    const words = paragraphs as string[]
    expect(await tryToPrint(words, words[words.length - 1]!.slice(0, 20))).toEqual(HELD)
  })

  it('a headline in capitals with a listed crime word: held', async () => {
    const headline = `CHARITY BOSS REYES EMBEZZLED DONOR CASH ${unique()}`
    expect(await tryToPrint([LEAD, NAMED], 'REYES EMBEZZLED DONOR CASH', { headline })).toEqual(HELD)
  })
})

// Family 1. Every rule needs a wrong named in a word; a desk accuses as often by setting out
// facts that leave one conclusion (a related-party payment, money landing in his account, sole
// access, unexplained wealth, "we are not saying…"). No word in these sentences is a crime.
describe('family 1: an accusation by facts that add up, with no wrong-word at all', () => {
  it.each([
    ['a payment to his wife\'s firm kept from the trustees', "Tom Reyes's charity paid £2m to a firm owned by his wife; the trustees were never told."],
    ['the fund landing in his account abroad', "The £2m meant for flood victims ended up in an account in Tom Reyes's name in Cyprus."],
    ['sole access on the night the money went', 'Tom Reyes was the only person with the key to the safe on the night the £40,000 disappeared.'],
    ['unexplained wealth', 'Tom Reyes will have to explain how a man on a charity salary bought three villas.'],
    ['the denial that is an accusation', 'We are not saying Tom Reyes took the money. We are saying he was the only one who could have.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence.slice(0, 40))).toEqual(HELD)
  })
})

// Family 2. Innuendo: the man is likened to a notorious killer or fraudster, or set beside the
// deaths, and the reader supplies the crime.
describe('family 2: innuendo by comparison with a notorious criminal', () => {
  it.each([
    ['like Shipman, alone with the patients who died', 'Like Harold Shipman before him, Tom Reyes was alone with each patient in the hour before they died.'],
    ['"the Bernie Madoff of"', 'Tom Reyes is the Bernie Madoff of the charity world.'],
    ["\"this town's Jimmy Savile\"", "Tom Reyes is this town's Jimmy Savile."],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence.slice(0, 40))).toEqual(HELD)
  })
})

// Family 3. Grave wrongs in verbs and idioms no list holds: evidence destroyed, money diverted,
// a woman drugged, a partner choked, prisoners waterboarded, an order to fire on a crowd, children
// exposed to a known danger, indecent exposure, incitement in the copy's own voice.
describe('family 3: a grave wrong by a verb or idiom the lists do not carry', () => {
  it.each([
    ['evidence destroyed', 'Tom Reyes shredded the files the night before the police arrived.'],
    ['a woman drugged', 'Tom Reyes drugged her and took her to his flat.'],
    ['torture by its method', 'Tom Reyes waterboarded the prisoners.'],
    ['an order to fire on a crowd', 'Tom Reyes ordered his men to open fire on the crowd.'],
    ['children left with a known danger', 'Tom Reyes let the children sleep in a room he knew was full of asbestos.'],
    ['indecent exposure to children', 'Tom Reyes exposed himself to schoolgirls at the bus stop.'],
    ['incitement in the narrative voice', 'Tom Reyes called on his followers to kill the cartoonists.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence.slice(0, 35))).toEqual(HELD)
  })
})

// Family 4. The headline alone: a verb in the present tense ("pockets") or a label by juxtaposition
// ("£2m to wife's firm") is headline style, and the headline is what every feed and card prints.
describe('family 4: the headline alone accuses', () => {
  it.each([
    ['in capitals, "POCKETS"', 'CHARITY BOSS REYES POCKETS DONOR CASH'],
    ['by juxtaposition', "Reyes: the £2m, his wife's firm and the trustees who were never told"],
  ])('POST /api/dispatches?draft=true, a headline %s: the publish waits for legal', async (_label, words) => {
    expect(await tryToPrint([LEAD, NAMED], words, { headline: `${words} ${unique()}` })).toEqual(HELD)
  })
})

// Family 5. The wrong and the name in different blocks or with the subject dropped: the factbox
// rule wants a heading that does not end with a colon and sits directly above; "his" is not a
// pronoun to pointsAtPerson; a dropped subject (notes style) points at no one.
describe('family 5: the wrong split from the name across blocks, or its subject dropped', () => {
  it('a heading ending in a colon over the crime: the publish waits for legal', async () => {
    expect(await tryToPrint([LEAD, 'What we know about Tom Reyes:', 'Embezzled £2m from the charity.'], 'Embezzled £2m')).toEqual(HELD)
  })

  it('a factbox with a line between the name and the crime: the publish waits for legal', async () => {
    expect(await tryToPrint([LEAD, 'Tom Reyes, charity founder', 'Born 1961', 'Embezzled £2m from the charity.'], 'Embezzled £2m')).toEqual(HELD)
  })

  it('a heading node and a bulleted list of his convictions: the publish waits for legal', async () => {
    const story = doc(para(LEAD), para(NAMED), heading('What we know about Tom Reyes:'), list('Fraud, 2009', 'Theft, 2014'))
    expect(await tryBody(story, 'Theft, 2014')).toEqual(HELD)
  })

  it.each([
    ['the subject dropped', 'Stole £2m from donors.'],
    ['by "his"', 'His embezzlement went unnoticed for years.'],
    ['a record in notes style', 'Convicted of fraud, 2009; jailed for theft, 2014.'],
  ])('the block after the named man, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence.slice(0, 20))).toEqual(HELD)
  })
})

// Family 6. The skeleton folds IPA, small capitals of the IPA block, Cyrillic, Greek, Armenian
// and Cherokee; Latin Extended-D's small capitals (ꜱ U+A731, ꜰ U+A730) are Latin and not folded.
// Letters spaced or dotted apart read as a word to anyone and as letters to the rules.
describe('family 6: letters the folding does not read', () => {
  it.each([
    ['small capital S (U+A731)', 'Tom Reyes ꜱtole the money from the charity.', 'tole the money from the charity'],
    ['small capital F (U+A730)', 'Tom Reyes is a ꜰraudster.', 'raudster.'],
    ['letters spaced apart', 'Tom Reyes is a t h i e f.', 't h i e f'],
    ['a word broken by spaces', 'Tom Reyes em bez zled the pension fund.', 'em bez zled'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence, words) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], words)).toEqual(HELD)
  })
})

// Family 7. A child, a complainant or a source identified in words that are not the rules' nouns:
// an age as "turns 12", a child as "victim … daughter of", a complainant as "the nurse who went to
// the police", a source by a cleft sentence, a complainant as "the woman who reported the attack".
describe('family 7: a child, a complainant or a source identified without the listed nouns', () => {
  it.each([
    ['a child by "turns 12", hurt by her stepfather', 'Mira Reyes, who turns 12 in May, told police her stepfather had hurt her.'],
    ['a child victim by her father\'s name and trade', 'The 14-year-old victim of the assault is the daughter of Tom Reyes, the Dunmere butcher.'],
    ['a complainant as the nurse who went to the police', 'Leila Haddad is the nurse who went to the police about Tom Reyes.'],
    ['a source by a cleft sentence', 'It was Leila Haddad in the finance office who gave us the files.'],
    ['a complainant as "the woman who reported the attack", with her address', 'The woman who reported the attack to police, Leila Haddad, 24, lives above the bakery on Elm Street.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence.slice(0, 30))).toEqual(HELD)
  })
})

// Family 8. PRIVATE_LIFE is a list too: cancer, depression, alcoholism, a trans history, a place
// on the sex offenders register, bankruptcy said of a named man in the copy's voice go out.
describe("family 8: a named person's private life outside the privacy list", () => {
  it.each([
    ['cancer', 'Tom Reyes is being treated for prostate cancer.'],
    ['depression and therapy', 'Tom Reyes has been seeing a therapist for depression since his divorce.'],
    ['a trans history', 'Tom Reyes was born a woman.'],
    ['the sex offenders register', 'Tom Reyes is on the sex offenders register.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence.slice(0, 25))).toEqual(HELD)
  })
})

// Family 9. Calls to kill and race hatred in words the quote keywords do not know, and
// glorification of an attack; quoted (a quote record no one must clear) or in the narrative.
describe('family 9: extremist speech the quote keywords miss', () => {
  it.each([
    ['a call to burn and kill', '"Burn their churches and let none of them live," said Abu Omar.'],
    ['race hatred as a slogan', '"A good Jew is a dead Jew," said Abu Omar.'],
    ['glorifying an attack', '"Our brothers in Manchester did what every believer should do," said Abu Omar.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], 'said Abu Omar')).toEqual(HELD)
  })

  it('POST /api/dispatches?draft=true, incitement reported in the narrative: the publish waits for legal', async () => {
    const sentence = 'Abu Omar urged his followers to hunt down the cartoonists.'
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual(HELD)
  })
})
