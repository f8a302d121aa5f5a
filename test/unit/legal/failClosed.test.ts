import fc from 'fast-check'
import { findPassages } from '../../../src/ingest/passages'
import { namesCrime, namesWrongdoing, newStoryPeople } from '../../../src/ingest/wrongdoing'
import { foreignLetters, readSkeleton, skeleton } from '../../../src/legal/normalise'
import { CORRESPONDENT_PUBLIC_TEXT, MEDIA_PUBLIC_TEXT, newLegalWords } from '../../../src/legal/publicText'
import { readStory } from '../../../src/legal/readOfStory'
import { fileNameAsWords } from '../../../src/legal/storyText'
import { unpairedMarks } from '../../../src/legal/words'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../../src/lexical/build'

/**
 * The word rules fail closed: when the reading cannot be sure, the words wait for legal. Each
 * rule has its trick (what the red team printed) and its near miss (ordinary copy that must not
 * flag). Paragraphs are read as a story's, first to last.
 */
const flagged = (...paragraphs: string[]): string[] => findPassages(paragraphs).map((passage) => passage.text)
const LEAD = 'Shelling resumed at first light.'

describe('a crime named in any form beside a person is a passage, whatever the syntax', () => {
  it.each([
    ['a restrictive "who"', 'Tom Reyes is the mayor who embezzled the council pension fund.'],
    ['a cleft sentence', 'It was Tom Reyes who embezzled the council pension fund.'],
    ['the crime as a noun', "Tom Reyes's embezzlement of the council pension fund cost the town two million euros."],
    ['capitals', 'TOM REYES EMBEZZLED THE COUNCIL PENSION FUND'],
    ['the verb in capitals', 'Tom Reyes EMBEZZLED the council pension fund.'],
    ['a negation (struck or not, the page may not print it)', 'Tom Reyes never stole money from the charity he ran.'],
    ['a label with "not"', 'Tom Reyes is not a fraudster.'],
    ['a surname the story named in full before', 'Tom Reyes ran the charity.|Reyes took kickbacks, the audit found.'],
    ['a role the story points at', 'The club treasurer resigned.|The treasurer is a crook.'],
    ['"he" once the story has named someone', 'Tom Reyes ran the charity for a decade.|He is a thief, the auditor found.'],
    ['a crime done to one person and another crime beside', 'Ahmed Khalil was murdered, and his brother stole the money.'],
    ['a crime done to a person, by a person', 'Ahmed Khalil was murdered by Tom Reyes.'],
    ['an official "was bribed"', 'The councillor was bribed by the developer.'],
    ['a hand-typed speaker line', 'Tom Reyes, the mayor who embezzled the council pension fund'],
  ])('%s', (_label, story) => {
    const paragraphs = story.split('|')
    expect(flagged(...paragraphs)).toContain(paragraphs[paragraphs.length - 1]!)
  })

  it('a headline whose "he" and surname the body names in full further down', () => {
    expect(flagged('He stole from the charity he ran', LEAD, 'Tom Reyes resigned on Monday.')).toEqual(['He stole from the charity he ran'])
    expect(flagged('Reyes took kickbacks, audit finds', LEAD, 'Tom Reyes resigned on Monday.')).toEqual(['Reyes took kickbacks, audit finds'])
  })

  it('a factbox: a name as the heading, the crimes as the list under it', () => {
    expect(flagged(LEAD, 'Tom Reyes, mayor of Lisbon', 'Embezzled the council pension fund Forged the minutes of the planning committee')).toEqual([
      'Embezzled the council pension fund Forged the minutes of the planning committee',
    ])
  })

  it.each([
    ['no person', 'Pension fraud rose by a third last year, the regulator said.'],
    ['a victim, not an accused', 'He was the victim of a fraudster.'],
    ['an indefinite doer', 'A man stole a bike from outside the station.'],
    ['"he" with nobody named', 'He said the storm had stolen the harvest.'],
    ['a body, not a person', 'The Serious Fraud Office opened an inquiry on Monday.'],
    ['a death reported, no doer named', 'Ahmed Khalil was murdered in Raqqa.'],
    ['no crime beside the name', 'Tom Reyes ran the charity for a decade.'],
    ['a heading over a list that names no crime', 'Tom Reyes, mayor of Lisbon|Born in Porto in 1961 Elected in 2017'],
    ['a sentence, not a heading, before a crime with no person', 'Tom Reyes spoke first.|Theft from shops rose by 4%.'],
  ])('near miss, %s: no passage', (_label, story) => {
    expect(flagged(...story.split('|'))).toEqual([])
  })

  it('namesCrime reads every form in any case; namesWrongdoing wants the person too', () => {
    expect(['EMBEZZLEMENT', 'a Crook', 'bribery', 'money-laundering', 'thieves'].every(namesCrime)).toBe(true)
    expect(['crooked path'.replace('crooked', 'crochet'), 'a stolid man', 'the rapeseed field', 'Theftford'].some(namesCrime)).toBe(false)
    expect(namesWrongdoing('Pension fraud rose.', newStoryPeople())).toBe(false)
    expect(namesWrongdoing('Ana Silva denies fraud.', newStoryPeople())).toBe(true)
  })
})

