import {
  AGE_OF_MAJORITY,
  ANONYMOUS_NOUNS,
  GROUP_NOUNS,
  HONORIFICS,
  COMMON_OPENERS,
  NOT_TITLE_WORDS,
  PARTIAL_NAME_MARKERS,
  PERSON_NOUNS,
  RANK_PREFIXES,
  SURNAME_WITHHELD,
  TITLE_MODIFIERS,
  TITLE_ROLES,
  WITHHELD_NAME_MARKERS,
  type Gender,
} from './lexicon'
import { genderOfGivenName, isActorNoun, isGivenName } from './names'
import type { Anonymity } from './types'
import { indefiniteArticle, isCapitalisedWord, isWord, nameLength, sliceTokens, tokenize, type Token } from './words'

/** Someone the copy talks about, as far as the copy lets us know them. */
export type Person = {
  /** As printed on first full mention: "Dr Amal Haddad", "Dana", "a woman calling herself Aisha". */
  name: string
  /** The printed name without honorific, or the pseudonym: what later references use. */
  shortName: string | null
  description: string | null
  noun: string | null
  gender: Gender | null
  /**
   * True when the gender is only what the given name usually means (compromise's lexicon):
   * "Rosario" is a man's name in the lexicon and a woman's in Samar. A pronoun outweighs it.
   */
  genderGuessed?: boolean
  anonymity: Anonymity
  age: number | null
}

export type Group = { plural: string; singular: string; withheld?: boolean }

export type Mention = { start: number; end: number } & ({ person: Person } | { group: Group })

/** How a mention stands in its sentence: its subject (or a speaker) is who a pronoun most likely means. */
export type Standing = { salient: boolean; spoke?: boolean; pronoun?: boolean }

type Entry = { person: Person; paragraph: number; salient: boolean; spoke: boolean; order: number; mentions: number; pronoun?: boolean }

/**
 * Remembers who was named or described, where and how, so "she said", "Mr Reyes" and "one told
 * us" resolve the way a reader resolves them: a short reference to the full name first printed,
 * a pronoun to the nearest compatible person, preferring whoever the sentences are about.
 */
export class PeopleTracker {
  private entries: Entry[] = []
  private lastGroup: Group | null = null
  private replaced = new Map<Person, Person>()
  private lastGroupStanding: { salient: boolean; paragraph: number } | null = null
  private clock = 0
  /** The paragraph being read, so distance counts in paragraphs as a reader feels it. */
  paragraph = 0

  /** `excluded`: the story's own journalists, who are never the "she" of a quote. */
  constructor(private readonly excluded: readonly string[] = []) {}

  /** Set when the last quote was the reporter's question: the next "he says" answers it. */
  reporterAsked = false

  /** Surnames the story prints after an honorific ("Mr Rourke"): "Eamon Rourke" before them is a person. */
  surnames = new Set<string>()

  /** In an interview ("In his first interview since…"), the person it is with: the first the copy names. */
  interviewee: Person | null = null
  private quoted = new Map<string, number>()

  /** True when the copy has quoted the person already. */
  hasSpoken(person: Person): boolean {
    return (this.quoted.get(this.current(person).name) ?? 0) > 0
  }

  /** Returns the person of that gender (or none known) quoted most so far: who an interview is with. */
  mostQuoted(gender: Gender | null): Person | undefined {
    let best: Person | undefined
    let most = 0
    for (const entry of this.entries) {
      const person = entry.person
      if (gender !== null && person.gender !== null && person.gender !== gender) continue
      if (this.excluded.includes(person.name) || isBodyName(person)) continue
      const count = this.quoted.get(person.name) ?? 0
      if (count > most) {
        best = person
        most = count
      }
    }
    return best
  }

  /** The story's first correspondent: whose "I ask" a first-person piece prints. */
  reporter(): string | undefined {
    return this.excluded[0]
  }

  /** Returns the person as first remembered (merging a repeat mention), now the most recent. */
  remember(person: Person, standing: Standing = { salient: false }): Person {
    const kin = this.sameKin(person)
    if (kin) return this.remember(kin, standing)
    const known = this.entries.find((entry) => entry.person === person) ?? this.sameAs(person)
    const current = known ? mergeDetails(known.person, person) : person
    if (standing.spoke) this.quoted.set(current.name, (this.quoted.get(current.name) ?? 0) + 1)
    if (known) {
      this.entries = this.entries.filter((entry) => entry !== known)
      this.replace(known.person, current)
    }
    if (current !== person) this.replace(person, current)
    this.clock += 1
    this.entries.push({
      person: current,
      paragraph: this.paragraph,
      salient: standing.salient || (known?.salient === true && known.paragraph === this.paragraph),
      spoke: standing.spoke === true || known?.spoke === true,
      order: this.clock,
      mentions: (known?.mentions ?? 0) + 1,
      pronoun: standing.pronoun === true,
    })
    return current
  }

  rememberGroup(group: Group, salient = true): void {
    // "Two of the strikers… said managers had threatened them": the group the sentence is about
    // is who "one said" means, not the group it mentions in passing.
    if (!salient && this.lastGroupStanding?.salient && this.lastGroupStanding.paragraph === this.paragraph) return
    this.lastGroup = group
    this.lastGroupStanding = { salient, paragraph: this.paragraph }
  }

  /** Marks someone as a source whose name the copy keeps back ("She asked us not to use her name"). */
  withhold(person: Person): Person {
    const entry = this.entries.find((candidate) => candidate.person === person)
    if (!entry || entry.person.anonymity !== 'unnamed') return person
    const withheld: Person = { ...entry.person, anonymity: 'withheld' }
    this.replace(entry.person, withheld)
    entry.person = withheld
    return withheld
  }

  /**
   * Returns the person as the tracker knows them now: "…," said a woman. She did not want to give
   * her name.' — the speaker of the quote before is the source whose name is kept back.
   */
  current(person: Person): Person {
    let known = person
    for (let next = this.replaced.get(known); next !== undefined && next !== known; next = this.replaced.get(known)) known = next
    return known
  }

  private replace(before: Person, after: Person): void {
    if (before !== after) this.replaced.set(before, after)
  }

  /** The organisation the narrative last had speak ("The interior ministry said…"): "it said" is theirs. */
  body: string | null = null

  /** The document the narrative last opened a sentence on ("The memo, dated…"), and in which paragraph: "It warns" is its. */
  document: { name: string; paragraph: number } | null = null

  /** Whoever last spoke in a statement ("said in a statement", a spokesperson): "the statement added" is theirs. */
  statement: Person | null = null

  /** The business the narrative last named ("operated by Northline Student Transport"): "the company said" is theirs. */
  company: string | null = null

  /** Returns the latest person a later "Haddad", "Mr Reyes", "Musa" or "Aisha" can mean. */
  findByName(printed: string): Person | undefined {
    const honorific = honorificOf(printed)
    // "Mrs Brennan" after "Theresa and Joe Brennan": of two people the name fits, the one whose
    // given name agrees with the honorific, before one whose gender is only a guess against it.
    // "Mr Kelleher" after "Aoibhinn Kelleher, 8, was alone with her grandfather, Michael Kelleher":
    // the man the copy knows as one before someone whose gender it does not know.
    if (honorific?.gender) return this.byName(printed, honorific.gender, 'known') ?? this.byName(printed, honorific.gender, true) ?? this.byName(printed, honorific.gender, false)
    // "Amaral says" in an interview with Celeste Amaral, after "her granddaughter, Marta Amaral":
    // the surname alone is the person the interview is with.
    const interviewee = this.interviewee ? this.current(this.interviewee) : null
    if (interviewee && !honorific && !printed.includes(' ') && nameKeys(interviewee)?.last === printed.toLowerCase() && nameKeys(interviewee)?.short.includes(' ')) return interviewee
    return this.byName(printed, null, false)
  }

  /** "the council's statement" after "Harwick City Council said…": the body met whose name ends on the noun. */
  findBodyByNoun(noun: string): Person | undefined {
    const last = noun.toLowerCase()
    return this.latestWhere(({ person }) => person.anonymity === 'named' && person.name.includes(' ') && person.name.toLowerCase().split(/\s+/).pop() === last)
  }

  /** "The older Mr Dimaculangan" after Nestor, 58, and his son Paolo: of those the name fits, the oldest (or youngest) by age printed. */
  findByNameAndAge(printed: string, older: boolean): Person | undefined {
    const wanted = withoutHonorific(printed).toLowerCase()
    const fits = this.entries.map(({ person }) => person).filter((person) => nameKeys(person)?.last === wanted)
    const aged = fits.filter((person) => person.age !== null).sort((a, b) => (older ? (b.age ?? 0) - (a.age ?? 0) : (a.age ?? 0) - (b.age ?? 0)))
    return fits.length > 1 ? aged[0] : undefined
  }

  private byName(printed: string, gender: Gender | null, strict: boolean | 'known'): Person | undefined {
    const wanted = withoutHonorific(printed).toLowerCase()
    const single = !wanted.includes(' ')
    return this.latestWhere(({ person }) => {
      const keys = nameKeys(person)
      if (!keys) return false
      // "Mrs Sousa" is not the "Mr Sousa" met before.
      if (gender && person.gender && gender !== person.gender && (strict || !person.genderGuessed)) return false
      if (strict === 'known' && person.gender !== gender) return false
      if (keys.short === wanted) return true
      // "Josep Vidal said" after "her father, Josep,": the full name of someone met by first name.
      if (!single && !keys.short.includes(' ') && wanted.split(' ')[0] === keys.short) return true
      // "De Smet said" after "Anja De Smet": a surname of more than one word.
      if (!single && keys.short.endsWith(` ${wanted}`)) return true
      return single && (keys.last === wanted || keys.first === wanted)
    })
  }

  findByNoun(noun: string): Person | undefined {
    return this.latestWhere(({ person }) => person.noun === noun.toLowerCase())
  }

