import { wordsStand } from '../../../src/legal/binding'
import { copyParagraphs } from '../../../src/legal/copy'
import { asReaderSees, quotedSpans, wordsOf } from '../../../src/legal/words'
import { findQuotedSpans } from '../../../src/ingest/spans'

describe('asReaderSees: printed words are the words compared', () => {
  it.each([
    ['a soft hyphen', 'exe\u00ADcuted'],
    ['a zero-width space', 'exe\u200Bcuted'],
    ['a zero-width joiner', 'exe\u200Dcuted'],
    ['a word joiner', 'exe\u2060cuted'],
    ['a byte-order mark', 'exe\uFEFFcuted'],
    ['a Cyrillic e', '\u0435xecuted'],
    ['fullwidth letters', '\uFF45\uFF58ecuted'],
  ])('%s inside a word reads as the word', (_label, word) => {
    expect(wordsOf(word)).toEqual(['executed'])
  })

  it('reads a Greek omicron in a Latin word as o', () => {
    expect(wordsOf('pris\u03BFner')).toEqual(['prisoner'])
  })

  it('keeps Russian copy in its own letters and the copy’s ellipsis as typed', () => {
    expect(asReaderSees('Мы казнили всех пленных')).toBe('Мы казнили всех пленных')
    expect(asReaderSees('from London … green eyes')).toBe('from London … green eyes')
  })
})

describe('quote marks', () => {
  it.each([
    ['«a,» b', ['a,']],
    ['»a,« b', ['a,']],
    ['„a,“ b', ['a,']],
    ['“a,” b "c"', ['a,', 'c']],
    ['« unclosed', []],
  ])('%s', (paragraph, spans) => {
    expect(quotedSpans(paragraph)).toEqual(spans)
    expect(findQuotedSpans(paragraph).map((span) => span.inner)).toEqual(spans)
  })
})

describe('words that stand', () => {
  it('a sentence broken over two paragraphs still stands', () => {
    expect(wordsStand('We executed every prisoner at dawn.', [wordsOf('Fighting. We executed every'), wordsOf('prisoner at dawn, he said.')])).toBe(true)
    expect(wordsStand('We executed every prisoner at dawn.', [wordsOf('We executed every'), wordsOf('soldier at dawn.')])).toBe(false)
  })

  it('the dateline, tags and corrections are part of the copy, after the body', () => {
    const paragraphs = copyParagraphs({
      headline: 'H',
      body: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'B' }] }] } },
      dateline: 'D',
      tags: ['T1', 'T2'],
      corrections: [{ text: 'C' }],
    })
    expect(paragraphs).toEqual(['H', 'B', 'D', 'T1', 'T2', 'C'])
  })
})