describe('speech is read, never blanked out of the legal read', () => {
  it.each([
    ['attributed speech in words the quote rules do not list', `"Tom Reyes embezzled the pension fund," said Ana Silva, the council's auditor.`],
    ['a crook and a thief', `"Tom Reyes is a crook and a thief," said Ana Silva, the council's auditor.`],
    ['straight single marks', `'Tom Reyes embezzled the pension fund,' said Ana Silva, the council's auditor.`],
    ['a scare-quoted verb given to the auditor', `Tom Reyes "siphoned off the grant money", the auditor said.`],
  ])('%s: a passage', (_label, sentence) => {
    expect(findPassages([LEAD, sentence]).map((passage) => [passage.text, passage.reasons])).toEqual([[sentence, ['allegation']]])
  })

  it.each([
    ['a vow in double marks', 'The commander vowed to "behead every infidel in Raqqa" before the winter.', ['violence', 'extremist_content']],
    ['an order', 'The commander told his men they should "kill the crusaders wherever you find them" and then left.', ['extremist_content']],
    ["a pseudonymous witness's account", 'A woman calling herself Aisha said the men had "cut his head off in front of the children" in the square.', ['violence']],
    ['a vow in straight single marks', "The commander vowed to 'behead every infidel in Raqqa' before the winter.", ['violence', 'extremist_content']],
  ])('a partial quote, %s: read by the quote rules', (_label, sentence, reasons) => {
    const [passage] = findPassages([LEAD, sentence])
    expect(passage?.text).toBe(sentence)
    expect(passage?.reasons).toEqual(expect.arrayContaining(reasons as string[]))
  })

  it('speech whose letters fold to a word the quote rules list ("We exẹcuted"): a passage', () => {
    const order = (word: string) => `"We ${word} every prisoner at dawn," a militia commander told his men over the radio.`
    expect(flagged(LEAD, order('exe\u0323cuted'))).toEqual([order('exe\u0323cuted')])
    expect(flagged(LEAD, order('\u025Bxecuted'))).toEqual([order('\u025Bxecuted')])
  })

  it.each([
    ['a quote with no crime in it', '"The square was quiet that morning," a bus driver said.'],
    ['a scare-quoted phrase with no violence', 'The council called it a "temporary measure" on Monday.'],
    ['a quote with violence, plainly spelt (its record goes to legal)', '"We executed every prisoner at dawn," a militia commander told his men.'],
  ])('near miss, %s: no passage', (_label, sentence) => {
    expect(flagged(LEAD, sentence)).toEqual([])
  })
})