  /** Returns the latest named child of that gender (or of none known): who "the boy" is after "Luca is 10". */
  findChild(gender: Gender | null): Person | undefined {
    return this.latestWhere(({ person }) => person.anonymity === 'named' && person.age !== null && person.age < AGE_OF_MAJORITY && (gender === null || person.gender === null || person.gender === gender))
  }

  /** Returns the latest person whose description has the noun as a word ("the engineer" → "a dam engineer"). */
  findByDescription(noun: string): Person | undefined {
    const word = new RegExp(`(?<![\\p{L}])${noun.replace(/[^\p{L}-]/gu, '')}(?![\\p{L}])`, 'iu')
    return this.latestWhere(({ person }) => !this.excluded.includes(person.name) && person.description !== null && word.test(person.description))
  }

  /** Returns the latest person printed with that title ("the judge" → "Judge Peter Graves"). */
  findByTitle(noun: string): Person | undefined {
    const title = new RegExp(`^(?:\\p{Lu}\\p{Ll}+\\s+)?${noun}\\b`, 'iu')
    return this.latestWhere(({ person }) => person.anonymity === 'named' && title.test(person.name))
  }

  /** Returns the latest person of that age ("the 45-year-old"). */
  findByAge(age: number): Person | undefined {
    return this.latestWhere(({ person }) => person.age === age)
  }

  /**
   * Returns who "he" or "she" most likely means: a person of that gender (or of none known), the
   * subject of a sentence or a speaker before someone only mentioned in passing, the nearer before
   * the further. A known gender counts for more than nearness within a paragraph or so.
   */
  resolvePronoun(gender: Gender | null, options: { preferSpeakers?: boolean; learn?: boolean; avoid?: Person[]; person?: boolean } = {}): Person | undefined {
    let best: Entry | undefined
    let bestScore = -Infinity
    for (const entry of this.entries) {
      const known = entry.person.gender
      const guessed = entry.person.genderGuessed === true
      if (gender !== null && known !== null && known !== gender && !guessed) continue
      if (this.excluded.includes(entry.person.name)) continue
      // "Fellside Water said…. Asked why he had come forward": a body is "it", never "he" or "she".
      // A source's singular "they said" is a person's too: house style gives a body "it".
      if ((gender !== null || options.person) && isBodyName(entry.person)) continue
      const clash = gender !== null && known !== null && known !== gender
      const score =
        (entry.salient ? 2 : 0) -
        // A name's usual gender is a guess: a pronoun may still mean them, if nobody fits better.
        (clash ? 3 : 0) +
        // "Asked whether anyone refused, he was silent": whoever is asked is someone who has spoken.
        // "Samuel said little. Asked what he remembered, he said": or the one this paragraph is about,
        // or the one the paragraph before kept at its centre by pronoun ("When he came through, he was shy").
        (options.preferSpeakers && (entry.spoke || (entry.salient && (entry.paragraph === this.paragraph || (entry.pronoun === true && this.paragraph - entry.paragraph === 1)))) ? 4 : 0) +
        (gender !== null && known === gender ? (guessed ? 1 : 1.5) : 0) -
        // "An officer sits in a car at the end of the lane, and she no longer walks alone": a
        // subject pronoun after "and" is not the person that clause just introduced.
        (options.avoid?.includes(entry.person) ? 4 : 0) -
        2 * (this.paragraph - entry.paragraph) -
        (this.clock - entry.order) * 0.01
      if (score > bestScore) {
        best = entry
        bestScore = score
      }
    }
    if (best && gender !== null && (best.person.gender === null || best.person.genderGuessed) && options.learn !== false) {
      // "She has now left Ukraine": once a pronoun fits someone, their gender is known.
      const learnt: Person = { ...best.person, gender, genderGuessed: false }
      this.replace(best.person, learnt)
      best.person = learnt
    }
    return best?.person
  }

  /** Returns the latest person the copy describes without a name, in this paragraph or the one before. */
  latestUnnamed(gender: Gender | null = null): Person | undefined {
    return this.latestWhere(
      ({ person, paragraph }) =>
        (person.anonymity === 'unnamed' || person.anonymity === 'withheld') &&
        this.paragraph - paragraph <= 1 &&
        // "the woman said" re-describes a woman; someone of no known gender is not enough.
        (gender === null || person.gender === gender),
    )
  }

  /** Returns the latest source whose name the copy keeps back, however far back: who "the official" is in a leak story. */
  latestWithheld(gender: Gender | null = null): Person | undefined {
    return this.latestWhere(({ person }) => person.anonymity === 'withheld' && (gender === null || person.gender === null || person.gender === gender))
  }

  /**
   * Returns the named person who spoke last in this paragraph or the one before, other than
   * counsel, the judge or police: who "the witness" means in a court report.
   */
  /** The accused of the story's live case, as `readCase` printed them: who "the defendant" means. */
  accused: string[] = []

  /** Returns the accused the copy mentioned last ("the defendant said" → "Jordi Puig"). */
  findAccused(): Person | undefined {
    const keys = this.accused.map((name) => withoutHonorific(name).toLowerCase())
    return this.latestWhere(({ person }) => person.anonymity === 'named' && keys.some((key) => key === person.shortName?.toLowerCase() || key.endsWith(` ${person.shortName?.toLowerCase()}`)))
  }

  /** Returns the latest counsel of either side: who "the barrister said" means in a court report. */
  findCounsel(): Person | undefined {
    return this.latestWhere(({ person }) => /\b(?:KC|QC)$/.test(person.name) || (person.description !== null && /\b(?:prosecut\w*|defen[cs]\w*|barrister|counsel|advocate|solicitor|lawyer)\b/i.test(person.description)))
  }

  /** Returns the latest counsel for a side ("the prosecutor" → whoever was printed "Prosecuting,"). */
  findBySide(side: 'prosecution' | 'defence'): Person | undefined {
    const pattern = side === 'prosecution' ? /\b(?:prosecut\w*|crown|advocate depute)\b/i : /\bdefen[cs]\w*\b/i
    return this.latestWhere(({ person }) => person.description !== null && pattern.test(person.description))
  }

  latestWitness(): Person | undefined {
    return this.latestWhere(
      ({ person, paragraph, spoke }) =>
        spoke &&
        person.anonymity === 'named' &&
        this.paragraph - paragraph <= 2 &&
        !this.excluded.includes(person.name) &&
        !COURT_SIDE.test(`${person.name} ${person.description ?? ''}`),
    )
  }

  /** Returns the latest person of any kind, for a quote that stands alone after a scene. */
  latest(): Person | undefined {
    return this.resolvePronoun(null)
  }

  group(): Group | null {
    return this.lastGroup
  }

  all(): Person[] {
    return this.entries.map((entry) => entry.person)
  }

  /**
   * "the pupil's mother" after "A 15-year-old pupil… Her mother said": kin met again through the
   * description of the person they are kin to, when the copy has met one such relative by pronoun.
   */
  private sameKin(person: Person): Person | undefined {
    if (person.anonymity !== 'unnamed' || this.entries.some((entry) => entry.person === person)) return undefined
    // "Luca's mother, Rosaria, … while her son played": the son of the mother just met is Luca.
    const child = /^(?<whose>his|her) (?<noun>son|daughter)$/.exec(person.name)
    if (child?.groups) {
      const parentNoun = child.groups.whose === 'her' ? 'mother' : 'father'
      const parent = this.entries.filter((entry) => entry.person.gender === (parentNoun === 'mother' ? 'female' : 'male')).pop()
      const of = parent && this.paragraph - parent.paragraph <= 1 ? new RegExp(String.raw`^(\p{Lu}\p{Ll}+)['’]s ${parentNoun}$`, 'u').exec(parent.person.description ?? '') : null
      const named = of ? this.findByName(of[1]) : undefined
      if (named && (named.gender === null || named.gender === (child.groups.noun === 'son' ? 'male' : 'female'))) return named
    }
    const kin = /^the\s+(?<of>\p{Ll}+)['’]s\s+(?<noun>\p{Ll}+)$/u.exec(person.name)
    if (!kin?.groups || !this.findByDescription(kin.groups.of)) return undefined
    const relatives = this.entries.filter((entry) => entry.person.noun === kin.groups?.noun && /^(?:his|her|their)\s/.test(entry.person.name))
    return new Set(relatives.map((entry) => entry.person.name)).size === 1 ? relatives[relatives.length - 1].person : undefined
  }

  // "Dr Haddad" after "Dr Amal Haddad" is the same person: a short reference matches a full name.
  private sameAs(person: Person): Entry | undefined {
    if (person.anonymity === 'unnamed' || person.anonymity === 'withheld' || !person.shortName) return undefined
    // "Mrs Haddow, 38," after "Lorraine and Stuart Haddow": the honorific says which of the two.
    const found = this.findByName(honorificOf(person.name)?.gender ? person.name : person.shortName)
    return this.entries.find((entry) => entry.person === found)
  }

  private latestWhere(test: (entry: Entry) => boolean): Person | undefined {
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      if (test(this.entries[index])) return this.entries[index].person
    }
    return undefined
  }
}

