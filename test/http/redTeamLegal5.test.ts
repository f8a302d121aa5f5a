/**
 * The fifth red-team pass on the legal promise: routes around the word rules as the fourth pass
 * left them. Each test is one route and asserts what a lawyer expects (the publish held by the
 * gate, or the save refused, and nothing printed). Each failed when the pass found it (the save
 * and the publish answered 2xx and the words were printed) and holds since the rules widened by
 * kind (docs/legal.md "The fifth red-team pass"). The `control` block pins, for each family, a
 * sentence held before the pass, so a failure below is a hole and not the test.
 */
import { HELD, legalStory } from '../helpers/legalStory'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

const { as, draftWith, publish, tryToPrint, upload, body } = legalStory(() => t, {
  headline: 'Red team five',
  decisionsNameWhatStands: true,
  pictureMeta: { alt: 'Mourners in a street', caption: 'Mourners at the funeral in Raqqa.' },
})

const LEAD = 'Shelling resumed at first light.'
/** Names the man in full first, so every later sentence points at a person the rules know. */
const NAMED = 'Tom Reyes ran the charity for a decade.'
const CLEAN = 'The council met in private on Monday.'

beforeAll(async () => {
  t = await startTestApp(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {})
})
afterAll(async () => {
  await t?.stop()
})