describe('quote marks that do not pair: the paragraph waits for legal', () => {
  const WORDS = 'We executed every prisoner at dawn'
  it.each([
    ['“…“', `\u201C${WORDS},\u201C a militia commander told his men over the radio.`],
    ['«…”', `\u00AB${WORDS},\u201D a militia commander told his men over the radio.`],
    ['"…“', `"${WORDS},\u201C a militia commander told his men over the radio.`],
    ['‘…”', `\u2018${WORDS},\u201D a militia commander told his men over the radio.`],
  ])('%s', (_label, paragraph) => {
    expect(unpairedMarks(paragraph)).toBe(true)
    expect(findPassages([LEAD, paragraph])).toEqual([{ text: paragraph, reasons: ['other'] }])
  })

  it.each([
    ['curly pairs', '“Yes,” she said. “It is finished.”'],
    ['guillemets', '«Oui», a-t-il dit.'],
    ['apostrophes and a possessive', 'The soldiers’ guns were gone, and Reyes’ car too; it’s the ’90s again.'],
    ['a single-quoted phrase', 'He called it ‘a disgrace’ on Monday.'],
  ])('near miss, %s: pairs', (_label, paragraph) => {
    expect(unpairedMarks(paragraph)).toBe(false)
  })

  it('a quote carried on into the next paragraph (house style) is not a slip', () => {
    const paragraphs = ['“People think a knife is silent,” she said. “It is not. It sounds like someone knocking on a door.', '“I still hear it,” she said.']
    expect(findPassages(paragraphs)).toEqual([])
  })
})

describe('letters: every letter read as the one it prints as, and what no table knows goes to legal', () => {
  it.each([
    ['combining dots below', 'Tom Reyes is accu\u0323sed of frau\u0323d.'],
    ['Latin small alphas', 'Tom Reyes is \u0251ccused of fr\u0251ud.'],
    ['Armenian seh', 'Tom Reyes is acc\u057Dsed of fra\u057Dd.'],
  ])('%s: the allegation is read', (_label, sentence) => {
    expect(findPassages([LEAD, sentence])).toEqual([{ text: sentence, reasons: expect.arrayContaining(['allegation']) }])
  })

  it('look-alikes in a mostly Russian paragraph: the allegation read, the Russian sent to legal', () => {
    const russian = 'Он отрицает это, сказал его адвокат в понедельник вечером.'
    const allegation = 'Tom Reyes is \u0430\u0441\u0441\u03C5\u0455\u0435\u0501 of fraud.'
    const passages = findPassages([LEAD, `${allegation} ${russian}`])
    expect(passages.map((passage) => passage.text)).toEqual([allegation, russian])
    expect(passages[0]!.reasons).toContain('allegation')
    expect(passages[1]!.reasons).toEqual(['other'])
  })

  it('skeleton: accents dropped, look-alikes folded, offsets kept', () => {
    expect(skeleton('Jos\u00E9 \u0251\u025Bx \u0430\u0441\u057D')).toBe('Jose aex acu')
    const printed = 'fr\u0251u\u0323d'
    const reading = readSkeleton(printed)
    expect(reading.text).toBe('fraud')
    expect(reading.printedAt.length).toBe(reading.text.length + 1)
  })

  it.each([
    ['accented Latin names', 'José Martí and Søren Kierkegaard walked through Łódź and Žilina.', false],
    ['a Russian sentence', 'Он отрицает это.', true],
    ['Arabic', 'قال أحمد', true],
    ['a look-alike no table folds inside a Latin word', 'accu\u0586ed', true],
  ])('foreignLetters, %s', (_label, text, foreign) => {
    expect(foreignLetters(text)).toBe(foreign)
  })

  it('ordinary accented copy is no passage', () => {
    expect(flagged('José Martí opened the café in Žilina on Monday.', 'Søren said the coffee was good.')).toEqual([])
  })
})

describe('struck and hidden words: both readings', () => {
  const text = (value: string, extra: Partial<{ format: number; style: string }> = {}): LexicalNode =>
    ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1, ...extra }) as LexicalNode
  const paragraph = (children: LexicalNode[]): LexicalNode =>
    ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, textFormat: 0, version: 1 }) as LexicalNode

  it.each([
    ['struck "not"', [text('Tom Reyes is '), text('not', { format: 4 }), text(' accused of anything; he is a man of means.')]],
    ['"never" hidden by a style', [text('Tom Reyes '), text('never', { style: 'display: none' }), text(' forged the minutes of the meeting.')]],
  ])('%s: the sentence without it is read', (_label, children) => {
    const reading = readStory({ headline: 'Council', body: lexicalDocument([textParagraph(LEAD), paragraph(children as LexicalNode[])]) })
    expect(reading.passages.length).toBeGreaterThan(0)
  })

  it('bold words are no strike: nothing', () => {
    const reading = readStory({ headline: 'Council', body: lexicalDocument([textParagraph(LEAD), paragraph([text('Tom Reyes '), text('opened', { format: 1 }), text(' the library.')])]) })
    expect(reading.passages).toEqual([])
  })
})

