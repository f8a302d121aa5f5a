import { NARRATOR_PRONOUNS, PERSON_NOUNS, WITHHELD_NAME_MARKERS, type Gender } from './lexicon'
import { findMentions, namedPerson, type PeopleTracker, type Person } from './people'
import { isCapitalisedWord, tokenize } from './words'

const PRONOUNS: Record<string, Gender | null> = { he: 'male', she: 'female', they: null }

/** A quote with no speaker the copy lets us find: flagged so an editor attributes it. */
export const UNIDENTIFIED: Person = {
  name: 'unidentified speaker',
  shortName: null,
  description: null,
  noun: null,
  gender: null,
  anonymity: 'unnamed',
  age: null,
}

/**
 * Returns who an attribution phrase ("she", "one", "a commander", "Dr Haddad", "the boy") means,
 * as the tracker knows them, or 'narrator' when the reporter is the one speaking.
 */
export function resolveSpeaker(phrase: string, appositive: string | null, tracker: PeopleTracker): Person | 'narrator' {
  const cleaned = phrase.trim().replace(/^(?:and|but|then)\s+/i, '')
  const lower = cleaned.toLowerCase()
  if (NARRATOR_PRONOUNS.has(lower)) return 'narrator'
  if (lower in PRONOUNS) return tracker.latest(PRONOUNS[lower]) ?? UNIDENTIFIED
  if (lower === 'one') return oneOfGroup(tracker)

  const person = fromPhrase(cleaned, tracker)
  if (!appositive) return tracker.remember(person)
  // "said one girl, who asked not to be named": the appositive can withhold the name.
  if (WITHHELD_NAME_MARKERS.some((marker) => appositive.toLowerCase().includes(marker))) {
    return tracker.remember({ ...person, anonymity: 'withheld' })
  }
  return tracker.remember(person.description === null ? { ...person, description: appositive } : person)
}

// "one told us" after "The soldiers we met…": a member of the last group the copy described.
function oneOfGroup(tracker: PeopleTracker): Person {
  const group = tracker.group()
  if (!group) return tracker.remember({ ...UNIDENTIFIED, name: 'one' })
  return tracker.remember({
    name: `one of the ${group.plural}`,
    shortName: null,
    description: group.singular,
    noun: group.singular,
    gender: PERSON_NOUNS[group.singular] ?? null,
    anonymity: 'unnamed',
    age: null,
  })
}

function fromPhrase(phrase: string, tracker: PeopleTracker): Person {
  const mention = findMentions(phrase, tracker).find((found) => 'person' in found)
  if (mention && 'person' in mention) return mention.person

  const words = tokenize(phrase).map((token) => token.text)
  const noun = words[words.length - 1]?.toLowerCase() ?? ''
  if (words[0]?.toLowerCase() === 'the' && noun in PERSON_NOUNS) {
    return (
      tracker.findByNoun(noun) ?? {
        ...UNIDENTIFIED,
        name: phrase,
        description: noun,
        noun,
        gender: PERSON_NOUNS[noun],
      }
    )
  }
  if (words.length > 0 && words.every(isCapitalisedWord)) return tracker.findByName(phrase) ?? namedPerson(phrase)
  return { ...UNIDENTIFIED, name: phrase, description: phrase }
}
