import {
  GROUP_NOUNS,
  HONORIFICS,
  PERSON_NOUNS,
  TITLE_ROLES,
  WITHHELD_NAME_MARKERS,
  type Gender,
} from './lexicon'
import type { Anonymity } from './types'
import { indefiniteArticle, isWord, nameLength, sliceTokens, tokenize, type Token } from './words'

/** Someone the copy talks about, as far as the copy lets us know them. */
export type Person = {
  /** As printed on first full mention: "Dr Amal Haddad", "a woman calling herself Aisha". */
  name: string
  /** The printed name without honorific, or the pseudonym: what later references use. */
  shortName: string | null
  description: string | null
  noun: string | null
  gender: Gender | null
  anonymity: Anonymity
  age: number | null
}

export type Group = { plural: string; singular: string }

export type Mention = { start: number; end: number } & ({ person: Person } | { group: Group })

/**
 * Remembers who was named or described last, so "she said" and "one told us" can be resolved
 * the way a reader resolves them: to the nearest earlier person who fits.
 */
export class PeopleTracker {
  private people: Person[] = []
  private lastGroup: Group | null = null

  /** Returns the person as first remembered (merging a repeat mention), now the most recent. */
  remember(person: Person): Person {
    const known = person.anonymity === 'named' || person.anonymity === 'pseudonym' ? this.sameAs(person) : undefined
    const current = known ? mergeDetails(known, person) : person
    this.people = this.people.filter((candidate) => candidate !== known)
    this.people.push(current)
    return current
  }

  rememberGroup(group: Group): void {
    this.lastGroup = group
  }

  /** Returns the latest person a later "Haddad", "Dr Haddad" or "Aisha" can mean. */
  findByName(printed: string): Person | undefined {
    const wanted = withoutHonorific(printed).toLowerCase()
    return this.latestWhere((person) => {
      const short = person.shortName?.toLowerCase()
      if (!short) return false
      const parts = short.split(' ')
      return short === wanted || parts[parts.length - 1] === wanted || parts[0] === wanted
    })
  }

  findByNoun(noun: string): Person | undefined {
    return this.latestWhere((person) => person.noun === noun.toLowerCase())
  }

  /** Returns the latest person a pronoun of this gender can stand for (null: any person). */
  latest(gender: Gender | null = null): Person | undefined {
    return this.latestWhere((person) => gender === null || person.gender === null || person.gender === gender)
  }

  group(): Group | null {
    return this.lastGroup
  }

  all(): readonly Person[] {
    return this.people
  }

  // "Dr Haddad" after "Dr Amal Haddad" is the same person: a short reference matches a full name.
  private sameAs(person: Person): Person | undefined {
    return person.shortName ? this.findByName(person.shortName) : undefined
  }

  private latestWhere(test: (person: Person) => boolean): Person | undefined {
    for (let index = this.people.length - 1; index >= 0; index -= 1) {
      if (test(this.people[index])) return this.people[index]
    }
    return undefined
  }
}

// A later mention may tell us more (an age, a gender) but never renames someone.
function mergeDetails(known: Person, later: Person): Person {
  return {
    ...known,
    description: known.description ?? later.description,
    noun: known.noun ?? later.noun,
    gender: known.gender ?? later.gender,
    age: known.age ?? later.age,
  }
}

/** Returns the printed name without a leading honorific ("Dr Amal Haddad" → "Amal Haddad"). */
export function withoutHonorific(name: string): string {
  const [first, ...rest] = name.split(/\s+/)
  const honorific = first.replace(/\.$/, '').toLowerCase()
  return honorific in HONORIFICS && rest.length > 0 ? rest.join(' ') : name
}

export function namedPerson(name: string, details: Partial<Person> = {}): Person {
  return {
    name,
    shortName: withoutHonorific(name),
    description: null,
    noun: null,
    gender: null,
    anonymity: 'named',
    age: null,
    ...details,
  }
}

function unnamedPerson(printed: string, noun: string, description: string): Person {
  // "A farmer said" opens a sentence; the speaker is "a farmer" wherever the name is shown.
  const name = printed.replace(/^(A|An|One)\b/, (determiner) => determiner.toLowerCase())
  return { name, shortName: null, description, noun, gender: PERSON_NOUNS[noun] ?? null, anonymity: 'unnamed', age: null }
}