const SIDE_BEFORE = /(?:^|[.!?]["”’]?\s+)(Prosecuting|Defending|For the prosecution|For the defence|For the Crown),\s*$/
const SIDE_AFTER = /^,\s+(prosecuting|defending|for the prosecution|for the defence|for the Crown),/

/** Counsel, the bench and the police: the people of a court report who are never "the witness". */
const COURT_SIDE = /\b(?:barrister|solicitor|counsel|prosecutor|prosecuting|prosecution|defence|lawyer|advocate|judge|Judge|Lord|coroner|KC|QC|Mr Justice|Mrs Justice|police|detective|inspector|officer)\b/i

const POST_NOMINALS = /(?:\s+(?:kc|qc|mp|mep|msp|obe|mbe|cbe|kbe|dbe|jr|sr|phd|frs))+$/
/** Letters printed after a name: "Rebecca Stansfield KC", "Jane Roe MP". */
const POST_NOMINAL = /^(?:KC|QC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE)$/

const keysOf = new WeakMap<Person, { short: string; first: string; last: string } | null>()

// A reference is matched against the short name, its first and its last word: worked out once a person.
function nameKeys(person: Person): { short: string; first: string; last: string } | null {
  let keys = keysOf.get(person)
  if (keys === undefined) {
    // "Rebecca Stansfield KC" is "Ms Stansfield": letters after a name are no part of it.
    const short = person.shortName?.toLowerCase().replace(POST_NOMINALS, '') ?? null
    const parts = short?.split(' ') ?? []
    keys = short ? { short, first: parts[0], last: parts[parts.length - 1] } : null
    keysOf.set(person, keys)
  }
  return keys
}

// A later mention may tell us more (an age, a gender, a description) but never renames someone.
function mergeDetails(known: Person, later: Person): Person {
  return {
    ...known,
    description: known.description ?? later.description,
    noun: known.noun ?? later.noun,
    ...(known.genderGuessed && later.gender !== null && !later.genderGuessed
      ? { gender: later.gender, genderGuessed: false }
      : { gender: known.gender ?? later.gender, genderGuessed: known.gender === null ? later.genderGuessed : known.genderGuessed }),
    age: known.age ?? later.age,
  }
}

/** Returns true for a word that names a kind of person: the hand list first, then compromise. */
export function isPersonNoun(word: string): boolean {
  let known = personNouns.get(word)
  if (known === undefined) {
    known = word in PERSON_NOUNS || word in TITLE_ROLES || PERSON_SUFFIX.test(word) || YEAR_OLD.test(word) || isActorNoun(word)
    personNouns.set(word, known)
  }
  return known
}

const personNouns = new Map<string, boolean>()
// "a 15-year-old from Homs": an age is a person.
const YEAR_OLD = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old$/

// "season-ticket holder", "festival-goer", "shopkeeper", "bystander", "passer-by": compounds the
// lexicon does not list, whose last part says they are a person.
const PERSON_SUFFIX = /^\p{Ll}[\p{Ll}-]*(?:-goer|holder|keeper|worker|dweller|stander|-by|maker|seeker|owner|rider|walker|woman|man|person|wife|mother|father)$/u

// Returns how many leading words of a name are its title: "Detective Inspector Claire Holloway" → 2.
function honorificWords(words: string[]): number {
  let count = 0
  while (count < words.length - 1 && RANK_PREFIXES.has(words[count].toLowerCase())) count += 1
  const word = words[count]?.replace(/\.$/, '').toLowerCase()
  return word !== undefined && word in HONORIFICS && count < words.length - 1 ? count + 1 : 0
}

function honorificOf(name: string): { gender: Gender | null } | null {
  const words = name.split(/\s+/)
  const count = honorificWords(words)
  return count > 0 ? { gender: HONORIFICS[words[count - 1].replace(/\.$/, '').toLowerCase()] } : null
}

/** Returns the printed name without a leading honorific or rank ("Dr Amal Haddad" → "Amal Haddad"). */
export function withoutHonorific(name: string): string {
  const words = name.split(/\s+/)
  return words.slice(honorificWords(words)).join(' ')
}

/** Returns a named person; their gender comes from an honorific or, failing that, their given name. */
export function namedPerson(name: string, details: Partial<Person> = {}): Person {
  const short = withoutHonorific(name)
  const honorific = honorificOf(name)
  const known = details.gender ?? honorific?.gender ?? null
  const gender = known ?? genderOfGivenName(short.split(' ')[0])
  return {
    name,
    shortName: short,
    description: null,
    noun: null,
    anonymity: 'named',
    age: null,
    ...details,
    gender,
    genderGuessed: known === null && gender !== null,
  }
}

function unnamedPerson(printed: string, noun: string, description: string): Person {
  // "A farmer said" opens a sentence; the speaker is "a farmer" wherever the name is shown.
  const name = lowerDeterminer(printed)
  return { name, shortName: null, description, noun, gender: PERSON_NOUNS[noun] ?? null, anonymity: 'unnamed', age: null }
}

const LOWERABLE = /^(A|An|One|Another|The|His|Her|Its|Their|Our|My|This|That|Former|Fellow|Retired)\b/

/** Returns a description as it reads mid-sentence: "The defendant's barrister" → "the defendant's barrister". */
export function lowerDeterminer(text: string): string {
  return text.replace(LOWERABLE, (word) => word.toLowerCase())
}

type Finder = (text: string, tokens: Token[], tracker: PeopleTracker) => Mention[]

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|da|di|du|el|la|le|dos|das)\s+)?\p{Lu}[\p{L}'’-]*){0,3}`

// "His wife, who was with him": a person the copy knows only by their tie to someone else.
const KIN = new RegExp(String.raw`\b(?<determiner>[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+\p{Ll}+['’]s|(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+['’]s)\s+(?<modifiers>(?:former|late|then|ex-|old|new|long-time|longtime|senior|chief|private|personal|press|principal)\s+){0,2}(?<noun>\p{Ll}+)\b(?!\s*,\s*\p{Lu})`, 'gu')
const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner', 'widow', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'friend', 'neighbour'])

const findKin: Finder = (text, _tokens, tracker) =>
  [...text.matchAll(KIN)].flatMap((match) => {
    const noun = match.groups?.noun ?? ''
    // "His wife", and after a name anyone a person noun names: "Dan Price's colleague".
    const possessor = match.groups?.determiner ?? ''
    // "…and his nephew, Giorgos Kalogeros," … "His nephew started the engine": the person
    // introduced under that very description.
    const printed = lowerDeterminer(match[0]).toLowerCase()
    const known = tracker.findByNoun(noun)
    if (known && known.anonymity === 'named' && known.description?.toLowerCase() === printed) {
      return [{ start: match.index, end: match.index + match[0].length, person: known }]
    }
    if (!KIN_NOUNS.has(noun) && !(/['’]s$/.test(possessor) && isPersonNoun(noun))) return []
    const person = unnamedPerson(lowerDeterminer(match[0]), noun, noun)
    // "The boy's mother, who cannot be named for legal reasons".
    if (namesWithheld(text.slice(match.index + match[0].length))) person.anonymity = 'withheld'
    return [{ start: match.index, end: match.index + match[0].length, person }]
  })

// "one woman, who calls herself Aisha" / "a man calling himself Abu Omar".
const CALLS_ITSELF = new RegExp(
  String.raw`\b(?:[Oo]ne|[Aa]n?|[Tt]he)\s+(?<noun>(?:(?:young|old|elderly)\s+)?\p{Ll}+),?\s+(?:who\s+calls|calling)\s+(?<self>herself|himself|themselves|themself)\s+(?<alias>${NAME})`,
  'gu',
)
// "Aisha (not her real name)", "Fatima, whose name has been changed,", "Karim (name changed)".
const NOT_REAL_NAME = new RegExp(
  String.raw`\b(?<alias>${NAME})(?:\s+\(not\s+(?:her|his|their)\s+real\s+name\)|\s*,\s+(?:whose|her|his|their)\s+(?:real\s+)?name\s+(?:has\s+been|have\s+been|was|is|had\s+been)\s+changed|\s+\((?:(?:her|his|their)\s+)?names?\s+(?:has\s+been\s+|have\s+been\s+)?changed\)|\s*,\s+not\s+(?:her|his|their)\s+real\s+name)`,
  'gu',
)

// "A senior nurse on the unit, whom we are calling Grace,": the newsroom's name for a source.
const WE_CALL = new RegExp(
  String.raw`\b(?:[Oo]ne|[Aa]n?|[Tt]he)\s+(?<phrase>(?:[\p{L}'’-]+\s+){0,14}?\p{Ll}+),\s+(?:and\s+)?(?:whom|who)\s+(?:we|Dateline|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+(?:are\s+calling|will\s+call|have\s+called|has\s+called|call|is\s+calling)\s+(?<alias>${NAME})`,
  'gu',
)

const findPseudonyms: Finder = (text) => {
  const mentions: Mention[] = []
  if (!text.includes('call') && !text.includes('real name') && !text.includes('changed')) return mentions
  for (const match of text.matchAll(WE_CALL)) {
    const { phrase = '', alias = '' } = match.groups ?? {}
    // "senior nurse on the unit": the head is the first word that names a kind of person.
    const noun = phrase.split(/\s+/).find((word) => isPersonNoun(word.toLowerCase()))?.toLowerCase()
    if (!noun) continue
    const person: Person = { ...namedPerson(alias, { anonymity: 'pseudonym', description: `a ${phrase}`.replace(/^a (?=[aeiou])/i, 'an ') }), noun, gender: PERSON_NOUNS[noun] ?? null }
    mentions.push({ start: match.index, end: match.index + match[0].length, person })
  }
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

const DETERMINER_WORDS = new Set(['a', 'an', 'one', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that'])
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with'])
const MAX_DESCRIPTION_WORDS = 10

/**
 * Returns the noun phrase that ends right before token `end` (exclusive) and names a kind of
 * person: "the defendant's barrister", "A girl of about eight", "the owner of the building".
 */
function descriptionBefore(
  text: string,
  tokens: Token[],
  end: number,
  anyNoun = false,
): { start: number; noun: string; text: string } | null {
  // Each determiner met walking back opens a candidate phrase: "his daughter", then "his
  // mini-market with his daughter"; the widest whose head names a person wins ("the mayor of the
  // district" over "the district").
  const openings: number[] = []
  for (let first = end - 1, words = 0; first >= 0 && words < MAX_DESCRIPTION_WORDS; first -= 1) {
    const token = tokens[first]
    // "the marchers' lawyer": a plural possessive's apostrophe is a token of its own.
    if (/^['’]$/.test(token.text) && isWord(tokens[first - 1])) continue
    if (!isWord(token)) break
    words += 1
    const lower = token.lower
    if (DETERMINER_WORDS.has(lower)) {
      // "the custody sergeant on duty that night, Mark Hollins,": a time phrase closing the
      // description is part of it, not where it opens.
      if (/^(?:that|this|last|every)$/.test(lower) && TIME_NOUNS.has(tokens[first + 1]?.lower ?? '') && first + 2 === end) continue
      openings.push(first)
      // "the mayor of the district": the phrase goes on past its prepositional part.
      if (first > 1 && PREPOSITIONS.has(tokens[first - 1].lower)) {
        first -= 1
        continue
      }
      break
    }
    if (isPossessive(tokens, first)) {
      // "the interior ministry's spokesman" opens at "the"; "Mr Karaca's son" at the honorific;
      // "Lowe's daughter" at the name itself.
      let determiner = first
      for (let back = first - 1; back >= 0 && back >= first - 3 && isWord(tokens[back]); back -= 1) {
        const word = tokens[back].lower
        if (DETERMINER_WORDS.has(word) || word in HONORIFICS) {
          determiner = back
          break
        }
        // "Ryan Cole's sister": the possessor's full name opens the phrase.
        if (isCapitalisedWord(tokens[back].text) && isCapitalisedWord(tokens[back + 1].text.replace(/['’]s$/, ''))) determiner = back
      }
      openings.push(determiner)
      // "The head of the plant's trade union": the phrase goes on past "of" here too.
      if (determiner > 1 && PREPOSITIONS.has(tokens[determiner - 1].lower)) {
        first = determiner - 1
        continue
      }
      break
    }
  }
  if (openings.length === 0) return null
  const phrases = openings.map((determiner) => {
    const words = tokens.slice(determiner, end).filter(isWord).map((token) => token.lower)
    const preposition = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word))
    const headWords = preposition > 0 ? words.slice(0, preposition) : words
    // "One of the journalists on the list": the person is one of the group named after "of the".
    const partitive = headWords.length === 1 && headWords[0] === 'one' && words[1] === 'of' ? words[3] ?? words[2] : null
    const noun = (partitive ? singular(partitive) : headWords[headWords.length - 1])?.replace(/['’]s$/, '') ?? ''
    return { start: determiner, noun, text: lowerDeterminer(sliceTokens(text, tokens, determiner, end)) }
  })
  const personal = [...phrases].reverse().find((phrase) => isPersonNoun(phrase.noun))
  if (personal) return personal
  return anyNoun ? phrases[0] : null
}

const TIME_NOUNS = new Set(['night', 'day', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'year', 'month', 'time', 'summer', 'winter'])

function singular(word: string): string {
  return GROUP_NOUNS[word] ?? word.replace(/s$/, '')
}

function isPossessive(tokens: Token[], index: number): boolean {
  return /['’]s$/.test(tokens[index].text) || /^['’]$/.test(tokens[index + 1]?.text ?? '')
}

// "A harbour worker who gave his name only as Dev", "a nurse who would give only her first name, Leila".
const PARTIAL_NAME = new RegExp(String.raw`${PARTIAL_NAME_MARKERS.source}\s*(?<name>${NAME})`, 'gu')

const findPartialNames: Finder = (text, tokens) => {
  const mentions: Mention[] = []
  if (!text.includes(' name') && !text.includes(' only as')) return mentions
  for (const match of text.matchAll(PARTIAL_NAME)) {
    const name = (match.groups?.name ?? '').trim()
    if (!name) continue
    const before = text.slice(0, match.index).replace(/,\s*$/, '')
    const end = tokens.findIndex((token) => token.start >= before.length)
    // "A stallholder who gave her name only as Bev": the construction itself says this is a person.
    const description = descriptionBefore(text, tokens, end < 0 ? tokens.length : end, true)
    const noun = description?.noun ?? null
    const possessive = /\b(his|her)\s+(?:first\s+|given\s+)?name/i.exec(match[0])?.[1]?.toLowerCase()
    const person = namedPerson(name, {
      description: description?.text ?? null,
      noun,
      gender: possessive === 'her' ? 'female' : possessive === 'his' ? 'male' : noun ? (PERSON_NOUNS[noun] ?? null) : null,
      anonymity: 'partial',
    })
    const start = description ? tokens[description.start].start : match.index
    mentions.push({ start, end: match.index + match[0].length, person })
  }
  return mentions
}

/**
 * "The defendant's barrister, Tom Reyes, told", "His daughter, Mira, said", "the chief
 * executive, Graham Holt.": a description, a comma, a name, then the sentence carries on.
 */
const findAppositionNames: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  tokens.forEach((token, comma) => {
    if (token.text !== ',') return
    const length = nameLength(tokens, comma + 1)
    if (length === 0) return
    const after = tokens[comma + 1 + length]
    // "His grandparents, Franco and Lucia Bassi,": two people sharing the surname printed once.
    if (length === 1 && after?.text === 'and') {
      const second = nameLength(tokens, comma + 3)
      const closing = tokens[comma + 3 + second]
      const description = descriptionBefore(text, tokens, comma)
      if (second >= 2 && description && (!closing || [',', '.', ';'].includes(closing.text))) {
        const surname = sliceTokens(text, tokens, comma + 4, comma + 3 + second)
        const first = namedPerson(`${tokens[comma + 1].text} ${surname}`, { description: description.text, noun: description.noun })
        const other = namedPerson(`${tokens[comma + 3].text} ${surname}`, { description: description.text, noun: description.noun })
        mentions.push({ start: tokens[description.start].start, end: tokens[comma + 1].end, person: first })
        mentions.push({ start: tokens[comma + 3].start, end: tokens[comma + 2 + second].end, person: other })
      }
      return
    }
    if (after && ![',', '.', ';', ':', '?', '!'].includes(after.text) && after.text.toLowerCase() !== 'who') return
    const name = sliceTokens(text, tokens, comma + 1, comma + 1 + length)
    // "A candidate for the county assembly, Peter Ouma,": a person noun, or a known given name in a
    // full name, makes the description a person's (not "the capital, Kabul").
    // "the advocate depute, Alasdair Munro KC,": letters after a name are only ever a person's.
    const personal = length >= 2 && (isGivenName(tokens[comma + 1].text) || POST_NOMINAL.test(tokens[comma + length].text))
    const description = descriptionBefore(text, tokens, comma, personal)
    if (!description) return
    // "the capital, Kabul," names a place: only a person noun before the comma makes this a person.
    let age: number | null = null
    const ageToken = tokens[comma + 2 + length]
    if (after?.text === ',' && ageToken && /^\d{1,3}$/.test(ageToken.text)) age = Number(ageToken.text)
    // "Their son, Yassine, who is ten,": the age a relative clause gives the name.
    const aged = /^,\s+who\s+is\s+(?:only\s+|just\s+)?(\d{1,2}|[a-z]+)\b/i.exec(text.slice(tokens[comma + length].end))
    if (age === null && aged && numberOf(aged[1]) > 0) age = numberOf(aged[1])
    // "the prosecutor, Ms Okafor," after "Adaeze Okafor KC": the full name first printed.
    const known = honorificOf(name) ? tracker.findByName(name) : undefined
    const person =
      known ??
      namedPerson(name, {
        description: description.text,
        noun: description.noun,
        gender: PERSON_NOUNS[description.noun] ?? undefined,
        age,
      })
    mentions.push({ start: tokens[description.start].start, end: tokens[comma + length].end, person })
  })
  return mentions
}

// "Dr", "Sgt", and the police ranks printed in capitals: "PC", "DCI".
const HONORIFIC_WORDS = Object.keys(HONORIFICS)
  .flatMap((word) => [word[0].toUpperCase() + word.slice(1), ...(word.length <= 3 && !/[aeiou]/.test(word.slice(1)) ? [word.toUpperCase()] : [])])
  .join('|')
// "Dr Amal Haddad", "Mrs Khan", "Colonel Vadim Sorokin".
const RANK_WORDS = [...RANK_PREFIXES].map((word) => word[0].toUpperCase() + word.slice(1)).join('|')
const HONORIFIC_NAME = new RegExp(String.raw`\b(?:(?:${RANK_WORDS})\s+)*(?<honorific>${HONORIFIC_WORDS})\.?\s+(?:${NAME})`, 'gu')

/** After a possessive: a person noun phrase that is not followed by a name ("…'s former private secretary, who"). */
const POSSESSED_PERSON = /^\s+(?:(?:former|late|then|old|new|long-time|senior|chief|private|personal|press|principal)\s+){1,2}(?:secretary|aide|adviser|advisor|assistant|colleague|employee|spokesman|spokeswoman|spokesperson|deputy|partner|friend|driver|bodyguard|housekeeper|nanny|carer|manager)\b(?!\s*,\s*\p{Lu})/u

/** "a spokesman for", "a former tenant of": an indefinite person noun owned by the name after it. */
const OWNED_BY = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}(?<noun>\p{Ll}+)\s+(?:of|for)\s+$/u

const findHonorifics: Finder = (text, _tokens, tracker) =>
  [...text.matchAll(HONORIFIC_NAME)].flatMap((match) => {
    const honorific = (match.groups?.honorific ?? '').toLowerCase()
    // "Mr Dick's counsel": the possessive is no part of the name. "A former tenant of Mr Dick's"
    // is the tenant, a person of their own, whom the description finder reads.
    const possessive = /['’]s$/.test(match[0])
    if (possessive && /\bof\s+$/.test(text.slice(Math.max(0, match.index - 4), match.index))) return []
    // "A spokesman for Mr Hale said": the spokesman speaks; Mr Hale is who they speak for, and the
    // description finder reads the whole phrase as the person.
    if (OWNED_BY.test(text.slice(Math.max(0, match.index - 60), match.index)) && isPersonNoun(OWNED_BY.exec(text.slice(Math.max(0, match.index - 60), match.index))?.groups?.noun ?? '')) return []
    // "Ms Ashworth's former private secretary, who asked not to be named": the secretary is the
    // person; the kin finder reads the whole phrase.
    if (possessive && POSSESSED_PERSON.test(text.slice(match.index + match[0].length))) return []
    const printed = possessive ? match[0].replace(/['’]s$/, '') : match[0]
    const gender = HONORIFICS[honorific] ?? null
    const elder = /\b(older|elder|younger)\s+$/i.exec(text.slice(Math.max(0, match.index - 10), match.index))
    const known = (elder ? tracker.findByNameAndAge(printed, elder[1].toLowerCase() !== 'younger') : undefined) ?? tracker.findByName(printed)
    // "Mr Pike" after "Detective Superintendent Ronald Pike": the honorific settles what the given
    // name only suggested, so a later "she" cannot mean him.
    const person = known
      ? gender && known.genderGuessed ? { ...known, gender, genderGuessed: false } : known
      : namedPerson(printed, { gender: gender ?? undefined })
    return [{ start: match.index, end: match.index + printed.length, person }]
  })

// "Omar, 11," / "Mark Ellis, aged 42,": house style gives ages in apposition.
const NAME_WITH_AGE = new RegExp(String.raw`(?<name>${NAME}),\s+(?:aged\s+)?(?<age>\d{1,3}),`, 'gu')

const findAges: Finder = (text) =>
  [...text.matchAll(NAME_WITH_AGE)].map((match) => {
    const name = withoutLeadingCapital(match.groups?.name ?? '')
    const age = Number(match.groups?.age)
    const person = namedPerson(name, { age, description: `aged ${age}` })
    const start = match.index + (match.groups?.name ?? '').length - name.length
    return { start, end: start + name.length, person }
  })

// "Among them was Sami Haddad, 15" has no name in "Among"; a sentence-opening word that is not a
// name part is dropped when the name has more words after it.
function withoutLeadingCapital(name: string): string {
  const [first, ...rest] = name.split(/\s+/)
  return rest.length > 0 && /^(?:Among|Then|But|And|When|As|With|After|Before|Outside|Inside|Here|There|Now|Yesterday|Today)$/.test(first)
    ? rest.join(' ')
    : name
}

const ROLE_MODIFIERS = new Set(['former', 'senior', 'junior', 'local', 'retired', 'veteran', 'chief', 'deputy', 'fellow', 'young', 'elderly', 'old'])

// "the Isis recruiter Sally Jones", "Neighbour Jane Porter", "Former Severn Vale engineer Colin Ashby".
const findRoleNames: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  tokens.forEach((token, index) => {
    const noun = token.lower
    if (!(noun in PERSON_NOUNS) && !(noun in TITLE_ROLES)) return
    const length = nameLength(tokens, index + 1)
    if (length === 0) return
    // "Chief Correspondent Jane Roe": a title after a rank word is no name, and the name after it
    // is the title's (the byline's finder reads it).
    if (tokens.slice(index + 1, index + 1 + length).some((word) => word.lower in TITLE_ROLES)) return
    if (tokens.slice(index + 1, index + 1 + length).every((word) => word.lower in PERSON_NOUNS)) return
    const name = sliceTokens(text, tokens, index + 1, index + 1 + length)
    let first = index
    while (first > 0) {
      const before = tokens[first - 1]
      const lower = before.lower
      const modifies =
        ROLE_MODIFIERS.has(lower) ||
        TITLE_MODIFIERS.has(before.text) ||
        (isCapitalisedWord(before.text) && !DETERMINER_WORDS.has(lower) && !NOT_TITLE_WORDS.has(lower))
      if (!isWord(before) || !modifies) break
      first -= 1
    }
    // "Neighbour Jane Porter", "Former … engineer": capitalised only because the sentence opens there.
    const printed = sliceTokens(text, tokens, first, index + 1)
    const opener = tokens[first].lower
    const lowerFirst = first === index || ROLE_MODIFIERS.has(opener) || (tokens[first].start === 0 && COMMON_OPENERS.has(opener))
    const description = lowerFirst ? printed.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : printed
    const known = tracker.findByName(name)
    const person = known ?? namedPerson(name, { noun, description, gender: PERSON_NOUNS[noun] ?? undefined })
    mentions.push({ start: tokens[first].start, end: tokens[index + length].end, person })
  })
  return mentions
}

// A bare name is only a person when someone of that name has already been introduced.
const findKnownNames: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const length = nameLength(tokens, index)
    if (length === 0) {
      // "Lowe's daughter": a possessive is a mention of Lowe too.
      const possessive = /^(\p{Lu}[\p{L}-]*)['’]s$/u.exec(tokens[index].text)
      const person = possessive ? tracker.findByName(possessive[1]) : undefined
      if (person) mentions.push({ start: tokens[index].start, end: tokens[index].end, person })
      continue
    }
    const name = sliceTokens(text, tokens, index, index + length)
    const person = tracker.findByName(name)
    if (person) mentions.push({ start: tokens[index].start, end: tokens[index + length - 1].end, person })
    index += length - 1
  }
  return mentions
}

const DETERMINERS = new Set(['a', 'an', 'one', 'another'])

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const PLACE_AFTER = /^\s+(?:at|of|for|from|in|on|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+(?=\s*(?:,|\bwho\b|[.;]|$))/u
/** A verb inside a would-be place phrase means it is a clause: "a man in the crowd shouted at police,". */
const CLAUSE_WORD = /\b(?:\p{Ll}+ed|was|were|is|are|has|had|have|said|says|told|tells|took|gave|saw|came|went|ran|fell|left|made|got|who|which|that\s+(?:he|she|they|it|we))\b/u
const AGE_AFTER = new RegExp(String.raw`^\s+(?:of|aged)\s+(?:about\s+|around\s+|roughly\s+|perhaps\s+|some\s+)?(\d{1,2}|${NUMBER_WORDS.join('|')})\b`, 'i')

function numberOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word.toLowerCase())
}
const MAX_MODIFIERS = 2

// True when the word ends its noun phrase and a "who" clause (perhaps after a short place phrase
// and a comma) follows: "a crew member who", "a former scaffolder at the firm, who".
function isLastNounBeforeWho(text: string, tokens: Token[], at: number): boolean {
  const next = tokens[at + 1]
  if (next && next.word && /^\p{Ll}/u.test(next.text) && next.lower !== 'who' && !PREPOSITIONS.has(next.lower)) return false
  const rest = text.slice(tokens[at].end)
  const placed = PLACE_AFTER.exec(rest)
  const after = placed && !CLAUSE_WORD.test(placed[0].replace(/^\s+\S+/, '')) ? rest.slice(placed[0].length) : rest
  return /^\s*,?\s*who\b/.test(after)
}

// "a commander", "an Isis fighter", "one woman": people the copy describes but does not name.
const findDescriptions: Finder = (text, tokens) => {
  const mentions: Mention[] = []
  tokens.forEach((token, index) => {
    if (!DETERMINERS.has(token.lower)) return
    // "the daughter of one of the patients": the person is the daughter, read with her "of".
    if (token.lower === 'one' && tokens[index - 1]?.lower === 'of' && tokens[index + 1]?.lower === 'of') return
    // "an engineer who is one of three people responsible": a predicate describes the subject, it
    // introduces nobody new.
    const before = text.slice(Math.max(0, token.start - 24), token.start)
    if (/\b(?:who|he|she|they)\s+(?:is|was|are|were|has been|had been|became|remains)\s+$/i.test(before)) return
    for (let offset = 1; offset <= MAX_MODIFIERS + 1; offset += 1) {
      const word = tokens[index + offset]
      if (!isWord(word)) return
      const noun = word.lower
      if (!/^[\p{Ll}\d]/u.test(word.text)) continue
      // "A crew member who has worked…", "a former scaffolder at the firm, who…": "who" says the
      // noun phrase is a person, whatever the lexicon knows of its last word.
      if (!isPersonNoun(noun) && !(isLastNounBeforeWho(text, tokens, index + offset) && !/(?:ly|ing|ed)$/.test(noun))) continue
      // "A consultant cardiologist at the trust": a person noun after a person noun is one job.
      let at = index + offset
      while (isWord(tokens[at + 1]) && /^\p{Ll}+$/u.test(tokens[at + 1].text) && isPersonNoun(tokens[at + 1].lower)) at += 1
      pushDescription(tokens[at], tokens[at].lower)
      return
    }
    function pushDescription(word: Token, noun: string): void {
      // "a girl of about eight", "a boy aged about ten": the age belongs to the description.
      const aged = AGE_AFTER.exec(text.slice(word.end))
      // "A former guard at the prison, who…": a short place phrase set off by a comma belongs to it.
      // "a spokeswoman for Northmoor Police said": whom a spokesperson speaks for is part of who they are.
      const speaksFor = /^spokes(?:person|man|woman)$/.test(noun) ? SPEAKS_FOR.exec(text.slice(word.end)) : null
      const placed = aged ? null : (speaksFor ?? PLACE_AFTER.exec(text.slice(word.end)))
      const place = placed && !CLAUSE_WORD.test(placed[0].replace(/^\s+\S+/, '')) ? placed : null
      const end = word.end + (aged?.[0].length ?? place?.[0].length ?? 0)
      const name = text.slice(token.start, end)
      const description = text.slice(tokens[index + 1].start, end)
      const person = unnamedPerson(name, noun, description)
      if (aged) person.age = numberOf(aged[1])
      if (namesWithheld(text.slice(end)) || ANONYMOUS_NOUNS.has(noun)) person.anonymity = 'withheld'
      mentions.push({ start: token.start, end, person })
    }
  })
  return mentions
}

/** " for Northmoor Police", " for the Department of Health": the body a spokesperson speaks for. */
const SPEAKS_FOR = /^\s+for\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|and|for|&)\s+)?\p{Lu}[\p{L}'’&-]*)*/u

/** Returns true when the clause after a description keeps the person's name back. */
export function namesWithheld(rest: string): boolean {
  const end = rest.search(/[.!?]/)
  return WITHHELD.test(end < 0 ? rest : rest.slice(0, end))
}

// The markers as one pattern: asked of every description and group the copy prints.
const WITHHELD = new RegExp(WITHHELD_NAME_MARKERS.map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')

// "The soldiers we met", "Two of the strikers, who did not want to be named,": a group of people,
// any person noun in the plural, with whether the copy keeps their names back.
const WHO_FOLLOWS = /\s*,?\s*who\b/y
/** Words a group of people is printed after: "the strikers", "two of the pickets", "other drivers". */
const GROUP_OPENERS = new Set(['the', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'both', 'these', 'those', 'fellow', 'dozens', 'hundreds', 'thousands', 'of'])

const findGroups: Finder = (text, tokens) =>
  tokens.flatMap((token, index) => {
    const plural = token.lower
    let singular: string | null = GROUP_NOUNS[plural] ?? null
    const opener = tokens[index - 1]?.lower ?? ''
    if (singular === null && GROUP_OPENERS.has(opener) && plural.length > 3 && plural.endsWith('s') && !plural.endsWith('ss') && /^\p{Ll}/u.test(token.text)) {
      // "the strikers, who…": "who" says they are people whatever the lexicon knows.
      WHO_FOLLOWS.lastIndex = token.end
      if (isPersonNoun(plural.slice(0, -1)) || WHO_FOLLOWS.test(text)) singular = plural.slice(0, -1)
    }
    if (!singular) return []
    return [{ start: token.start, end: token.end, group: { plural, singular, withheld: namesWithheld(text.slice(token.end, token.end + 200)) } }]
  })

// "The arrested man, named locally as Darren Quill": the copy names someone it described.
const NAMED_AS = new RegExp(
  String.raw`\b(?:(?:named(?:\s+locally)?|identified(?:\s+locally)?|known(?:\s+locally)?)\s+as|(?<=\p{Ll}\s+)(?:named|called))\s+(?<name>${NAME})`,
  'gu',
)

const findNamedAs: Finder = (text, _tokens, tracker) =>
  !/named|called|known|identified/.test(text) ? [] : [...text.matchAll(NAMED_AS)].flatMap((match) => {
    const name = match.groups?.name ?? ''
    if (!name.includes(' ')) return []
    const start = match.index + match[0].length - name.length
    // "a Spanish firefighter named Javier Ortega": the description before belongs to the name.
    const tokens = tokenize(text.slice(0, match.index))
    const described = /\b(?:named|called)\s*$/.test(text.slice(0, start)) ? descriptionBefore(text, tokens, tokens.length) : null
    const from = described ? tokens[described.start].start : start
    // "a man the guards called Abu Hamza": a person noun a few words before is enough.
    const nearPerson = tokens.slice(-5).some((token) => isPersonNoun(token.lower))
    if (/^(?:named|called)/.test(match[0]) && !described && !(nearPerson && name.includes(' '))) return []
    const person = tracker.findByName(name) ?? namedPerson(name, described ? { description: described.text, noun: described.noun } : {})
    return [{ start: from, end: start + name.length, person }]
  })

// "She asked us to call her Anna", "whom we are calling Omar": a name the newsroom gives a source.
const ASKED_TO_BE_CALLED = new RegExp(
  String.raw`\b(?:asked\s+(?:us|me|Dateline|that\s+we)\s+to\s+call\s+(?<object>her|him|them)|asked\s+to\s+be\s+(?:called|identified\s+as|known\s+as)|(?:whom|who)\s+we\s+are\s+calling|we\s+are\s+calling\s+(?<object2>her|him|them)|we\s+have\s+called\s+(?<object3>her|him|them))\s+(?<alias>${NAME})`,
  'gu',
)

const findAskedNames: Finder = (text, _tokens, tracker) =>
  !/call/.test(text) ? [] : [...text.matchAll(ASKED_TO_BE_CALLED)].map((match) => {
    const object = match.groups?.object ?? match.groups?.object2 ?? match.groups?.object3
    const gender: Gender | null = object === 'her' ? 'female' : object === 'him' ? 'male' : null
    // The source is whoever the sentence is about: "She asked us…" after "A former accountant…".
    const referent = tracker.resolvePronoun(gender)
    const described = referent && referent.anonymity === 'unnamed' ? referent : null
    const alias = match.groups?.alias ?? ''
    const person: Person = {
      name: alias,
      shortName: alias,
      description: described?.name ?? null,
      noun: described?.noun ?? null,
      gender: gender ?? described?.gender ?? null,
      anonymity: 'pseudonym',
      age: described?.age ?? null,
    }
    const start = match.index + match[0].length - alias.length
    return { start, end: start + alias.length, person }
  })

/**
 * "Rahel, an Eritrean woman in her twenties, said": a name the copy has not introduced, set off by
 * a description of a person right after it.
 */
const findNameThenDescription: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const length = nameLength(tokens, index)
    if (length === 0) continue
    // "The Dalisay Pearl, a 40-metre passenger ferry…": a name the article opens is a thing's;
    // "Later, a spokeswoman for…" opens on a time word, no name.
    if (tokens[index].text === 'The' || (length === 1 && SENTENCE_ADVERB.test(tokens[index].text) && !isGivenName(tokens[index].text))) {
      index += length - 1
      continue
    }
    const comma = tokens[index + length]
    const article = tokens[index + length + 1]
    if (comma?.text !== ',' || !article || !/^(?:a|an|the)$/.test(article.text) || (article.text === 'the' && length < 2)) {
      index += length - 1
      continue
    }
    let end = index + length + 2
    while (end < tokens.length && isWord(tokens[end]) && end - index < length + 16) end += 1
    const closing = tokens[end]
    const description = descriptionBefore(text, tokens, closing && [',', '.', ';'].includes(closing.text) ? end : index + length + 1)
    const phraseEnd = closing && [',', '.', ';'].includes(closing.text) ? end : -1
    const head = phraseEnd > 0 ? headNoun(tokens, index + length + 1, phraseEnd) : null
    // "Nadia Karimova, the opposition blogger released last month…": a full name with a given name
    // compromise knows is a person whatever the description's shape.
    const fullName = length >= 2 && isGivenName(tokens[index].text)
    // "Revaz Lomidze, an MP for the governing party, said": a name and a description set off
    // before a speech verb are a person's, whatever the lexicon knows of either.
    const speaks = length >= 2 && closing?.text === ',' && PERSON_VERBS.has(tokens[end + 1]?.lower ?? '')
    if (speaks && phraseEnd > 0 && !head && !description && article.text !== 'the') {
      const name = sliceTokens(text, tokens, index, index + length)
      const printed = sliceTokens(text, tokens, index + length + 1, phraseEnd)
      mentions.push({ start: tokens[index].start, end: tokens[phraseEnd - 1].end, person: tracker.findByName(name) ?? namedPerson(name, { description: lowerDeterminer(printed) }) })
      index = phraseEnd
      continue
    }
    if (phraseEnd < 0 || (!head && !fullName)) {
      index += length - 1
      continue
    }
    const name = sliceTokens(text, tokens, index, index + length)
    const printed = sliceTokens(text, tokens, index + length + 1, phraseEnd)
    const person =
      tracker.findByName(name) ?? namedPerson(name, { description: lowerDeterminer(printed), noun: head, gender: head ? (PERSON_NOUNS[head] ?? undefined) : undefined })
    mentions.push({ start: tokens[index].start, end: tokens[phraseEnd - 1].end, person })
    index = phraseEnd
  }
  return mentions
}

// Returns the person noun a description is about: the first word of it that names a kind of person.
function headNoun(tokens: Token[], from: number, to: number): string | null {
  const words = tokens.slice(from, to).filter(isWord).map((token) => token.lower)
  // "Hakim Belkacem, a baker who has had a shop…": a noun a "who" follows is a kind of person.
  return words.find((word, at) => at > 0 && (isPersonNoun(word) || (at === 1 && words[at + 1] === 'who' && /^\p{Ll}{3,}$/u.test(word)))) ?? null
}

/** Words after a given name that make it a place or a body, not a person: "Victoria Station". */
const NOT_A_PERSON = new Set(['station', 'street', 'road', 'park', 'square', 'hospital', 'court', 'bridge', 'university', 'college', 'school', 'church', 'club', 'fc', 'council', 'police', 'airport', 'avenue', 'house', 'hall', 'centre', 'center', 'lake', 'river', 'county', 'city', 'island', 'bay', 'hill', 'academy'])

/**
 * "Owen was sitting three rows from the front": a given name alone, opening a sentence and doing
 * what people do, is a person the copy names by given name only (a child, a protected source).
 * Not "Jordan has closed its border": the lexicon must know the word as a given name and the
 * sentence must not go on about a place or a body ("Chelsea won").
 */
function isGivenAlone(tokens: Token[], index: number): boolean {
  const word = tokens[index]
  const next = tokens[index + 1]
  if (next === undefined) return false
  // "Back at the farmhouse, Owen said": after a fronted clause, only with a verb people do.
  const opens = index === 0 || ['.', '!', '?'].includes(tokens[index - 1].text)
  const afterClause = index > 0 && tokens[index - 1].text === ',' && PERSON_VERBS.has(next.lower)
  return (opens || afterClause) && (PERSON_VERBS.has(next.lower) || STATE_VERBS.has(next.lower)) && !NOT_NAME_WORDS.has(word.lower) && !NOT_NAME_OPENERS.has(word.lower) && isGivenName(word.text)
}

/**
 * "Olympic medallist Hannah Brooks has accused…": a full name whose given name compromise knows
 * is a person, even where no construction introduces them.
 */
const findGivenNames: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const length = nameLength(tokens, index, 3)
    if (length === 1 && isGivenAlone(tokens, index)) {
      mentions.push({ start: tokens[index].start, end: tokens[index].end, person: tracker.findByName(tokens[index].text) ?? namedPerson(tokens[index].text) })
      continue
    }
    if (length < 2) {
      index += Math.max(0, length - 1)
      continue
    }
    const words = tokens.slice(index, index + length)
    const next = tokens[index + length]
    // "Nkechi Obi lost her home": a name compromise does not know, doing what people do.
    const actsAsPerson =
      next !== undefined && PERSON_VERBS.has(next.lower) && !NOT_NAME_OPENERS.has(words[0].lower) && !words.some((word) => NOT_NAME_WORDS.has(word.lower))
    // "Maureen Hill said": a known given name doing what people do is a person, "Hill" or not.
    const placeWord = words.slice(1).some((word) => NOT_A_PERSON.has(word.lower))
    const given = isGivenName(words[0].text) || POST_NOMINAL.test(words[length - 1].text)
    if ((given || actsAsPerson) && (!placeWord || (given && next !== undefined && PERSON_VERBS.has(next.lower)))) {
      const name = sliceTokens(text, tokens, index, index + length)
      mentions.push({ start: words[0].start, end: words[length - 1].end, person: tracker.findByName(name) ?? namedPerson(name) })
    }
    index += length - 1
  }
  return mentions
}

/** True for an organisation the copy lets speak ("Fellside Water", "Merseyside Police"), not a person. */
export function isBodyName(person: Person): boolean {
  if (person.anonymity !== 'named' || person.noun !== null) return false
  const words = person.name.toLowerCase().split(/\s+/)
  // "His production company, Lighthouse Pictures,": a name the copy describes as a body.
  // (Not "a geriatrician at Carrington University": a person at a body.)
  const description = person.description?.toLowerCase().split(/\s+/) ?? []
  const described = description.length > 0 && description.length <= 3 && BODY_WORDS.has(description[description.length - 1]) && !description.some((word) => isPersonNoun(word))
  return (words.length > 0 && BODY_WORDS.has(words[words.length - 1])) || described
}
const BODY_WORDS = new Set(['water', 'police', 'ministry', 'council', 'company', 'government', 'department', 'office', 'agency', 'authority', 'trust', 'service', 'commission', 'committee', 'party', 'bank', 'group', 'ltd', 'limited', 'plc', 'inc', 'union', 'association', 'society', 'federation', 'army', 'force', 'forces', 'board', 'regulator', 'court', 'university', 'hospital', 'school', 'club', 'fc', 'embassy', 'prosecutor\'s office', 'airline', 'firm', 'prefecture', 'inspectorate', 'ombudsman', 'charity', 'foundation', 'care', 'homes', 'lines', 'logistics', 'council\'s', 'pictures', 'productions', 'studios', 'solicitors', 'alliance', 'network', 'partnership', 'corporation', 'institute'])

/** Verbs whose subject is a person: a capitalised pair before one of these is a name. */
const PERSON_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'lost', 'survived', 'died', 'who', 'whose', 'described', 'recalled',
  'spent', 'works', 'worked', 'lives', 'lived', 'runs', 'fled', 'returned', 'wants', 'wanted', 'believes',
  'thinks', 'knows', 'knew', 'hopes', 'fears', 'denies', 'denied', 'admitted', 'admits', 'pleaded', 'appeared',
  'explained', 'insisted', 'sat', 'stood', 'watched', 'saw', 'heard', 'remembers', 'wept', 'smiled', 'laughed',
  'shrugged', 'nodded', 'agreed', 'refused', 'declined', 'wrote', 'spoke', 'asked', 'answered', 'admitted',
  'paused', 'hesitated', 'sighed', 'thought', 'looked', 'frowned', 'whispered', 'cried',
])
/** Words that open a sentence before its subject and are no name: "Later, a spokeswoman said". */
const SENTENCE_ADVERB = /^(?:Later|Earlier|Meanwhile|Afterwards|Today|Yesterday|Tonight|Then|Now|Instead|Separately|Elsewhere|Outside|Inside|Nearby|Overnight|Again|Still|Finally|However|Since|Previously|Recently|Nevertheless|Overall|Initially|Eventually|Originally|\p{Lu}\p{Ll}+ly)$/u

/** Verbs of being after a definite subject: "the engineer was quiet for a moment". */
const STATE_VERBS = new Set(['was', 'is', 'had', 'has'])
/** An "of" phrase of up to five words, then a verb people do: " of a phone repair shop had boarded". */
const OF_PHRASE_ACTS = new RegExp(String.raw`^(\s+of\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}[\p{L}'’-]*)\s+(?:${[...PERSON_VERBS, ...STATE_VERBS].join('|')})\b`, 'u')
/** Capitalised words that open a sentence but no name. */
const NOT_NAME_OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'this', 'that', 'these', 'those', 'it', 'its',
  'our', 'their', 'his', 'her', 'my', 'but', 'and', 'when', 'after', 'before', 'as', 'if', 'then', 'police',
])
/** Words that make a capitalised run a body, a place or a time, not a person. */
const NOT_NAME_WORDS = new Set([
  ...NOT_A_PERSON, 'water', 'ltd', 'limited', 'group', 'trust', 'agency', 'office', 'ministry', 'service', 'authority',
  'party', 'company', 'council', 'government', 'department', 'commission', 'committee', 'association', 'society',
  'bank', 'union', 'federation', 'league', 'army', 'navy', 'force', 'forces', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'news', 'times', 'post', 'press', 'television', 'radio',
])

// "Ahmed, who lost his brother in the slide,": a name a relative "who" follows is a person's.
const NAME_WHO = new RegExp(String.raw`(?<![\p{L}'’-])(?<name>${NAME}),\s+who(?:se)?\b`, 'gu')

const findNamesWithWho: Finder = (text, _tokens, tracker) =>
  !text.includes(', who') ? [] : [...text.matchAll(NAME_WHO)].flatMap((match) => {
    const printed = match.groups?.name ?? ''
    const name = withoutLeadingCapital(printed)
    const words = name.split(/\s+/)
    // "Maureen Hill, whose father…": a known given name before a word that is also a place's is
    // still a person when a relative "who" follows; a body's words never are.
    const given = words.length >= 2 && isGivenName(words[0])
    const notName = (word: string): boolean => NOT_NAME_WORDS.has(word) && !(given && NOT_A_PERSON.has(word))
    if (NOT_NAME_OPENERS.has(words[0].toLowerCase()) || words.some((word) => notName(word.toLowerCase()))) return []
    const start = match.index + printed.length - name.length
    // "Yusuf, who is nine,": the age the relative clause gives.
    const aged = /^,\s+who\s+is\s+(?:only\s+|just\s+)?(\d{1,2}|[a-z]+)\b/i.exec(text.slice(start + name.length))
    const age = aged ? numberOf(aged[1]) : -1
    const details = age > 0 ? { age, description: `aged ${age}` } : {}
    return [{ start, end: start + name.length, person: tracker.findByName(name) ?? namedPerson(name, details) }]
  })

/** The child "the boy" means, now known to be a boy. */
const childAs = (child: Person | undefined, gender: Gender | null): Person | undefined =>
  child && child.gender === null && gender !== null ? { ...child, gender, genderGuessed: false } : child

// "The village priest said…": a definite description as the subject of what people do is a
// person, the one the copy met under that description or title if any ("the judge" → Judge Graves).
const findDefiniteSubjects: Finder = (text, tokens, tracker) => {
  const mentions: Mention[] = []
  tokens.forEach((token, index) => {
    if (token.lower !== 'the') return
    const before = text.slice(Math.max(0, token.start - 8), token.start)
    // "Asked why he had come forward, the engineer was quiet": the subject after a fronted clause.
    const sentence = text.slice(0, token.start).split(/[.!?]["”’]?\s+/).pop() ?? ''
    // "Across the road, the owner of a phone repair shop had boarded up his door": after a short
    // fronted phrase of place or time too.
    const fronted = /^(?:Asked|\p{Lu}\p{Ll}+ing)\b[^,]*,\s+$/u.test(sentence) || /^(?:Across|Outside|Inside|Nearby|Next door|Down|Up|Along|Around|Behind|Opposite|Further|On|At|In|By|Back)\b[^,]{0,40},\s+$/u.test(sentence)
    const opens = index === 0 || /[.!?]["”’]?\s+$/.test(before) || /,\s+(?:and|but)\s+$/.test(before) || fronted
    for (let offset = 1; offset <= 3; offset += 1) {
      const word = tokens[index + offset]
      const verb = tokens[index + offset + 1]
      if (!isWord(word) || !/^\p{Ll}/u.test(word.text)) return
      if (!(word.lower in PERSON_NOUNS) || ANONYMOUS_NOUNS.has(word.lower) || !verb) continue
      // "the owner of a phone repair shop had boarded up his door": the subject with its "of" phrase.
      const ofActs = opens && verb.lower === 'of' ? OF_PHRASE_ACTS.exec(text.slice(word.end)) : null
      if (ofActs) {
        const phrase = `${sliceTokens(text, tokens, index, index + offset + 1)}${ofActs[1]}`
        mentions.push({ start: token.start, end: word.end + ofActs[1].length, person: unnamedPerson(phrase, word.lower, lowerDeterminer(phrase).replace(/^the\s+/, '')) })
        return
      }
      // "Dateline has traced the witness, now in her late forties, who asked not to be named": a
      // definite description a relative "who" follows is a person wherever it stands.
      // "the daughter of one of the patients, who asked not to be named": with its "of" phrase.
      const relative = /^(?<of>\s+of\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)?\s*(?:,[^,.;]{1,40})?,?\s*who(?:se|m)?\b/u.exec(text.slice(word.end))
      const acts = opens && (PERSON_VERBS.has(verb.lower) || STATE_VERBS.has(verb.lower))
      if (!acts && !relative) continue
      if (relative && !acts) {
        const of = relative.groups?.of ?? ''
        const phrase = `${sliceTokens(text, tokens, index, index + offset + 1)}${of}`
        const known = tracker.findByNoun(word.lower) ?? tracker.findByTitle(word.lower)
        const aside = relative[0]
        const gender = /\b(?:her|she)\b/.test(aside) ? ('female' as const) : /\b(?:his|he)\b/.test(aside) ? ('male' as const) : (PERSON_NOUNS[word.lower] ?? null)
        const withheld = namesWithheld(text.slice(word.end))
        // "A 16-year-old boy has told a jury… The boy, who cannot be named," keeps back the name
        // of the boy already met.
        const person = known ? (withheld ? tracker.withhold(known) : known) : { ...unnamedPerson(phrase, word.lower, lowerDeterminer(phrase).replace(/^the\s+/, '')), gender }
        if (!known && withheld) person.anonymity = 'withheld'
        mentions.push({ start: token.start, end: word.end + of.length, person })
        return
      }
      const phrase = sliceTokens(text, tokens, index, index + offset + 1)
      // "…by a civil servant in the unit, who spoke on condition of anonymity. The official was one
      // of four people who drafted the note": with nobody of that description, a definite subject
      // re-describes the protected source just met, as "the official said" does.
      const source = tracker.latestWithheld(PERSON_NOUNS[word.lower] ?? null)
      const person =
        tracker.findByNoun(word.lower) ??
        tracker.findByTitle(word.lower) ??
        tracker.findByDescription(word.lower) ??
        // "Luca is 10 … the boy thought about it": the child the copy has named.
        (word.lower === 'boy' || word.lower === 'girl' ? childAs(tracker.findChild(PERSON_NOUNS[word.lower] ?? null), PERSON_NOUNS[word.lower] ?? null) : undefined) ??
        (source?.anonymity === 'withheld' ? source : undefined) ??
        unnamedPerson(phrase, word.lower, lowerDeterminer(phrase).replace(/^the\s+/, ''))
      mentions.push({ start: token.start, end: word.end, person })
      return
    }
  })
  return mentions
}

/** Words that open a sentence or a name's context and are no given name: "In Rourke's view", "The Rourke family". */
const NOT_GIVEN = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'as', 'by', 'for', 'from', 'to', 'of', 'and', 'but', 'when', 'while', 'after', 'before', 'if', 'his', 'her', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'dear', 'young', 'old', 'little', 'big', 'saint', 'st', 'lake', 'mount', 'fort', 'port', 'new', 'north', 'south', 'east', 'west', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

/**
 * "Eamon Rourke has been telling his own story" when the story goes on to print "Mr Rourke": a
 * given name the lexicon does not know ("Eamon", "Siobhan") before a surname the copy uses with an
 * honorific is a person's full name.
 */
const findSurnamedNames: Finder = (text, tokens, tracker) => {
  if (tracker.surnames.size === 0) return []
  const mentions: Mention[] = []
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const [given, surname] = [tokens[index], tokens[index + 1]]
    if (!tracker.surnames.has(surname.text) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(given.text)) continue
    if (NOT_GIVEN.has(given.lower) || given.lower in HONORIFICS || RANK_PREFIXES.has(given.lower) || surname.start !== given.end + 1) continue
    // "Siobhan Rourke's" is hers too; "Mr Eamon Rourke" is read by the honorific finder.
    if (index > 0 && tokens[index - 1].lower.replace(/\.$/, '') in HONORIFICS) continue
    // "Adaeze Okafor KC": a name with letters after it is read whole by the finders after this one.
    if (/^\s+(?:KC|QC|MP|MSP|MEP|OBE|MBE|CBE)\b/.test(text.slice(surname.end))) continue
    mentions.push({ start: given.start, end: surname.end, person: tracker.findByName(`${given.text} ${surname.text}`) ?? namedPerson(`${given.text} ${surname.text}`) })
    index += 1
  }
  return mentions
}

/**
 * "His parents, Lorraine and Stuart Haddow,": two people who share the surname printed once, each
 * with it. One of the two must be a given name the lexicon knows ("Marks and Spencer" is a shop).
 */
const COUPLE = /\b(?<first>\p{Lu}\p{Ll}+)\s+and\s+(?<second>\p{Lu}\p{Ll}+)\s+(?<surname>\p{Lu}[\p{L}'’-]+)\b/gu

const findCouples: Finder = (text, _tokens, tracker) =>
  [...text.matchAll(COUPLE)].flatMap((match): Mention[] => {
    const { first = '', second = '', surname = '' } = match.groups ?? {}
    if ([first, second].some((word) => NOT_GIVEN.has(word.toLowerCase()) || word.toLowerCase() in HONORIFICS)) return []
    if (!isGivenName(first) && !isGivenName(second)) return []
    const at = match.index
    // "Lorraine Haddow and Stuart Haddow": a full name before "and" is no given name of the pair.
    const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(0, at))
    if (first === surname || (before && !NOT_GIVEN.has(before[1].toLowerCase()))) return []
    const secondAt = at + match[0].indexOf(second, first.length)
    const person = (given: string): Person => tracker.findByName(`${given} ${surname}`) ?? namedPerson(`${given} ${surname}`)
    return [
      { start: at, end: at + first.length, person: person(first) },
      { start: secondAt, end: at + match[0].length, person: person(second) },
    ]
  })

// Earlier finders win where two read the same words: an introduction says more than a description.
const FINDERS: Finder[] = [
  findCouples,
  findPseudonyms,
  findAskedNames,
  findPartialNames,
  findNamedAs,
  findAppositionNames,
  findAges,
  findNameThenDescription,
  findHonorifics,
  findRoleNames,
  // A description before a known name it contains: "a friend of Porter's" is the friend, and
  // "Dean Marsh's mother" is the mother.
  findDescriptions,
  findKin,
  findNamesWithWho,
  findKnownNames,
  findSurnamedNames,
  findDefiniteSubjects,
  findGivenNames,
  findGroups,
]

const TIME_NAME = /^(?:(?:On|By|Last|This|Next|Since|Until|Early|Late|Later|Earlier|In|That)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Afterwards|Later|Earlier)(?:\s+(?:morning|afternoon|evening|night))?$/

/** Returns the people and groups a piece of narrative mentions, in the order they appear. */
export function findMentions(text: string, tracker: PeopleTracker, tokens: Token[] = tokenize(text)): Mention[] {
  const accepted: Mention[] = []
  for (const finder of FINDERS) {
    for (const mention of finder(text, tokens, tracker)) {
      if (!accepted.some((other) => mention.start < other.end && other.start < mention.end)) accepted.push(mention)
    }
  }
  accepted.sort((a, b) => a.start - b.start)
  for (const mention of accepted) {
    if (!('person' in mention)) continue
    // "On Thursday, a police officer who took part in the operation, …": a time is nobody's name;
    // the description after it is the person.
    if (mention.person.anonymity === 'named' && TIME_NAME.test(mention.person.name) && mention.person.description) {
      const description = mention.person.description
      const start = text.indexOf(description, mention.start)
      mention.person = { ...mention.person, name: description, shortName: null, anonymity: 'unnamed', description: description.replace(/^(?:an?|the)\s+/i, '') }
      if (start >= 0) mention.start = start
    }
    const after = text.slice(mention.end, mention.end + 120)
    // "His daughter Amira, aged seven,", "a 15-year-old": an age however the copy gives it.
    if (mention.person.age === null) {
      // "Luca is 10, supports Reggina": a name opening its sentence on "is" and a number.
      const is = mention.person.anonymity === 'named' && /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(0, mention.start)) ? /^\s+is\s+(\d{1,2}|[a-z]+)(?=[,;.]|\s+and\b|\s+years\s+old\b)/.exec(after) : null
      const aged = /^,\s+aged\s+(\d{1,2}|[a-z]+)\b/i.exec(after) ?? is ?? /\b(\d{1,2}|[a-z]+)-year-old\b/i.exec(mention.person.description ?? mention.person.name)
      const age = aged ? numberOf(aged[1]) : -1
      if (age > 0) mention.person = { ...mention.person, age }
    }
    if (mention.person.anonymity !== 'named' || mention.person.name.includes(' ')) continue
    if (SURNAME_WITHHELD.test(after)) mention.person = { ...mention.person, anonymity: 'partial' }
  }
  // "Prosecuting, Sarah Whitlock KC said", "Daniel Oyelaran, defending, said": the side counsel
  // speaks for is their description, so "the prosecutor" later finds them.
  for (const mention of accepted) {
    if (!('person' in mention) || mention.person.anonymity !== 'named' || mention.person.description !== null) continue
    const side = SIDE_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start)) ?? SIDE_AFTER.exec(text.slice(mention.end, mention.end + 40))
    if (side) mention.person = { ...mention.person, description: /^defen/i.test(side[1]) ? 'for the defence' : 'for the prosecution' }
  }
  // "Her husband, Andriy, a schoolteacher, stayed": a description set off after a name is that
  // person described again, not somebody new.
  return accepted.filter((mention, index) => {
    const before = accepted[index - 1]
    if (!before || !('person' in before) || !('person' in mention)) return true
    // "Adaeze Okonkwo, 29, a hairdresser,", "Zbigniew, 68, a retired tractor mechanic,": an age may come between.
    if (mention.person.anonymity !== 'unnamed' || !/^,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?$/.test(text.slice(before.end, mention.start))) return true
    if (before.person.description === null || /^aged \d+$/.test(before.person.description)) before.person.description = mention.person.name
    return false
  })
}
