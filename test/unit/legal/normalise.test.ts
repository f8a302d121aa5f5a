import { findPassages } from '../../../src/ingest/passages'
import { narrativeOf } from '../../../src/ingest/spans'
import { bodyParagraphs } from '../../../src/legal/copy'
import { asReaderSees, findAsPrinted, readForLegal } from '../../../src/legal/normalise'
import { readStory } from '../../../src/legal/readOfStory'
import { legalReadText, storyParagraphs } from '../../../src/legal/storyText'
import { quotedSpans } from '../../../src/legal/words'
import { bidiControlPaths, describeControl } from '../../../src/hooks/checkTextInput'

const ALLEGATION = 'Tom Reyes is accused of fraud.'
const reversed = (word: string): string => `\u202E${[...word].reverse().join('')}\u202C`

describe('readForLegal: the one reading every legal check shares', () => {
  it.each([
    ['a Cyrillic а', '\u0430ccused'],
    ['a Greek ο and a Cyrillic с', 'ac\u0441used'],
    ['a soft hyphen', 'ac\u00ADcused'],
    ['a zero-width space', 'ac\u200Bcused'],
    ['a zero-width non-joiner', 'ac\u200Ccused'],
    ['a variation selector', 'ac\uFE0Fcused'],
    ['a combining grapheme joiner', 'ac\u034Fcused'],
    ['a tag character', 'ac\u{E0041}cused'],
    ['a Hangul filler', 'ac\u3164cused'],
    ['fullwidth letters', '\uFF41\uFF43cused'],
    ['mathematical bold letters', '\u{1D41A}\u{1D41C}cused'],
    ['a right-to-left override (display order)', reversed('accused')],
    ['a bidi isolate around the word', '\u2066accused\u2069'],
  ])('%s reads as the word printed', (_label, word) => {
    expect(asReaderSees(word)).toBe('accused')
  })

  it('keeps Russian and Greek copy, accents and punctuation as typed', () => {
    expect(asReaderSees('Мы казнили всех пленных')).toBe('Мы казнили всех пленных')
    expect(asReaderSees('Η Αθήνα')).toBe('Η Αθήνα')
    expect(asReaderSees('José Martí … “yes”')).toBe('José Martí … “yes”')
    expect(asReaderSees('Jose\u0301')).toBe('José')
  })

  it('maps every read character back to where it is printed', () => {
    const printed = 'ac\u00ADcused \u202Edetucexe\u202C'
    const reading = readForLegal(printed)
    expect(reading.text).toBe('accused executed')
    expect(reading.printedAt).toHaveLength(reading.text.length + 1)
    expect(printed[reading.printedAt[2]!]).toBe('c')
    expect(printed[reading.printedAt[8]!]).toBe('e')
    expect(reading.printedAt[8]).toBeGreaterThan(reading.printedAt[15]!)
  })

  it('an override nested in an override keeps its own order; a line ends every override', () => {
    expect(asReaderSees('\u202Eba\u202Dcd\u202Cfe\u202C')).toBe('efcdab')
    expect(asReaderSees('\u202Eba\nnext')).toBe('ab\nnext')
  })

  it('findAsPrinted gives each finding back as printed', () => {
    const printed = ['Lead.', `Earlier. ${ALLEGATION.replace('accused', 'ac\u00ADcused')}`]
    expect(findAsPrinted(printed, (read) => [{ text: read[1]!.slice(9) }])).toEqual([{ text: printed[1]!.slice(9) }])
    // Not found again (the finder rewrote it): the read words stand.
    expect(findAsPrinted(printed, () => [{ text: 'nowhere' }])).toEqual([{ text: 'nowhere' }])
  })
})

describe('the passage check reads the words a reader reads', () => {
  it.each([
    ['a Cyrillic а', ALLEGATION.replace('accused', '\u0430ccused')],
    ['a soft hyphen', ALLEGATION.replace('accused', 'ac\u00ADcused')],
    ['fullwidth letters', ALLEGATION.replace('accused', '\uFF41ccused')],
    ['a reversed word', ALLEGATION.replace('accused', reversed('accused'))],
    ['scare quotes around the charge', 'Tom Reyes is "accused of fraud" by the council.'],
    ['scare quotes around the verb', 'Tom Reyes "raped" a girl.'],
    ['single scare quotes around the verb', "Tom Reyes 'raped' a girl."],
  ])('%s: flagged, and the passage is the printed sentence', (_label, sentence) => {
    const passages = findPassages(['Shelling resumed.', sentence])
    expect(passages.map((passage) => passage.text)).toEqual([sentence])
    expect(passages[0]!.reasons).toContain('allegation')
  })

  it('quoted speech stays out of the narrative; words in marks nobody says stay in it, marks blanked', () => {
    expect(narrativeOf('"We will stay," a farmer said.')).toBe(`${' '.repeat(15)} a farmer said.`)
    expect(narrativeOf('Tom Reyes "raped" a girl.')).toBe('Tom Reyes  raped  a girl.')
    expect(narrativeOf("They call it the 'death cult', one fighter said.")).toBe('They call it the  death cult , one fighter said.')
  })

  it('struck words are read where they stand by the passage check, marked in the text legal approves', () => {
    const struck = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tom Reyes is ' }, { type: 'text', text: 'accused of fraud', format: 4 }, { type: 'text', text: '.' }] }] } }
    expect(storyParagraphs({ headline: 'H', body: struck }, 'words')).toEqual(['H', 'Tom Reyes is accused of fraud.'])
    expect(legalReadText({ headline: 'H', body: struck })).toBe('H\nTom Reyes is ~~accused of fraud~~.')
    expect(readStory({ headline: 'H', body: struck }).passages.length).toBe(1)
  })
})

