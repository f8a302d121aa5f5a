import { findTitledPeople } from '../../../src/ingest/byline'
import { parseCaption } from '../../../src/ingest/captions'
import { extractStory, type SensitivityReason } from '../../../src/ingest/extract'
import { KEYWORDS, mentions } from '../../../src/ingest/sensitivity'
import { splitSentences } from '../../../src/ingest/sentences'
import { joinSpans } from '../../../src/ingest/spans'

/** Quotes as [text, speaker, reasons] from a story made of a headline and these paragraphs. */
function quotesOf(...paragraphs: string[]): [string, string, SensitivityReason[]][] {
  const story = extractStory(['Headline', 'A standfirst.', ...paragraphs].join('\n\n'))
  return story.quotes.map((found) => [found.text, found.speaker.name, found.reasons])
}

describe('what counts as speech', () => {
  it.each<[string, string[], [string, string, SensitivityReason[]][]]>([
    ['a scare quote in a sentence with a speech verb', ['He said the so-called "caliphate" was finished.'], []],
    ['fragments inside a narrative sentence', ['She named a woman "from London" with "green eyes and blonde" hair.'], []],
    ['a title in quote marks', ['The film "Homeland" was shown in the camp.'], []],
    ['single-quoted words', ["They call it the 'death cult', one fighter said."], []],
    ['the reporter\'s own question', ['"Will you stay?" I asked.'], []],
    ['speech attributed after it', ['"We will stay," a farmer said.'], [['We will stay.', 'a farmer', []]]],
    ['speech attributed before it with a colon', ['A farmer said: "We will stay."'], [['We will stay.', 'a farmer', []]]],
    ['curly quotes and a comma outside the marks', ['“We will win”, the general said.'], [['We will win', 'the general', []]]],
    [
      'a sentence broken by its attribution',
      ['"I think," she said, "that we will stay."'],
      [['I think, that we will stay.', 'unidentified speaker', ['other']]],
    ],
    [
      'a standalone quote paragraph after someone was named',
      ['Dr Lena Brandt runs the clinic.', '"We see forty patients a day."'],
      [['We see forty patients a day.', 'Dr Lena Brandt', []]],
    ],
    [
      'a standalone quote with nobody to attribute it to',
      ['"We see forty patients a day."'],
      [['We see forty patients a day.', 'unidentified speaker', ['other']]],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(quotesOf(...paragraphs)).toEqual(expected)
  })

  it('keeps two speakers in one paragraph apart', () => {
    expect(quotesOf('Dr Lena Brandt met a farmer.', '"Stay," said Dr Lena Brandt. "No," the farmer replied.')).toEqual([
      ['Stay.', 'Dr Lena Brandt', []],
      ['No.', 'a farmer', []],
    ])
  })
})

describe('joinSpans: one speaker, one quote', () => {
  it.each([
    [['Yes,', "It's finished."], "Yes. It's finished."],
    [['Yes,', "It's ok for me,", 'Because I was used to it.'], "Yes. It's ok for me. Because I was used to it."],
    [['I think,', 'that we will stay.'], 'I think, that we will stay.'],
    [['Now is the time for Jihad,'], 'Now is the time for Jihad.'],
    [['Why?'], 'Why?'],
  ])('%j → %s', (inners, expected) => {
    expect(joinSpans(inners)).toBe(expected)
  })
})

describe('who is speaking', () => {
  it.each<[string, string[], string, boolean]>([
    ['a pseudonym in brackets', ['Leila (not her real name) fled in May.', '"I left everything," she said.'], 'Leila', true],
    ['a pronoun after a described person', ['We met an old man by the road.', '"I stayed," he said.'], 'an old man', true],
    ['a surname after the full name', ['Mr Samir Aziz owns the bakery.', '"Bread is all we have," Mr Aziz said.'], 'Mr Samir Aziz', false],
    ['"one" after a group', ['The nurses worked through the night.', '"We are exhausted," one said.'], 'one of the nurses', true],
    ['a role before a name', ['"It was loud," teacher Maria Lopez said.'], 'Maria Lopez', false],
  ])('%s', (_label, paragraphs, name, isAnonymous) => {
    const [found] = extractStory(['Headline', 'A standfirst.', ...paragraphs].join('\n\n')).quotes
    expect([found.speaker.name, found.speaker.isAnonymous]).toEqual([name, isAnonymous])
  })
})

describe('sensitivity rules', () => {
  it.each<[string, string[], SensitivityReason[]]>([
    ['a named adult saying something ordinary', ['"The road is open," said Dr Lena Brandt.'], []],
    ['an unnamed vox pop', ['"The road is open," a driver said.'], []],
    ['an unnamed witness to violence', ['"They executed him in the square," a driver said.'], ['violence', 'anonymous_source']],
    ['violence set up by the question before', ['You saw them shot dead, I asked.', '"Yes," a driver said.'], ['violence', 'anonymous_source']],
    ['a source whose name is withheld', ['"The road is open," said a driver, who asked not to be named.'], ['anonymous_source']],
    ['a call to violence', ['"Death to the infidels," said Dr Lena Brandt.'], ['extremist_content']],
    ['a child described, not named', ['"I miss my friends," said one boy.'], ['minor']],
    ['a named teenager', ['Among them was Sami Haddad, 15, from Homs.', '"I miss my friends," Sami said.'], ['minor', 'identification']],
    [
      'an allegation against a named person in the lead-in',
      ['Police say local smuggler Karim Nasser ran the crossing.', '"He took our money," said Dr Lena Brandt.'],
      ['allegation', 'identification'],
    ],
    ['a comment on a trial', ['The trial of the mayor continues.', '"He is innocent," said Dr Lena Brandt.'], ['court_case']],
    [
      'private details about a named person',
      ['Mr Samir Aziz owns the bakery.', '"Samir Aziz was diagnosed last year," said Dr Lena Brandt.'],
      ['identification', 'privacy'],
    ],
  ])('%s → %j', (_label, paragraphs, reasons) => {
    const [found] = extractStory(['Headline', 'A standfirst.', ...paragraphs].join('\n\n')).quotes
    expect(found.reasons).toEqual(reasons)
    expect(found.sensitive).toBe(reasons.length > 0)
  })

  it('matches whole keywords only, so idioms and longer words do not trip a rule', () => {
    expect(mentions('violence', 'moving in for the kill')).toBe(false)
    expect(mentions('violence', 'the murderous ideology')).toBe(false)
    expect(mentions('extremist_content', 'the city of Jihadi John')).toBe(false)
    expect(mentions('extremist_content', 'Now is the time for Jihad')).toBe(true)
    expect(mentions('violence', 'They cut his head off.')).toBe(true)
  })

  it('keeps its rules as lowercase keyword lists', () => {
    for (const phrases of Object.values(KEYWORDS)) {
      for (const phrase of phrases) expect(phrase).toBe(phrase.toLowerCase())
    }
  })
})

describe('captions', () => {
  it.each([
    ['Smoke over the city. Credit: Reuters', { caption: 'Smoke over the city.', creditLine: 'Reuters' }],
    ['Smoke over the city. Credit: Reuters.', { caption: 'Smoke over the city.', creditLine: 'Reuters' }],
    ['Aid arrives. Credit: UN OCHA/Handout', { caption: 'Aid arrives.', creditLine: 'UN OCHA/Handout' }],
    ['The summit. Credit: Pool/AFP', { caption: 'The summit.', creditLine: 'Pool/AFP' }],
    ['Credit: ITV News', { caption: '', creditLine: 'ITV News' }],
  ])('%s', (paragraph, expected) => {
    expect(parseCaption(paragraph)).toMatchObject(expected)
  })

  it.each(['He gave credit: none to the army.', 'Credit where it is due, the Kurds fought hard.'])(
    'is not fooled by "%s"',
    (paragraph) => {
      expect(parseCaption(paragraph)).toBeNull()
    },
  )
})

describe('titled people', () => {
  it.each([
    ['Senior correspondent Ana Ruiz filed late.', [{ name: 'Ana Ruiz', title: 'Senior correspondent', role: 'reporter' }]],
    ['Our senior correspondent Ana Ruiz filed late.', [{ name: 'Ana Ruiz', title: 'senior correspondent', role: 'reporter' }]],
    ['ITV News Correspondent John Ray reports.', [{ name: 'John Ray', title: 'ITV News Correspondent', role: 'reporter' }]],
    ['With producer Omar al Rashid and photographer Jo Bell.', [
      { name: 'Omar al Rashid', title: 'producer', role: 'producer' },
      { name: 'Jo Bell', title: 'photographer', role: 'photographer' },
    ]],
    ['The correspondent said little.', []],
    ['Our cameraman Tom was hurt.', []],
  ])('%s', (paragraph, expected) => {
    expect(findTitledPeople([paragraph])).toEqual(expected.map((person) => ({ ...person, source: 'copy' })))
  })
})

describe('sentences', () => {
  it.each([
    ['"Yes," he said. "It\'s finished."', ['"Yes," he said.', '"It\'s finished."']],
    ['Dr. Amal Haddad said so. Mr. Smith agreed.', ['Dr. Amal Haddad said so.', 'Mr. Smith agreed.']],
    ['"Why?" he asked. Nobody knew.', ['"Why?" he asked.', 'Nobody knew.']],
  ])('%s', (paragraph, expected) => {
    expect(splitSentences(paragraph)).toEqual(expected)
  })
})

describe('malformed quote marks', () => {
  it.each([
    ['an unclosed quote', '"We will stay, she said.'],
    ['empty quote marks', 'He paused: "".'],
    ['punctuation only', '"," said.'],
    ['a speech verb with nobody after it', '"Hi," said'],
  ])('finds no quote in %s', (_label, paragraph) => {
    expect(quotesOf(paragraph)).toEqual([])
  })
})