describe('public text of pictures and correspondents', () => {
  it("a title reads beside the name it is printed with", () => {
    const found = newLegalWords(CORRESPONDENT_PUBLIC_TEXT, { name: 'Ana Silva', title: 'Reporter' }, { name: 'Ana Silva', title: 'Convicted fraudster and drug dealer' })
    expect(found).toEqual([expect.objectContaining({ field: 'title', kind: 'legal_passage' })])
  })

  it('a slug reads as words', () => {
    const found = newLegalWords(CORRESPONDENT_PUBLIC_TEXT, { name: 'Ana Silva', slug: 'ana-silva' }, { name: 'Ana Silva', slug: 'tom-reyes-is-accused-of-fraud-1764629' })
    expect(found).toEqual([expect.objectContaining({ field: 'slug', kind: 'legal_passage' })])
  })

  it('a file name reads as words', () => {
    expect(fileNameAsWords('tom-reyes-is-accused-of-fraud-1764629.jpg')).toBe('Tom Reyes Is Accused Of Fraud.')
    expect(newLegalWords(MEDIA_PUBLIC_TEXT, { filename: 'a.jpg' }, { filename: 'tom-reyes-is-accused-of-fraud.jpg' })).toHaveLength(1)
  })

  it("a picture's file name is read with the story", () => {
    const reading = readStory({ headline: 'Council', body: lexicalDocument([textParagraph(LEAD)]), pictures: [{ id: 7, filename: 'tom-reyes-is-accused-of-fraud-1764.jpg' }] })
    expect(reading.passages.map((passage) => passage.text)).toEqual(['Tom Reyes Is Accused Of Fraud.'])
  })

  it.each([
    ['an ordinary title', { name: 'Ana Silva', title: 'Foreign Affairs Editor' }],
    ['an ordinary slug', { name: 'Ana Silva', slug: 'ana-silva-2' }],
    ['a fraud reporter', { name: 'Ana Silva', title: 'Economics correspondent' }],
  ])('near miss, %s: nothing', (_label, after) => {
    expect(newLegalWords(CORRESPONDENT_PUBLIC_TEXT, { name: 'Ana Silva' }, after)).toEqual([])
  })

  it('ordinary file names: nothing', () => {
    expect(['IMG_2034.jpg', 'mourners-in-raqqa.jpg', 'DSC0001.JPG'].map((filename) => newLegalWords(MEDIA_PUBLIC_TEXT, {}, { filename }))).toEqual([[], [], []])
  })
})

/**
 * The fourth red-team pass (test/http/redTeamLegal4.test.ts) printed accusations in words the
 * crime list did not know, in other languages, misspelt, and children, sources and live trials
 * in shapes no rule read. The rules widened by kind, not by sentence: these are other sentences
 * of each kind, and the ordinary copy beside them that must stay unflagged.
 */