const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`

describe('control: a sentence of each family is held today', () => {
  it.each([
    ['a listed crime word', [LEAD, NAMED, 'Tom Reyes stole money from the charity he ran.']],
    ['a hedge with a listed word', [LEAD, NAMED, 'Tom Reyes is believed to have pocketed the donations.']],
    ['a question with a listed word', [LEAD, NAMED, 'Is Tom Reyes a thief?']],
    ['a company with a listed word and a name in it', [LEAD, NAMED, 'Reyes Construction bribed officials to win the contract.']],
    ['private facts in a quote', [LEAD, NAMED, '"Tom Reyes has HIV," said Ana Silva.']],
    ['a child named in the family court with her age', [LEAD, NAMED, 'Mira Haddad, 9, is at the centre of a custody battle in the family court.']],
    ['a whistleblower named', [LEAD, NAMED, 'The whistleblower, Leila Haddad of the finance office, passed us the files.']],
    ['comment on a live trial', [LEAD, NAMED, 'Tom Reyes, who goes on trial next month, is plainly guilty.']],
    ['Spanish', [LEAD, NAMED, 'Tom Reyes robó el dinero de la caridad.']],
    ['a long crime word misspelt', [LEAD, NAMED, 'Tom Reyes embezzeled the council pension fund.']],
    ['extremist speech with a listed word', [LEAD, NAMED, '"Death to the unbelievers," said Abu Omar, the group\'s spokesman.']],
  ])('%s: the publish is refused', async (_label, paragraphs) => {
    expect(await tryToPrint(paragraphs as string[], (paragraphs as string[])[2]!)).toEqual(HELD)
  })

  it('a slug carrying a listed crime word, the name cased by the body: held', async () => {
    const slug = `tom-reyes-stole-the-charity-money-${unique()}`
    expect(await tryToPrint([LEAD, NAMED], 'stole-the-charity-money', { slug })).toEqual(HELD)
  })

  it('tags naming a man and a crime, the name capitalised: held', async () => {
    expect(await tryToPrint([LEAD, "The charity's accounts are with the auditors."], 'embezzlement', { tags: ['Tom Reyes', 'embezzlement'] })).toEqual(HELD)
  })

  it('a live picture\'s alt text with a listed word: refused', async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD, CLEAN), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { alt: 'Tom Reyes leaves the town hall. He stole the charity money.' })
    expect(res.status).toBe(409)
  })
})

// Family 1. The crime list grew, but a paraphrase is still one word away from it: bribery,
// false accounting, expenses fraud, sexual assault, a procured killing, a shooting, witness
// tampering and arson in words CRIME_TERMS and ACTS do not carry (also open, not kept as tests:
// "ran off with the pension money", "spiked her drink", "deals cocaine", "hacked into").
describe('family 1: an accusation of a named person in words the lists do not know', () => {
  it.each([
    ['bribery, paraphrased', 'Tom Reyes paid the inspector to look the other way.'],
    ['false accounting, "doctored"', 'Tom Reyes doctored the accounts.'],
    ['expenses fraud, "fiddled" (the quote rules hold it; the narrative rules do not)', 'Tom Reyes fiddled his expenses.'],
    ['sexual assault, euphemism', 'Tom Reyes forced himself on a colleague.'],
    ['a killing procured', 'Tom Reyes had the journalist killed.'],
    ['a shooting, "gunned down"', 'Tom Reyes gunned down two protesters.'],
    ['witness tampering', 'Tom Reyes paid the witness to keep quiet.'],
    ['arson, paraphrased', "Tom Reyes burned down his rival's warehouse."],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual(HELD)
  })
})

// Family 2. The accusation is made without a listed word in the sentence that names him: hedged,
// split over two sentences, by pronoun, by question, or the person pointed at by a family name or
// a handle the person finder does not read.
describe('family 2: the accusation hedged, split, or pointed at a person the finder does not see', () => {
  it.each([
    ['hedged, "is thought to have"', [LEAD, NAMED, 'Tom Reyes is thought to have taken the donations for himself.']],
    ['split over two sentences', [LEAD, NAMED, 'Two million pounds vanished from the fund.', 'The man responsible was Tom Reyes.']],
    ['by pronoun', [LEAD, NAMED, 'The money went missing on his watch.', 'He took it.']],
    ['by question and answer', [LEAD, NAMED, 'Who took the money? Ask Tom Reyes.']],
    ['a family named by surname', [LEAD, CLEAN, 'The Reyes brothers stole the charity money.']],
    ['a social-media handle', [LEAD, CLEAN, '@tomreyes stole the charity money.']],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, paragraphs) => {
    const words = paragraphs as string[]
    expect(await tryToPrint(words, words[words.length - 1]!)).toEqual(HELD)
  })
})

// Family 3. A company is not a person to the finder: a crime said of a firm goes out, listed words and all.
describe('family 3: a company accused', () => {
  it.each([
    ['money laundering by a bank (listed words)', 'Northwind Bank launders cartel money.'],
    ['poisoning by a chemicals firm', "Acme Chemicals poisoned the town's water supply."],
    ['theft by a family firm (a listed word)', 'Reyes & Sons stole the charity money.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, CLEAN, sentence], sentence)).toEqual(HELD)
  })
})

// Family 4. Private facts: the quote rules have a privacy list ("hiv", "diagnosed", "lives at"),
// the narrative rules have none. Health, sexuality, an affair (and drug use, "has a cocaine habit")
// said of a named man in the story's own voice go out.
describe("family 4: a named person's private life in the story's own words", () => {
  it.each([
    ['HIV status', 'Tom Reyes has been HIV positive since 2015.'],
    ['sexual orientation, outed', 'Tom Reyes is secretly gay and has a boyfriend in Madrid.'],
    ['mental illness', 'Tom Reyes was treated for bipolar disorder at a psychiatric clinic last year.'],
    ['an affair', "Tom Reyes has been sleeping with his deputy behind his wife's back."],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual(HELD)
  })
})

// Family 5. A child, a complainant, a source, a live trial, in shapes the widened rules still do not read.
describe('family 5: a child in the family court, a complainant, a source, a live trial', () => {
  it.each([
    ["a child in a custody case, by his father's name", "The boy in the custody case is Tom Reyes's only son, Sam."],
    ["a child taken into care, by her father's office", "The mayor's daughter Mira was taken into care last month."],
    ['a complainant named with her work', 'The complainant, Leila Haddad, 24, works at the bakery on Elm Street.'],
    ['a source who asked not to be named, named', 'Leila Haddad, who asked not to be named, passed us the files.'],
    ['comment on a live trial, "whose trial starts"', 'Tom Reyes, whose trial starts on Monday, has a history of violence.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual(HELD)
  })
})

// Family 6. otherLanguage knows the function words of Spanish, Portuguese, French, German, Dutch
// and Italian; other languages in Latin letters (Romanian too) read as English with no listed word.
describe('family 6: an accusation in a language the function-word list does not know', () => {
  it.each([
    ['Polish', 'Tom Reyes ukradł pieniądze z fundacji i jest oszustem.'],
    ['Turkish', 'Tom Reyes vakfın parasını çaldı ve bir dolandırıcıdır.'],
    ['Swedish', 'Tom Reyes stal pengarna från stiftelsen och är en bedragare.'],
    ['Romanised Arabic', 'Tom Reyes huwa harami.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual(HELD)
  })
})

// Family 7. SPELT_CRIMES reads words of eight letters or more; short crime words with a digit, a
// star, a symbol ("fr@udster") or one letter wrong are read straight through by readers and not by the rules.
describe('family 7: a crime word disguised', () => {
  it.each([
    ['a digit for a letter', 'Tom Reyes st0le the money from the charity.'],
    ['a star for a letter', 'Tom Reyes r*ped his neighbour.'],
    ['a short word misspelt', 'Tom Reyes murderd his wife.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], sentence)).toEqual(HELD)
  })
})

// Family 8. A quote is sent to legal by its keyword list (violence, extremist content); calls to
// kill, terror and race hatred in other words become quote records that need no one.
describe('family 8: extremist speech the quote keywords do not know', () => {
  it.each([
    ['a call to kill unbelievers', '"Every unbeliever deserves to die," said Abu Omar, the group\'s spokesman.'],
    ['a call to suicide bombing', '"Strap on a vest and take as many of them with you as you can," said Abu Omar.'],
    ['race hatred and a call to destroy', '"The Jews are vermin and must be wiped out," said Abu Omar.'],
  ])('POST /api/dispatches?draft=true, %s: the publish waits for legal', async (_label, sentence) => {
    expect(await tryToPrint([LEAD, NAMED, sentence], 'said Abu Omar')).toEqual(HELD)
  })
})

// Family 9. Words outside the body: the slug and tags are read as sentences, but a name in lower
// case (as an address and a tag keep it) is no name to the finder, so a listed crime word beside it
// goes out; a live picture's alt text and a new correspondent's bio take a family-1 paraphrase at once.
describe('family 9: the same words through the fields and doors beside the body', () => {
  it('POST /api/dispatches?draft=true with a slug "tom-reyes-stole-the-charity-money" (the body does not name him): the publish waits for legal', async () => {
    const slug = `tom-reyes-stole-the-charity-money-${unique()}`
    expect(await tryToPrint([LEAD, CLEAN], 'stole-the-charity-money', { slug })).toEqual(HELD)
  })

  it('POST /api/dispatches?draft=true with tags "tom reyes" and "embezzlement": the publish waits for legal', async () => {
    expect(await tryToPrint([LEAD, "The charity's accounts are with the auditors."], 'embezzlement', { tags: ['tom reyes', 'embezzlement'] })).toEqual(HELD)
  })

  it("PATCH /api/media-assets/:id alt text of a picture a live story shows, a paraphrase: refused; readers keep the old alt text", async () => {
    const asset = await upload()
    const story = await draftWith({ body: body(LEAD, CLEAN), media: [asset.id] })
    expect((await publish(story.id)).status).toBe(200)
    const res = await as('editor', 'patch', `/api/media-assets/${asset.id}`, { alt: 'Tom Reyes leaves the town hall. He doctored the charity accounts.' })
    const page = await as(null, 'get', `/api/dispatches/slug/${story.slug}`)
    expect({ status: res.status, printed: JSON.stringify(page.body).includes('doctored the charity accounts') }).toEqual({ status: 409, printed: false })
  })

  it('POST /api/correspondents a new profile whose bio is a paraphrase: refused; no public profile carries it', async () => {
    const res = await as('editor', 'post', '/api/correspondents', {
      name: `Ana Silva ${unique()}`,
      kind: 'reporter',
      bio: 'Ana covers the council. She revealed that Tom Reyes paid the planning inspector to look the other way.',
    })
    const slug = (res.body.doc as { slug?: string } | undefined)?.slug
    const shown = slug ? await t.http.get(`/api/correspondents/slug/${slug}`) : { body: {} }
    expect({ status: res.status, printed: JSON.stringify(shown.body).includes('look the other way') }).toEqual({ status: 409, printed: false })
  })
})