type Finder = (text: string, tokens: Token[], tracker: PeopleTracker) => Mention[]

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|da|di|du|el|la|le)\s+)?\p{Lu}[\p{L}'’-]*){0,3}`

// "one woman, who calls herself Aisha" / "a man calling himself Abu Omar".
const CALLS_ITSELF = new RegExp(
  String.raw`\b(?:one|an?)\s+(?<noun>(?:(?:young|old|elderly)\s+)?\p{Ll}+),?\s+(?:who\s+calls|calling)\s+(?<self>herself|himself|themselves|themself)\s+(?<alias>${NAME})`,
  'gu',
)
// "Aisha (not her real name)".
const NOT_REAL_NAME = new RegExp(String.raw`\b(?<alias>${NAME})\s+\(not\s+(?:her|his|their)\s+real\s+name\)`, 'gu')

const findPseudonyms: Finder = (text) => {
  const mentions: Mention[] = []
  for (const match of text.matchAll(CALLS_ITSELF)) {
    const { noun = '', self = '', alias = '' } = match.groups ?? {}
    const head = noun.split(/\s+/).pop() ?? noun
    const gender = self === 'herself' ? 'female' : self === 'himself' ? 'male' : (PERSON_NOUNS[head] ?? null)
    const person: Person = {
      name: `${indefiniteArticle(noun)} ${noun} calling ${self} ${alias}`,
      shortName: alias,
      description: noun,
      noun: head,
      gender,
      anonymity: 'pseudonym',
      age: null,
    }
    mentions.push({ start: match.index, end: match.index + match[0].length, person })
  }
  for (const match of text.matchAll(NOT_REAL_NAME)) {
    const alias = match.groups?.alias ?? ''
    const person = namedPerson(alias, { anonymity: 'pseudonym' })
    mentions.push({ start: match.index, end: match.index + match[0].length, person })
  }
  return mentions
}

// "Dr Amal Haddad", "Mrs Khan".
const HONORIFIC_NAME = new RegExp(String.raw`\b(?<honorific>Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Judge)\.?\s+(?:${NAME})`, 'gu')

const findHonorifics: Finder = (text) =>
  [...text.matchAll(HONORIFIC_NAME)].map((match) => {
    const honorific = (match.groups?.honorific ?? '').toLowerCase()
    const person = namedPerson(match[0], { gender: HONORIFICS[honorific] ?? null })
    return { start: match.index, end: match.index + match[0].length, person }
  })

// "Omar, 11," / "Mark Ellis, aged 42,": house style gives ages in apposition.
const NAME_WITH_AGE = new RegExp(String.raw`(?<name>${NAME}),\s+(?:aged\s+)?(?<age>\d{1,3}),`, 'gu')

const findAges: Finder = (text) =>
  [...text.matchAll(NAME_WITH_AGE)].map((match) => {
    const name = match.groups?.name ?? ''
    const age = Number(match.groups?.age)
    const person = namedPerson(name, { age, description: `aged ${age}` })
    return { start: match.index, end: match.index + name.length, person }
  })

// "the Isis recruiter Sally Jones", "Neighbour Jane Porter", "cameraman Sean Swan".
const findRoleNames: Finder = (text, tokens) => {
  const mentions: Mention[] = []
  tokens.forEach((token, index) => {
    const noun = token.text.toLowerCase()
    if (!(noun in PERSON_NOUNS) && !(noun in TITLE_ROLES)) return
    const length = nameLength(tokens, index + 1)
    if (length === 0) return
    const name = sliceTokens(text, tokens, index + 1, index + 1 + length)
    const person = namedPerson(name, { noun, description: noun, gender: PERSON_NOUNS[noun] ?? null })
    mentions.push({ start: token.start, end: tokens[index + length].end, person })
  })
  return mentions
}

// A bare name is only a person when someone of that name has already been introduced.
const findKnownNames: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const length = nameLength(tokens, index)
    if (length === 0) continue
    const name = sliceTokens(text, tokens, index, index + length)
    const person = tracker.findByName(name)
    if (person) mentions.push({ start: tokens[index].start, end: tokens[index + length - 1].end, person })
    index += length - 1
  }
  return mentions
}

const DETERMINERS = new Set(['a', 'an', 'one'])
const MAX_MODIFIERS = 2

// "a commander", "an Isis fighter", "one woman": people the copy describes but does not name.
const findDescriptions: Finder = (text, tokens) => {
  const mentions: Mention[] = []
  tokens.forEach((token, index) => {
    if (!DETERMINERS.has(token.text.toLowerCase())) return
    for (let offset = 1; offset <= MAX_MODIFIERS + 1; offset += 1) {
      const word = tokens[index + offset]
      if (!isWord(word)) return
      const noun = word.text.toLowerCase()
      if (!(noun in PERSON_NOUNS)) continue
      const name = sliceTokens(text, tokens, index, index + offset + 1)
      const description = sliceTokens(text, tokens, index + 1, index + offset + 1)
      const person = unnamedPerson(name, noun, description)
      if (namesWithheld(text.slice(word.end))) person.anonymity = 'withheld'
      mentions.push({ start: token.start, end: word.end, person })
      return
    }
  })
  return mentions
}

function namesWithheld(rest: string): boolean {
  const clause = rest.split(/[.!?]/)[0].toLowerCase()
  return WITHHELD_NAME_MARKERS.some((marker) => clause.includes(marker))
}

const findGroups: Finder = (text, tokens) =>
  tokens
    .filter((token) => token.text.toLowerCase() in GROUP_NOUNS)
    .map((token) => {
      const plural = token.text.toLowerCase()
      return { start: token.start, end: token.end, group: { plural, singular: GROUP_NOUNS[plural] } }
    })

// Earlier finders win where two read the same words: an introduction says more than a description.
const FINDERS: Finder[] = [findPseudonyms, findHonorifics, findAges, findRoleNames, findKnownNames, findDescriptions, findGroups]

/** Returns the people and groups a piece of narrative mentions, in the order they appear. */
export function findMentions(text: string, tracker: PeopleTracker): Mention[] {
  const tokens = tokenize(text)
  const accepted: Mention[] = []
  for (const finder of FINDERS) {
    for (const mention of finder(text, tokens, tracker)) {
      if (!accepted.some((other) => mention.start < other.end && other.start < mention.end)) accepted.push(mention)
    }
  }
  return accepted.sort((a, b) => a.start - b.start)
}