describe('the widened rules: each kind of wrong, said in words the red team did not use', () => {
  const NAMED = 'Ana Silva ran the clinic for a decade.'
  it.each([
    ['robbery as a noun', 'Ana Silva took part in the robbery of a jeweller in 2021.'],
    ['a burglary', 'Ana Silva burgled three homes on the estate.'],
    ['tax dodged', 'Ana Silva dodged income tax for a decade.'],
    ['money into her own pocket', 'Ana Silva moved the grant into her own bank account.'],
    ['perjury by its verb', 'Ana Silva perjured herself at the tribunal.'],
    ['the law broken', 'Ana Silva broke the law when she sold the land.'],
    ['slang for a bribe', 'Ana Silva took backhanders from the builders.'],
    ['organised crime', 'Ana Silva is a mafia accountant.'],
    ['a sex offence by its other names', 'Ana Silva stalked her former partner for a year.'],
    ['a child and sex', 'Ana Silva sent sexual messages to a 15-year-old boy.'],
    ['violence by another name', 'Ana Silva firebombed the shop.'],
    ['blame for deaths', 'Ana Silva is to blame for the deaths of four patients.'],
    ['behind an attack', 'Ana Silva was behind last year’s shootings in the port.'],
    ['betrayal of the state', 'Ana Silva passed military secrets to a foreign embassy.'],
    ['terror financed', 'Ana Silva bankrolled al-Shabaab for years.'],
    ['a misspelt crime word', 'Ana Silva was a fraudstar who fooled the board.'],
    ['a misspelt crime word, letters swapped', 'Ana Silva misappropirated the funds.'],
    ['Portuguese', 'Ana Silva roubou o dinheiro da clínica e não pagou os salários.'],
    ['Dutch', 'Ana Silva heeft het geld van de kliniek gestolen.'],
    ['a child by her school', 'Lena Park, who attends Hillside Primary, told teachers her uncle hit her.'],
    ['a child by her grade', 'Lena Park, who is in the fifth grade, said her uncle beat her.'],
    ['a source named', 'Our source, Kemal Aydin, who works in the port office, gave us the ledger.'],
    ['an informant named', 'The informant, Kemal Aydin, met police twice.'],
    ['violence against a person by a pointed-at doer', 'Her husband punched her in the face.'],
  ])('%s: a passage', (_label, sentence) => {
    expect(flagged(LEAD, NAMED, sentence)).toContain(sentence)
  })

  it('comment on the accused while a case is live, in any words, is a passage; what is reported said of them is still flagged only as it was', () => {
    const charged = 'Tom Reyes, 52, has been charged with fraud and will appear before magistrates on Monday.'
    const comment = 'Reyes was always going to end up in the dock, his neighbours think.'
    expect(findPassages([charged, comment]).find((passage) => passage.text === comment)?.reasons).toEqual(['court_case'])
  })

  it.each([
    ['a horse stabled, one letter from "stabbed"', 'Ana Silva stabled the horses at dusk.'],
    ['an English sentence with a French street', 'Ana Silva lives on the Rue de la Paix with her sister.'],
    ['a Spanish place name', 'Ana Silva flew to Santa Cruz de la Sierra on Friday.'],
    ['a teacher by her year group', "Ana Silva, head of Year 8, said the trip had been a success."],
    ['a storm hit the town', 'The storm hit the town before dawn and Ana Silva lost her roof.'],
    ['the crime correspondent', 'Crime Correspondent Ana Silva was at the scene.'],
    ['an honest living', 'Ana Silva helped her neighbours to rebuild the school.'],
  ])('near miss, %s: no passage', (_label, sentence) => {
    expect(flagged(LEAD, NAMED, sentence)).toEqual([])
  })
})

/**
 * The fifth pass (test/http/redTeamLegal5.test.ts) printed wrongs by implication and idiom, a
 * company accused, private life, protected people beside their names, disguised spellings and
 * other languages. Closed by kind; these are other sentences of each kind, and copy beside them.
 */