describe('no node type hides words', () => {
  const lb = (extra: Record<string, unknown>) => ({ type: 'linebreak', version: 1, ...extra })
  const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
  const words = { type: 'text', text: ALLEGATION }

  it.each([
    ['a line break with children', doc({ type: 'paragraph', children: [{ type: 'text', text: 'Lead.' }, lb({ children: [words] })] })],
    ['a tab with children', doc({ type: 'paragraph', children: [{ type: 'text', text: 'Lead.' }, { type: 'tab', children: [words] }] })],
    ['a picture with children', doc({ type: 'upload', value: 1, children: [{ type: 'paragraph', children: [words] }] })],
    ['a relationship with children', doc({ type: 'relationship', value: 1, children: [{ type: 'paragraph', children: [words] }] })],
    ['a text node with children', doc({ type: 'paragraph', children: [{ type: 'text', text: 'Lead.', children: [words] }] })],
    ['a node type of the future', doc({ type: 'paragraph', children: [{ type: 'sidenote', children: [words] }] })],
  ])('%s: the binding, the legal read and the passage check read them', (_label, body) => {
    expect(bodyParagraphs(body).join(' ')).toContain('accused of fraud')
    expect(legalReadText({ headline: 'H', body })).toContain('accused of fraud')
    expect(readStory({ headline: 'H', body }).passages.length).toBeGreaterThan(0)
  })

  it('an ordinary body reads as before (no change of the approved text)', () => {
    const body = doc({ type: 'paragraph', children: [{ type: 'text', text: 'one' }, lb({}), { type: 'text', text: 'two' }] }, { type: 'upload', value: 7 })
    expect(legalReadText({ headline: 'H', body })).toBe('H\none two\n[picture 7]')
    expect(bodyParagraphs(body)).toEqual(['one two'])
  })
})

describe('struck words in the binding’s reading', () => {
  const para = (...children: unknown[]) => ({ type: 'paragraph', children })
  const t = (text: string, format = 0) => ({ type: 'text', text, format })
  it('leave their sentence and are read as a paragraph of their own after the blocks', () => {
    const body = { root: { type: 'root', children: [para(t('"We '), t('never', 4), t(' executed a prisoner," he said.')), para(t('Next.'))] } }
    expect(bodyParagraphs(body)).toEqual(['"We executed a prisoner," he said.', 'Next.', 'never'])
  })
  it('a struck run split over formatting nodes stays one run', () => {
    const body = { root: { type: 'root', children: [para(t('Lead. '), t('"We executed', 4), t(' every prisoner," he said.', 5))] } }
    expect(bodyParagraphs(body)).toEqual(['Lead.', '"We executed every prisoner," he said.'])
  })
})

describe('quote marks', () => {
  it.each([
    ['Swedish ”…”', '\u201DWe stay,\u201D he said.', ['We stay,']],
    ['Finnish »…»', '\u00BBWe stay,\u00BB he said.', ['We stay,']],
    ['German ‚…‘', '\u201AWir bleiben,\u2018 sagte er.', ['Wir bleiben,']],
    ['CJK 「…」', '\u300CWe stay,\u300D he said.', ['We stay,']],
    ['CJK 『…』', '\u300EWe stay,\u300F he said.', ['We stay,']],
    ['straight singles', "'We don't leave,' she said of Reyes' car.", ["We don't leave,"]],
    ['apostrophes only', "Reyes' car, the 1990s, the '90s, don't.", []],
  ])('%s', (_label, paragraph, expected) => {
    expect(quotedSpans(paragraph)).toEqual(expected)
  })
})

describe('bidi controls in input', () => {
  it('names the path and the character, skipping passwords', () => {
    expect(bidiControlPaths({ headline: 'a\u202Eb', body: { root: { children: [{ text: '\u2067x' }] } }, password: '\u202E', ok: 'ש\u200Fx' })).toEqual([
      { path: 'headline', char: '\u202E' },
      { path: 'body.root.children.0.text', char: '\u2067' },
    ])
    expect(describeControl('\u202E')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE')
    expect(describeControl('\u2069')).toBe('U+2069 POP DIRECTIONAL ISOLATE')
  })

  it('names a strike overlay ("n̶e̶v̶e̶r̶" struck in plain text); accents pass', () => {
    expect(bidiControlPaths({ text: 'We n\u0336e\u0336v\u0336e\u0336r\u0336 did', name: 'José Nguyễn' })).toEqual([{ path: 'text', char: '\u0336' }])
    expect(describeControl('\u0336')).toBe('U+0336 COMBINING LONG STROKE OVERLAY')
  })
})
