import { NAME_PARTICLES } from './lexicon'

/**
 * A word or a single punctuation mark, with where it starts and ends in the source text, and what
 * every finder asks of it, worked out once: its lowercase form, whether it is a word, whether it
 * can be part of a personal name.
 */
export type Token = { text: string; start: number; end: number; lower: string; word: boolean; capitalised: boolean }

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** Returns the words and punctuation marks of a text in order. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    const word = match[0]
    return {
      text: word,
      start: match.index,
      end: match.index + word.length,
      lower: word.toLowerCase(),
      word: /^[\p{L}\p{N}]/u.test(word),
      capitalised: isCapitalisedWord(word),
    }
  })
}

/** Returns true for a word that can be part of a personal name ("Swan", "Abu", "O'Neil"). */
export function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && !/['’]s$/.test(word)
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.word
}

/**
 * Returns how many tokens from `from` make a personal name: capitalised words, with lowercase
 * particles allowed between them ("Ahmed al Hassan"); 0 when none.
 */
export function nameLength(tokens: Token[], from: number, maxWords = 4): number {
  let length = 0
  let words = 0
  while (words < maxWords) {
    const token = tokens[from + length]
    if (token?.capitalised) {
      length += 1
      words += 1
      continue
    }
    const next = tokens[from + length + 1]
    const isParticle = isWord(token) && NAME_PARTICLES.has(token.lower)
    if (length > 0 && isParticle && next?.capitalised === true) {
      length += 1
      continue
    }
    break
  }
  return length
}

/** Returns the text between the first and last of a run of tokens, spacing kept as printed. */
export function sliceTokens(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end)
}

/** Returns "a" or "an" for the noun that follows. */
export function indefiniteArticle(noun: string): 'a' | 'an' {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a'
}
