import { wordDiff, wordTokens, type DiffPart } from '../../../src/legal/wordDiff'

const side = (parts: DiffPart[], keep: 'insert' | 'delete'): string =>
  parts.filter((p) => p.op === 'equal' || p.op === keep).map((p) => p.text).join('')

describe('wordDiff', () => {
  it.each([
    ['identical', 'The mayor resigned.', 'The mayor resigned.', [{ op: 'equal', text: 'The mayor resigned.' }]],
    ['a word replaced', 'The mayor resigned.', 'The mayor was sacked.', [
      { op: 'equal', text: 'The mayor ' },
      { op: 'delete', text: 'resigned.' },
      { op: 'insert', text: 'was sacked.' },
    ]],
    ['a clause inserted', 'He was arrested on Monday.', 'He was arrested for fraud on Monday.', [
      { op: 'equal', text: 'He was arrested ' },
      { op: 'insert', text: 'for fraud ' },
      { op: 'equal', text: 'on Monday.' },
    ]],
    ['a sentence deleted', 'One. Two. Three.', 'One. Three.', [
      { op: 'equal', text: 'One. ' },
      { op: 'delete', text: 'Two. ' },
      { op: 'equal', text: 'Three.' },
    ]],
    ['from nothing', '', 'New story.', [{ op: 'insert', text: 'New story.' }]],
    ['to nothing', 'Old story.', '', [{ op: 'delete', text: 'Old story.' }]],
    ['both empty', '', '', []],
    ['a new paragraph', 'Headline\nFirst.', 'Headline\nFirst.\nSecond, naming the boy.', [
      { op: 'equal', text: 'Headline\nFirst.' },
      { op: 'insert', text: '\nSecond, naming the boy.' },
    ]],
  ] as Array<[string, string, string, DiffPart[]]>)('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected)
  })

  it('puts the deleted words of a change before the inserted ones, and never two parts of one kind in a row', () => {
    const parts = wordDiff('a b c d e f', 'a x c y e z')
    expect(parts.map((p) => p.op)).toEqual(['equal', 'delete', 'insert', 'equal', 'delete', 'insert', 'equal', 'delete', 'insert'])
    for (let i = 1; i < parts.length; i += 1) expect(parts[i]!.op).not.toBe(parts[i - 1]!.op)
  })

  it('gives both texts back from its parts, on random edits of a long story', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const words = ['the', 'court', 'heard', 'that', 'Reyes', 'was', 'arrested', 'in', 'Raqqa', 'on', 'Monday', '.', '\n']
    for (let run = 0; run < 50; run += 1) {
      const before = Array.from({ length: 400 }, () => words[random(words.length)]).join(' ')
      const tokens = wordTokens(before)
      for (let edit = 0; edit < 1 + random(20); edit += 1) tokens.splice(random(tokens.length), random(3), ...(random(2) ? ['inserted', ' '] : []))
      const after = tokens.join('')
      const parts = wordDiff(before, after)
      expect(side(parts, 'delete')).toBe(before)
      expect(side(parts, 'insert')).toBe(after)
    }
  })

  it('keeps an edit of a few words in a long story to those words', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ')
    const after = before.replace('word1500', 'the accused')
    const changed = wordDiff(before, after).filter((p) => p.op !== 'equal')
    expect(changed).toEqual([
      { op: 'delete', text: 'word1500' },
      { op: 'insert', text: 'the accused' },
    ])
  })

  it('shows a text rewritten from top to bottom as one deletion and one insertion, quickly', () => {
    const before = Array.from({ length: 5000 }, (_, i) => `old${i}`).join(' ')
    const after = Array.from({ length: 5000 }, (_, i) => `new${i}`).join(' ')
    const parts = wordDiff(before, after)
    expect(side(parts, 'delete')).toBe(before)
    expect(side(parts, 'insert')).toBe(after)
  })
})
