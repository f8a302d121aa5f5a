import nlp from 'compromise'

import type { Gender } from './lexicon'
import { isCapitalisedWord, nameLength, sliceTokens, tokenize } from './words'

/**
 * What the `compromise` lexicon knows about personal names. It is consulted on short strings
 * only (one name, one quote): run over whole paragraphs it costs about 2.5 ms each, which a
 * 1,000-story dry run cannot pay, and on names it does not know ("Rui Barreto", "Amal Haddad")
 * it finds nothing that the house-style patterns do not find already.
 */

const MID_SENTENCE_NAME =
  /(?:^|[\p{Ll},;:]\s+|[.!?]\s+)(?!(?:In|The|And|But|If|When|Now|Then|It|We|They|He|She|You|Yes|No|So|My|Our|This|That|There|Here|What|Why|How)\s)\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u

const genders = new Map<string, Gender | null>()

/** Returns the gender a given name implies in compromise's lexicon ("Leila" → female), or null. */
export function genderOfGivenName(given: string): Gender | null {
  const cached = genders.get(given)
  if (cached !== undefined) return cached
  const doc = nlp(given)
  const gender: Gender | null = doc.has('#FemaleName') ? 'female' : doc.has('#MaleName') ? 'male' : null
  genders.set(given, gender)
  return gender
}

/**
 * Returns the personal names a quote's words mention ("They were Abu Tira's men" → "Abu Tira"),
 * each widened to the run of capitalised words compromise found part of.
 */
export function namesInQuote(text: string): string[] {
  // Most quotes name nobody: the library is asked only about a run of two capitalised words
  // mid-sentence ("Abu Tira", "Graham Holt"); a single known name is the tracker's to find.
  if (!MID_SENTENCE_NAME.test(text)) return []
  const found = nlp(text).people().out('array') as string[]
  if (found.length === 0) return []
  const tokens = tokenize(text)
  const names = new Set<string>()
  for (const hit of found) {
    const first = hit.replace(/[^\p{L}\p{N}'’ -]/gu, '').trim().split(/\s+/)[0]
    const at = tokens.findIndex((token) => token.text === first || token.text.replace(/['’]s$/, '') === first)
    if (at < 0) continue
    let length = nameLength(tokens, at)
    // "Abu Tira's men": the possessive ends the name.
    const next = tokens[at + length]
    if (next && /['’]s$/.test(next.text) && isCapitalisedWord(next.text.replace(/['’]s$/, ''))) {
      names.add(`${sliceTokens(text, tokens, at, at + length)} ${next.text.replace(/['’]s$/, '')}`.trim())
      continue
    }
    if (length === 0) length = 1
    names.add(sliceTokens(text, tokens, at, at + length).replace(/['’]s$/, ''))
  }
  return [...names]
}

const actors = new Map<string, boolean>()

/**
 * Returns true when compromise's lexicon knows a lowercase noun as a kind of person ("accountant",
 * "plumber", "employee"): the hand list in lexicon.ts comes first, this catches the jobs it lacks.
 */
export function isActorNoun(word: string): boolean {
  const cached = actors.get(word)
  if (cached !== undefined) return cached
  const actor = /^\p{Ll}{3,}$/u.test(word) && nlp(word).has('#Actor')
  actors.set(word, actor)
  return actor
}

const givenNames = new Map<string, boolean>()

/** Returns true when compromise knows the word as a given name ("Peter", "Marco", "Lucia"). */
export function isGivenName(word: string): boolean {
  const cached = givenNames.get(word)
  if (cached !== undefined) return cached
  const known = /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(word).has('#FirstName')
  givenNames.set(word, known)
  return known
}

const baseVerbs = new Map<string, boolean>()

/** Returns true when compromise reads the word as a verb's bare form ("Put", "Delete", "Keep"): an order, opening a sentence. */
export function isBareVerb(word: string): boolean {
  const cached = baseVerbs.get(word)
  if (cached !== undefined) return cached
  const bare = nlp(word).has('#Infinitive')
  baseVerbs.set(word, bare)
  return bare
}