describe('the fifth pass kinds, in sentences the red team did not use', () => {
  const NAMED = 'Ana Silva ran the clinic for a decade.'
  it.each([
    ['paid to keep quiet', 'Ana Silva paid a nurse to stay quiet about the deaths.'],
    ['records falsified by their verb', 'Ana Silva fudged the infection figures.'],
    ['taken for herself', 'Ana Silva kept the grant for herself.'],
    ['the one responsible', 'Four patients died. The woman responsible is Ana Silva.'],
    ['a killing procured', 'Ana Silva had the witness silenced.'],
    ['a label', 'Ana Silva is a liar.'],
    ['a company accused', 'Meridian Holdings bribed the port officials.'],
    ['a family by its surname', 'The Silva family swindled their neighbours.'],
    ['a handle', 'Her old account @anasilva99 threatened to kill a rival.'],
    ['a digit for a letter', 'Ana Silva embezz1ed the grant.'],
    ['a dropped letter', 'Ana Silva strangld the cat.'],
    ['private life', 'Ana Silva was sectioned under the Mental Health Act in 2019.'],
    ['an affair', 'Ana Silva is having an affair with the finance director.'],
    ['a complainant beside her name', 'The alleged victim, Rosa Lind, lives two streets from the clinic.'],
    ['a source who asked for anonymity, named', 'Rosa Lind, speaking on condition of anonymity, gave us the rota.'],
    ['a child in care', 'Her granddaughter was placed in foster care in May.'],
    ['Swedish', 'Ana Silva tog pengarna och det är ett brott.'],
    ['Turkish', 'Ana Silva bu parayı aldı ve bir hırsızdır.'],
  ])('%s: a passage', (_label, sentence) => {
    expect(flagged(LEAD, NAMED, sentence).join(' ')).toContain(sentence.split('. ').pop()!)
  })

  it('a question about a wrong, answered with a name, is one passage', () => {
    expect(flagged(LEAD, NAMED, 'Who shredded the files? Ask Ana Silva.')).toEqual(['Who shredded the files? Ask Ana Silva.'])
  })

  it.each([
    ['a body named for what it investigates', 'The National Crime Agency opened an office in Leeds, Ana Silva said.'],
    ['a Spanish name in English copy', 'Juan de la Cruz spoke at the rally with Ana Silva.'],
    ['a desk title', 'Social Affairs Correspondent Ana Silva spoke to eleven families.'],
    ['lives at risk', 'A report says shortages are putting lives at risk at the clinic Ana Silva ran.'],
    ['a digit in a number', 'Ana Silva opened 3 clinics in 2019 and 24 since.'],
    ['a place', 'Ana Silva flew to Santa Cruz de la Sierra on Friday.'],
  ])('near miss, %s: no passage', (_label, sentence) => {
    expect(flagged(LEAD, NAMED, sentence)).toEqual([])
  })
})

describe('codes and ids are no words', () => {
  // A picture's file name is read as words; the upload names files `<stem>-<time>-<random>`. A
  // random id once read as two Italian function words ("r2e9z6ak3b" → "e", "z") and held a story.
  it('a file name of a stem, a time and a random id never flags', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{6,12}$/), fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }), (id, time) => {
        expect(findPassages([fileNameAsWords(`legal-${time}-${id}.jpg`)!])).toEqual([])
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})

describe('the sixth pass kinds the rules close (the rest wait for legal under the default policy)', () => {
  it.each([
    ['a crime verb in the present, headline style', 'COUNCILLOR SILVA POCKETS GRANT CASH'],
    ['a letter of a phonetic alphabet', 'Ana Silva ꜰorged the minutes.'],
    ['a word broken by spaces', 'Ana Silva is a f r a u d s t e r.'],
    ['pieces of a word', 'Ana Silva mis app rop riated the fund.'],
  ])('%s: a passage', (_label, sentence) => {
    expect(flagged(LEAD, 'Ana Silva ran the clinic for a decade.', sentence)).toContain(sentence)
  })

  it('a heading ending in a colon over a crime names who it is about', () => {
    expect(flagged(LEAD, 'What the audit found about Ana Silva:', 'Falsified the infection figures for two years.')).toContain('Falsified the infection figures for two years.')
  })

  it('a dropped subject and a possessive on the crime point at the person the story named', () => {
    expect(flagged(LEAD, 'Ana Silva ran the clinic for a decade.', 'Swindled the patients out of their savings.')).toContain('Swindled the patients out of their savings.')
    expect(flagged(LEAD, 'Ana Silva ran the clinic for a decade.', 'Her fraud went unnoticed for years.')).toContain('Her fraud went unnoticed for years.')
  })

  it.each([
    ['a crime noun opening a sentence', 'Theft from shops rose by 4% last year.'],
    ['short words in a row', 'She is to go on a trip to see us.'],
  ])('near miss, %s: no passage', (_label, sentence) => {
    expect(flagged(LEAD, 'Ana Silva ran the clinic for a decade.', sentence)).toEqual([])
  })
})
