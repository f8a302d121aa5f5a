import {
  decodeStoryBytes,
  extractStory,
  IngestError,
  isIngestError,
  MAX_STORY_BYTES,
  type IngestErrorCode,
} from '../../../src/ingest/extract'
import { readSeed } from './builders'

function codeOf(run: () => unknown): IngestErrorCode | 'no error' {
  try {
    run()
    return 'no error'
  } catch (error) {
    if (error instanceof IngestError) return error.code
    throw error
  }
}

function messageOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof Error) return error.message
  }
  return ''
}

const STANDFIRST = 'Reporters reached the camp on Tuesday.'

describe('extractStory refuses what cannot be a story, with a stable code', () => {
  it.each<[string, string, IngestErrorCode]>([
    ['an empty string', '', 'EMPTY_INPUT'],
    ['only whitespace', '  \n\t\r\n  ', 'EMPTY_INPUT'],
    ['a NUL character', `Headline\u0000\n\n${STANDFIRST}`, 'NOT_TEXT'],
    ['more than 1 MB', `Headline\n\n${'a'.repeat(MAX_STORY_BYTES)}`, 'TOO_LARGE'],
    ['a first line of punctuation', `-----\n\n${STANDFIRST}`, 'NO_HEADLINE'],
    ['a caption as the first line', `Smoke over the city. Credit: Reuters\n\n${STANDFIRST}`, 'NO_HEADLINE'],
    ['a paragraph of body copy as the first line', `${'Word '.repeat(60)}\n\n${STANDFIRST}`, 'NO_HEADLINE'],
    ['a caption whose credit is missing', `Headline\n\n${STANDFIRST}\n\nSmoke over the city. Credit:`, 'EMPTY_CREDIT'],
    ['a caption whose credit is blank', `Headline\n\n${STANDFIRST}\n\nSmoke over the city. Credit:   \n`, 'EMPTY_CREDIT'],
  ])('%s → %s', (_label, text, code) => {
    expect(codeOf(() => extractStory(text))).toBe(code)
  })

  it('counts the limit in UTF-8 bytes, not characters, and allows exactly 1 MB', () => {
    const header = 'Headline\n\n'
    expect(codeOf(() => extractStory(header + 'a'.repeat(MAX_STORY_BYTES - header.length)))).toBe('no error')
    // "é" is two bytes: half a million of them is over the limit though only 500,010 characters.
    expect(codeOf(() => extractStory(header + 'é'.repeat(500_000)))).toBe('TOO_LARGE')
  })

  it('names the problem in plain words', () => {
    expect(messageOf(() => extractStory(' '))).toBe('The story is empty: there is no text to import.')
    expect(messageOf(() => extractStory(`Headline\n\n${'a'.repeat(MAX_STORY_BYTES)}`))).toBe(
      'The story is 1,000,010 bytes; the limit is 1,000,000 bytes (1 MB).',
    )
    expect(messageOf(() => extractStory(`Smoke. Credit: AP\n\nText.`))).toBe(
      'The story has no headline: its first line is a picture caption.',
    )
    expect(messageOf(() => extractStory(`Headline\n\n${STANDFIRST}\n\nSmoke over the city. Credit:`))).toBe(
      'The caption "Smoke over the city." ends in "Credit:" with no credit line after it; every picture must say who it is from.',
    )
  })

  it('gives each code one HTTP status, so the ingest endpoint answers consistently', () => {
    const statuses = (['EMPTY_INPUT', 'NOT_TEXT', 'TOO_LARGE', 'NO_HEADLINE', 'EMPTY_CREDIT'] as const).map(
      (code) => new IngestError(code, 'x').httpStatus,
    )
    expect(statuses).toEqual([400, 415, 413, 422, 422])
    expect(isIngestError(new IngestError('NOT_TEXT', 'x'), 'NOT_TEXT')).toBe(true)
    expect(isIngestError(new Error('x'))).toBe(false)
  })
})

describe('decodeStoryBytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text)

  it('returns the text of a UTF-8 file, curly quotes and all', () => {
    const seed = readSeed('001_f61b0067954ae150.txt')
    expect(decodeStoryBytes(encode(seed))).toBe(seed)
  })

  it.each<[string, Uint8Array, IngestErrorCode]>([
    ['invalid UTF-8 (Latin-1 "café")', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'NOT_TEXT'],
    ['a PNG signature', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'NOT_TEXT'],
    ['NUL bytes in otherwise valid UTF-8', encode('Headline\u0000\n\nText.'), 'NOT_TEXT'],
    ['more than 1 MB', new Uint8Array(MAX_STORY_BYTES + 1).fill(0x61), 'TOO_LARGE'],
  ])('refuses %s → %s', (_label, bytes, code) => {
    expect(codeOf(() => decodeStoryBytes(bytes))).toBe(code)
  })

  it('says why a file is not text', () => {
    expect(messageOf(() => decodeStoryBytes(new Uint8Array([0xff])))).toBe('The file is not plain text: it is not valid UTF-8.')
    expect(messageOf(() => decodeStoryBytes(new Uint8Array([0x41, 0x00])))).toBe(
      'The file is not plain text: it contains NUL bytes, so it looks like a binary file.',
    )
  })
})
