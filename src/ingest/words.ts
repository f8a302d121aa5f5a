import { NAME_PARTICLES } from './lexicon'

/** A word or a single punctuation mark, with where it starts and ends in the source text. */
export type Token = { text: string; start: number; end: number }

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** Returns the words and punctuation marks of a text in order. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** Returns true for a word that can be part of a personal name ("Swan", "Abu", "O'Neil"). */
export function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(word) && !/['’]s$/.test(word)
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && /^[\p{L}\p{N}]/u.test(token.text)
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
    if (isWord(token) && isCapitalisedWord(token.text)) {
      length += 1
      words += 1
      continue
    }
    const next = tokens[from + length + 1]
    const isParticle = isWord(token) && NAME_PARTICLES.has(token.text.toLowerCase())
    if (length > 0 && isParticle && isWord(next) && isCapitalisedWord(next.text)) {
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
