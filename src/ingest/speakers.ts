import { AGE_OF_MAJORITY, COMPANY_NOUN, DOCUMENT_PHRASE, NARRATOR_PRONOUNS, PERSON_NOUNS, type Gender } from './lexicon'
import { findMentions, isBodyName, isPersonNoun, lowerDeterminer, namedPerson, namesWithheld, type Mention, type PeopleTracker, type Person } from './people'
import { indefiniteArticle, isCapitalisedWord, tokenize } from './words'

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

/** Returns the gender a subject pronoun implies, or undefined when the word is no such pronoun. */
export function pronounGender(word: string): Gender | null | undefined {
  if (word.length > 4) return undefined
  const lower = word.toLowerCase()
  return lower in PRONOUNS ? PRONOUNS[lower] : undefined
}

// Words that open a clause placed before the subject: "Asked who the men were, Musa said",
// "Of the men who shelled the hospital, she said only", "Outside court, his sister said".
const FRONTED = /^(?:of|asked|outside|inside|speaking|standing|pressed|questioned|interviewed|later|earlier|afterwards|after|before|in|at|on|from|with|like|back|now|then|today|yesterday|last|when|while|as|for|during|sitting|holding|looking|pointing|shaking|smiling|weeping)\b/i

/** A document as the subject, with whose it is: "an email sent from his account", "Mr Hale's letter", "a note in her hand". */
const WRITING = /^(?:but\s+|and\s+)?(?:an?|the|one|another)?\s*(?:(?<owner1>[\p{Lu}][\p{L}'’-]+['’]s|his|her)\s+)?(?:\p{Ll}+\s+){0,2}(?:email|e-mail|letter|note|memo|message|text message|text|WhatsApp message|diary entry)\b(?:[^,]*?\b(?:from|by|in|on)\s+(?<owner2>his|her|[\p{Lu}][\p{L}'’-]+['’]s)\b)?/iu

/** Returns the subject of an attribution, without a clause fronted before it. */
function subjectOf(phrase: string): string {
  const cleaned = phrase
    .trim()
    .replace(/^(?:and|but|then|so)\s+/i, '')
    .replace(/,\s*$/, '')
    // "On Sunday he said", "Later she said": a time before a pronoun, with no comma.
    .replace(/^(?:(?:on|by|last|this|that|next)\s+\p{L}+|later|earlier|yesterday|today|afterwards|now|then)\s+(?=(?:he|she|they|we|i)$)/iu, '')
    // "Outside the courthouse she told reporters:": a place before a pronoun, with no comma.
    .replace(/^(?:outside|inside|at|in|from|after|behind|beside|near|back at|back in)\s+(?:the\s+)?[\p{L}'’ -]{1,40}?\s+(?=(?:he|she|they)$)/iu, '')
    // "He then said", "She later told us": an adverb after the subject is no part of it.
    .replace(/^(he|she|they|we|i)\s+(?:then|also|later|again|now|still|once|finally|only)$/i, '$1')
  // "Her voice breaking, she said", "Through an interpreter, he said": whatever comes before, a
  // pronoun after the last comma is the subject.
  const last = /,\s*(he|she|they|we|i)$/i.exec(cleaned)
  if (last) return last[1]
  const comma = cleaned.indexOf(',')
  // "Asked by the family's barrister, Joseph Kwarteng, why…, Sgt Hollins said", "In a statement
  // read by the chair, Rosalind Treece, Mr Archer said": who the fronted clause is "by" is not the
  // speaker; the name after its last comma is.
  const fronted = comma > 0 && (FRONTED.test(cleaned) || /^\p{Lu}\p{Ll}{2,}(?:ing|ed)\s/u.test(cleaned))
  const lastPart = cleaned.slice(cleaned.lastIndexOf(',') + 1).trim()
  if (fronted && /^[^,]*\bby\b/.test(cleaned) && cleaned.indexOf(',', comma + 1) > 0 && /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sgt|PC|DC|DI|Cllr)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*$/u.test(lastPart)) return lastPart
  // "In an email to managers in February, a month before Mr Whitlock's instruction, Ms Rasmussen
  // wrote": clauses fronted one after another; the honorific name after the last comma is the subject.
  if (fronted && cleaned.indexOf(',', comma + 1) > 0 && /^(?:Mr|Mrs|Ms|Miss|Dr|Sgt|PC|DC|DI|Cllr|Prof|Sir|Dame)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*$/u.test(lastPart)) return lastPart
  // "Opening the case for the prosecution, Caroline Dunmore KC said": a participle clause first.
  if (fronted) return subjectOf(cleaned.slice(comma + 1))
  return cleaned
}

/**
 * Returns who an attribution phrase ("she", "one", "a commander", "Mr Reyes", "the defendant's
 * barrister, Tom Reyes", "a harbour worker who gave his name only as Dev") means, as the tracker
 * knows them, or 'narrator' when the reporter is the one speaking.
 */
export function resolveSpeaker(phrase: string, appositive: string | null, tracker: PeopleTracker, aside = '', words = ''): Person | 'narrator' {
  // "In a statement read by the chair of governors, Rosalind Treece, Mr Archer said:": the reader
  // named in the fronted clause is met there, though not the speaker.
  const reader = /^[^,]*\bby\b(?<by>.*),[^,]+$/.exec(phrase.trim())
  if (reader?.groups && subjectOf(phrase) !== phrase.trim()) {
    for (const mention of findMentions(reader.groups.by, tracker)) if ('person' in mention) tracker.remember(mention.person)
  }
  const found = speakerOf(phrase, appositive, tracker, words)
  if (found === 'narrator') return found
  // "Opening the case for the prosecution, Rebecca Stansfield KC told the jury:", "Prosecuting,
  // Daniel Marsh said": the fronted clause says whose side they speak for.
  const side = /^(?:prosecuting\b|[^,]*\bfor the (?:prosecution|crown|defence)\b)/i.exec(phrase.trim())
  const person =
    side && found.description === null && found !== UNIDENTIFIED
      ? { ...found, description: /defence/i.test(side[0]) ? 'for the defence' : 'for the prosecution' }
      : found
  // "Speaking anonymously, a former employee said", "told Dateline on condition of anonymity:":
  // the attribution itself keeps the name back.
  if (person.anonymity === 'unnamed' && person !== UNIDENTIFIED && namesWithheld(`${phrase} ${aside}`)) return tracker.withhold(person) === person ? { ...person, anonymity: 'withheld' } : tracker.withhold(person)
  return person
}

/** "a small, steady voice tells the call-taker:", "a child's voice, breathless:": a voice heard on a recording. */
const VOICE = /(?:^|[,.]\s*|\b(?:and|but|then)\s+)(?<phrase>(?:an?|the)\s+(?:[\p{L}'’-]+,?\s+){0,3}voices?)(?:,\s*\p{Ll}+)?\s*:?\s*$/u
const CHILDLIKE = /\b(?:small|little|tiny|young|child['’]s|girl['’]s|boy['’]s|children['’]s)\b/i

/**
 * Returns whose voice a phrase that ends on one means, or null for any other phrase: a child's
 * (or a small one) is the child the story has named; any other, the person the copy is about.
 */
export function voiceOf(phrase: string, tracker: PeopleTracker): Person | null {
  const voice = VOICE.exec(phrase.trim())?.groups?.phrase
  if (!voice) return null
  const child = CHILDLIKE.test(voice) ? tracker.all().filter((person) => person.age !== null && person.age < AGE_OF_MAJORITY && person.anonymity !== 'unnamed').pop() : undefined
  return child ? tracker.current(child) : (tracker.latest() ?? null)
}

/** "Marta sings at the Casa…. The younger woman says": of the people the copy gives an age, the youngest (or oldest). */
export function theYoungerOrOlder(phrase: string, tracker: PeopleTracker): Person | undefined {
  const byAge = /^the (younger|older|elder) (woman|man|girl|boy)$/i.exec(phrase.trim())
  if (!byAge) return undefined
  const gender = PERSON_NOUNS[byAge[2].toLowerCase()] ?? null
  const aged = tracker.all().filter((person) => person.age !== null && (person.gender === null || person.gender === gender))
  const younger = byAge[1].toLowerCase() === 'younger'
  const found = aged.sort((a, b) => (younger ? (a.age ?? 0) - (b.age ?? 0) : (b.age ?? 0) - (a.age ?? 0)))[0]
  return found ? tracker.current(found) : undefined
}

function speakerOf(phrase: string, appositive: string | null, tracker: PeopleTracker, words: string): Person | 'narrator' {
  const heard = voiceOf(phrase, tracker)
  if (heard) return heard
  const subject = subjectOf(phrase)
  const lower = subject.toLowerCase()
  // ""Will you pay any of the rent back?" I ask.": the reporter's own words, however the verb follows.
  if (NARRATOR_PRONOUNS.has(lower) || NARRATOR_PRONOUNS.has(lower.split(/\s+/)[0]) && /^\S+\s+(?:ask|asked|say|said|tell|told|put it to him|put it to her)$/.test(lower)) return 'narrator'
  const gender = pronounGender(lower)
  if (gender !== undefined) {
    // ""Mr Dick read those messages…," he said": whoever the words speak of by name, in the third
    // person, is not the "he" who says them.
    const avoid = tracker.all().filter((person) => spokenOf(words, person))
    const options = { preferSpeakers: /^asked\b/i.test(phrase.trim()), avoid, person: lower === 'they' }
    // "It was Mr Dacanay's group that found the last survivor, a 71-year-old man. / "He was under
    // a door," he said": the "he" of the words is the man just found, who has not spoken; the "he"
    // who says them is the one who has.
    if (gender !== null && new RegExp(`^${lower}\\b`, 'i').test(words.trim())) {
      const about = tracker.resolvePronoun(gender, { ...options, learn: false })
      const other = about && about.anonymity === 'unnamed' && !tracker.hasSpoken(about) ? tracker.resolvePronoun(gender, { ...options, learn: false, avoid: [...avoid, about] }) : undefined
      if (other && tracker.hasSpoken(other)) return other
    }
    return tracker.resolvePronoun(gender, options) ?? UNIDENTIFIED
  }
  if (lower === 'one') return oneOfGroup(tracker)
  // "But an email sent from his parliamentary account…, which Dateline has seen, reads:": a
  // document's words are its writer's, the person its possessive names.
  const document = WRITING.exec(subject)
  if (document?.groups) {
    const owner = document.groups.owner1 ?? document.groups.owner2 ?? ''
    const writer = !owner ? undefined : /^(?:his|her)$/i.test(owner) ? tracker.resolvePronoun(owner.toLowerCase() === 'his' ? 'male' : 'female', { learn: false }) : tracker.findByName(owner.replace(/['’]s$/, ''))
    if (writer) return writer
  }
  // "…, said in a statement that it was "deeply saddened". / "…," the statement said.": the
  // statement is its maker's words.
  if (/^the statement$/i.test(subject) && tracker.statement) return tracker.statement
  // "…," the council's statement said: the body of that noun the copy has had speak.
  const bodyStatement = /^the\s+(\p{Ll}+)['’]s\s+(?:statement|letter|response|reply)$/iu.exec(subject)
  const ofBody = bodyStatement ? tracker.findBodyByNoun(bodyStatement[1]) : undefined
  if (ofBody) return ofBody
  // "The memo, dated 14 March…. It warns that…": a document met in this paragraph or the last.
  const metDocument = tracker.document && tracker.document.paragraph >= tracker.paragraph - 2 ? tracker.document.name : null
  if (/^it$/i.test(subject) && metDocument) return { ...UNIDENTIFIED, name: metDocument, anonymity: 'named' }
  // "In a statement it said:": the organisation the narrative last had speak.
  // "In a statement, Banksia Grove Care said: "…" / It said it would "cooperate fully"": the body whose statement it was.
  if (/^it$/i.test(subject) && tracker.statement && (isBodyName(tracker.statement) || tracker.statement.gender === null)) return tracker.statement
  if (/^(?:in a statement,?\s+)?it$/i.test(subject) && tracker.body) return { ...UNIDENTIFIED, name: tracker.body, anonymity: 'named' }

  // "said one resident, Joan Smith, 68" / "said Joan Smith's husband, Peter": the name in the
  // appositive is the speaker, and the phrase before it their description.
  const apposedName = appositive ? APPOSITIVE_NAME.exec(appositive) : null
  if (apposedName?.groups && !/^\p{Lu}/u.test(subject.replace(/^(?:One|A|An|The|His|Her|Their|Another)\b/, ''))) {
    const name = apposedName.groups.name
    const age = apposedName.groups.age ? Number(apposedName.groups.age) : null
    const described = lowerDeterminer(subject).replace(/^one\s+/, (word) => `${indefiniteArticle(subject.split(/\s+/)[1] ?? '')} `)
    return tracker.findByName(name) ?? namedPerson(name, { description: described, age })
  }
  if (apposedName?.groups && /['’]s\s+\p{Ll}+$/u.test(subject)) {
    const name = apposedName.groups.name
    return tracker.findByName(name) ?? namedPerson(name, { description: subject })
  }
  // "the 45-year-old said": the person of that age the copy has met.
  const aged = /^the\s+(\d{1,3})-year-old\b/i.exec(subject)
  if (aged) {
    const ofThatAge = tracker.findByAge(Number(aged[1]))
    if (ofThatAge) return ofThatAge
    // "Owen was sitting… / "…," the 10-year-old said": the person just met, whose age this tells.
    const latest = tracker.latest()
    if (latest && latest.age === null && latest.anonymity !== 'unnamed') return { ...latest, age: Number(aged[1]) }
    return latest ?? UNIDENTIFIED
  }
  // "said the woman, who would only be identified by her first name, Maria".
  const partial = appositive ? findMentions(`${subject}, ${appositive}`, tracker).find((found) => 'person' in found && found.person.anonymity === 'partial') : undefined
  if (partial && 'person' in partial) return partial.person
  const person = fromPhrase(subject, tracker)
  if (!appositive) return person
  // "said Lena Vogel, 17": the age in apposition.
  const agedAppositive = /^(?:aged\s+)?(\d{1,3})\b/.exec(appositive)
  if (agedAppositive && person.age === null) {
    return { ...person, age: Number(agedAppositive[1]), description: person.description ?? `aged ${agedAppositive[1]}` }
  }
  // "says Anna, not her real name": the appositive can say the name is the newsroom's.
  if (/\b(?:not (?:her|his|their) real name|(?:name|names) (?:has|have) been changed)\b/i.test(appositive)) {
    return { ...person, anonymity: 'pseudonym', description: person.description }
  }
  // "said one girl, who asked not to be named": the appositive can withhold the name.
  if (namesWithheld(appositive)) {
    return { ...person, anonymity: 'withheld' }
  }
  return person.description === null ? { ...person, description: appositive } : person
}

/** True when a quote names the person as one names someone else: in full, or by honorific and surname. */
function spokenOf(words: string, person: Person): boolean {
  if (person.anonymity !== 'named' || !person.shortName) return false
  // ""Elsie came off the pitch last week and told me…," she says": a person the copy names by
  // given name alone, spoken of in the third person (not called to: "Elsie, come here").
  const alone = !person.shortName.includes(' ')
  const surname = person.shortName.split(/\s+/).pop() ?? ''
  const forms = alone ? [person.shortName] : [person.shortName, ...['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'].map((honorific) => `${honorific} ${surname}`)]
  const after = alone ? String.raw`(?![\p{L}'’])(?!\s*[,!?])` : String.raw`(?![\p{L}])`
  return forms.some((form) => new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${after}`, 'u').test(words))
}

// "one told us" after "The soldiers we met…": a member of the last group the copy described.
function oneOfGroup(tracker: PeopleTracker): Person {
  const group = tracker.group()
  if (!group) return { ...UNIDENTIFIED, name: 'one' }
  return {
    name: `one of the ${group.plural}`,
    shortName: null,
    description: group.singular,
    noun: group.singular,
    gender: PERSON_NOUNS[group.singular] ?? null,
    anonymity: group.withheld ? 'withheld' : 'unnamed',
    age: null,
  }
}

/** "the barrister said": counsel of either side, as the court report printed them. */
const COUNSEL_NOUNS = new Set(['barrister', 'counsel', 'advocate', 'solicitor'])

// "the employee, who asked not to be named": a definite description points back to someone met.
const DEFINITE = /^(?:the|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}?(?<noun>[\p{L}]+)(?=\s*(?:,|$|\s+who\b))/iu

/** Descriptions a writer gives someone already named, instead of their name: "the mother of three". */
const EPITHET = /^the\s+(?:(?:grieving|young|elderly|former|retired)\s+)?(?<noun>mother|father|grandmother|grandfather|widow|widower|grandparent|parent)(?:\s+of\s+(?:\w+))?$/i

const APPOSITIVE_NAME = /^(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|bin|ibn|de|van|von|da|di|du|el|la|le|dos|das)\s+)?\p{Lu}[\p{L}'’-]+){0,3})(?:\s*,\s*(?:aged\s+)?(?<age>\d{1,3}))?(?:\s*,.*)?$/u

const NAME_THEN_POST =
  /^(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|bin|ibn|de|van|von|da|di|du|el|la|le|dos|das)\s+)?\p{Lu}[\p{L}'’-]+){1,3}),\s+(?<post>\p{Ll}[\p{L}'’-]*\s+(?:of|at|for)\s+[^,]+)$/u

const APPOSED_NAME =
  /^(?<description>(?:The|the|His|his|Her|her|Its|its|Their|their|Our|our)\s+[^,]{1,100}),\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u

/** A document speaking for itself, as the copy introduces it: "A briefing note prepared for the board…". */
const DOCUMENT_SUBJECT = new RegExp(String.raw`^(?:a|an|the)\s+${DOCUMENT_PHRASE}`, 'i')

const IS_COMPANY_NOUN = new RegExp(String.raw`^${COMPANY_NOUN}$`, 'i')
const THE_COMPANY = new RegExp(String.raw`^the\s+${COMPANY_NOUN}$`, 'i')

function fromPhrase(written: string, tracker: PeopleTracker): Person {
  // "Glenmorvie Council, which runs the school,": the speaker, not the relative clause after it.
  const phrase = written.replace(/,\s*which\s[^,]*$/s, '')
  // "A briefing note prepared for the company's board in October, headed…": the document, as a reader would call it.
  const document = DOCUMENT_SUBJECT.exec(phrase.trim())
  if (document?.groups) return { ...UNIDENTIFIED, name: `the ${document.groups.document.toLowerCase()}`, anonymity: 'named' }
  // "Mr Price's family said:": a family's statement, on the record, as the copy names it.
  if (/^(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?['’]s\s+family$/u.test(phrase.trim())) return { ...UNIDENTIFIED, name: phrase.trim(), anonymity: 'named' }
  // "The Department of Education said…. A spokesperson for the department said:": for the body met by its noun.
  const forBody = /^an?\s+(spokes(?:person|man|woman))\s+for\s+the\s+(\p{Ll}+)$/iu.exec(phrase.trim())
  if (forBody && tracker.body && new RegExp(`\\b${forBody[2]}\\b`, 'i').test(tracker.body) && /^the\s+\p{Lu}/u.test(tracker.body)) {
    return { ...UNIDENTIFIED, name: `a ${forBody[1].toLowerCase()} for ${tracker.body}`, anonymity: 'named' }
  }
  // "…operated by Golden Wave Shipping Lines…. A spokesman for the company said": for the business named.
  if (forBody && IS_COMPANY_NOUN.test(forBody[2]) && tracker.company) return { ...UNIDENTIFIED, name: `a ${forBody[1].toLowerCase()} for ${tracker.company}`, anonymity: 'named' }
  if (THE_COMPANY.test(phrase.trim()) && tracker.company) return { ...UNIDENTIFIED, name: tracker.company, anonymity: 'named' }
  // "Secours Atlas, a local aid group,": a body's name, then what kind of body it is.
  const namedBody = /^(?<body>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’-]*)*),\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}(?:group|charity|organisation|organization|association|union|campaign|network|company|firm|operator|agency|body|trust|coalition|alliance|society|foundation|institute|movement|collective)$/u.exec(phrase.trim())
  if (namedBody?.groups) return { ...UNIDENTIFIED, name: namedBody.groups.body, anonymity: 'named' }
  // "The state's aged care regulator, the Care Standards Commission,": the body its name says.
  const apposedBody = /^(?:the|a|an|\p{Lu}[\p{L}'’-]*['’]s)\s[^,]+,\s+(?:the\s+)?(?<body>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|on|in|&)\s+)?\p{Lu}[\p{L}'’-]*)+)$/iu.exec(phrase.trim())
  if (apposedBody?.groups && /\b(?:Commission|Council|Authority|Agency|Trust|Service|Office|Ministry|Department|Board|Police|Inspectorate|Regulator|Ombudsman|Company|Group|Limited|Ltd|Association|Federation|Union|Court|Tribunal)$/.test(apposedBody.groups.body)) {
    return { ...UNIDENTIFIED, name: apposedBody.groups.body, anonymity: 'named' }
  }
  // "Chile's national police, the Carabineros,": a force or service named in one word after what it is.
  const apposedForce = /^(?:the|\p{Lu}[\p{L}'’-]*['’]s)\s(?:[\p{L}'’-]+\s){0,3}(?:police|force|army|navy|guard|gendarmerie|militia|service|ministry|regulator|inspectorate|agency)\s*,\s+the\s+(?<body>\p{Lu}[\p{L}'’-]+)$/u.exec(phrase.trim())
  if (apposedForce?.groups) return { ...UNIDENTIFIED, name: `the ${apposedForce.groups.body}`, anonymity: 'named' }
  // "Nomvula Dlamini, chairwoman of the Tembisa Residents' Water Forum,": a name, then the post
  // it holds, with no article before it.
  const nameThenPost = NAME_THEN_POST.exec(phrase.trim())
  if (nameThenPost?.groups && isPersonNoun(nameThenPost.groups.post.split(/\s+/)[0].toLowerCase())) {
    const name = nameThenPost.groups.name
    return tracker.findByName(name) ?? namedPerson(name, { description: nameThenPost.groups.post })
  }
  // The phrase is read as the sentence prints it, its closing comma back: "Lena Vogel, 17,".
  const found = findMentions(`${phrase},`, tracker).filter((candidate): candidate is Mention & { person: Person } => 'person' in candidate)
  const mention = found[0]
  // "One survivor, a 34-year-old teacher named Hana Kovac": a name set off after the description
  // is the speaker's, the description theirs ("a friend of Porter's" is still the friend).
  const named = found.find(
    (candidate) =>
      candidate !== mention &&
      candidate.person.anonymity !== 'unnamed' &&
      /^\s*,/.test(phrase.slice(mention.end, candidate.start)) &&
      !/^['’]s?\b/.test(phrase.slice(candidate.end)),
  )
  if (mention && named && mention.person.anonymity === 'unnamed') {
    return named.person.description === null ? { ...named.person, description: mention.person.description } : named.person
  }
  if (mention) return widenUnnamed(mention.person, phrase, mention.start)

  // "Wiping away tears, the mother of three said": an epithet for the person the story is about.
  const epithet = EPITHET.exec(phrase.trim())
  if (epithet) {
    const noun = epithet.groups?.noun?.toLowerCase() ?? ''
    const known = tracker.findByNoun(noun) ?? tracker.resolvePronoun(PERSON_NOUNS[noun] ?? null, { learn: false })
    if (known) return known
  }
  // "the pupil's mother" after "A 15-year-old pupil… Her mother said": kin met again through
  // the description of the person they are kin to.
  const kinOf = /^the\s+(?<of>\p{Ll}+)['’]s\s+(?<kin>\p{Ll}+)$/u.exec(phrase.trim())
  if (kinOf?.groups && isPersonNoun(kinOf.groups.kin) && tracker.findByDescription(kinOf.groups.of)) {
    const kin = tracker.findByNoun(kinOf.groups.kin)
    if (kin && /^(?:his|her|their)\s/.test(kin.name)) return kin
  }
  const byAge = theYoungerOrOlder(phrase, tracker)
  if (byAge) return byAge
  const definite = DEFINITE.exec(phrase)
  const noun = definite?.groups?.noun?.toLowerCase() ?? ''
  if (definite && isPersonNoun(noun)) {
    // "the civil servant", "the surgeon": whoever the copy described so, or else, as a reader
    // takes "the father of three said", the person the paragraph is about.
    // "A former colleague of Lyle's, giving evidence from behind a screen, said… "…," the witness
    // said": with nobody of that description, a definite description re-describes the unnamed
    // person just met.
    // "…, Ms Moss agreed… "No," the witness replied": in court, the witness is whoever was last
    // giving evidence, not counsel questioning them.
    // "the defendant said" is the accused (not "the defendant's barrister", whose description has
    // the word); "the prosecutor said" is counsel printed "Prosecuting,".
    const accused = noun === 'defendant' || noun === 'accused' ? tracker.findAccused() : undefined
    const witness =
      noun === 'witness' ? tracker.latestWitness()
      : noun === 'prosecutor' ? tracker.findBySide('prosecution')
      : COUNSEL_NOUNS.has(noun) ? tracker.findCounsel()
      : undefined
    // "…the official said", paragraphs after "a civil servant in the unit, who spoke on condition
    // of anonymity": a protected source met again by another noun, however far on.
    const known =
      // "Judge Gwenllian Morse…. "…," the judge said": the person printed with that title.
      accused ?? tracker.findByNoun(noun) ?? tracker.findByDescription(noun) ?? witness ?? tracker.findByTitle(noun) ?? tracker.latestUnnamed(PERSON_NOUNS[noun] ?? null) ?? tracker.latestWithheld(PERSON_NOUNS[noun] ?? null)
    const withheld = namesWithheld(phrase)
    if (known) return withheld ? { ...known, anonymity: known.anonymity === 'named' ? known.anonymity : 'withheld' } : known
    return {
      ...UNIDENTIFIED,
      name: lowerDeterminer(definite[0].trim()),
      description: noun,
      noun,
      gender: PERSON_NOUNS[noun] ?? null,
      anonymity: withheld ? 'withheld' : 'unnamed',
    }
  }
  // "Police said in a statement": the police, as a sentence prints them mid-way.
  if (/^(?:the\s+)?police$/i.test(phrase.trim())) return { ...UNIDENTIFIED, name: 'police', anonymity: 'named' }
  const words = tokenize(phrase).map((token) => token.text)
  // "The Kennet Vale Learning Trust": a body's article is the sentence's capital, not its name's.
  if (words.length > 0 && words.every(isCapitalisedWord)) return tracker.findByName(phrase) ?? namedPerson(/^The\s/.test(phrase) && words.length > 2 ? lowerDeterminer(phrase) : phrase)
  // "The regional prefect, Jacques Morel": a speech verb makes any described name a person.
  const apposed = APPOSED_NAME.exec(phrase)
  if (apposed?.groups) {
    const name = apposed.groups.name
    return tracker.findByName(name) ?? namedPerson(name, { description: lowerDeterminer(apposed.groups.description) })
  }
  // "The Environment Agency said…. In a statement, the agency said:": the body met again by its noun.
  const bodyNoun = /^the\s+(\p{Ll}+)$/iu.exec(phrase.trim())
  // "In a statement, Northmoor and Wendale NHS Trust said…. The trust added:": the body whose statement it is.
  const statement = tracker.statement
  if (bodyNoun && statement && new RegExp(`\\b${bodyNoun[1]}$`, 'i').test(statement.name) && statement.name.toLowerCase() !== phrase.trim().toLowerCase()) return statement
  if (bodyNoun && tracker.body && new RegExp(`\\b${bodyNoun[1]}$`, 'i').test(tracker.body) && tracker.body.toLowerCase() !== phrase.trim().toLowerCase()) {
    return { ...UNIDENTIFIED, name: tracker.body, anonymity: 'named' }
  }
  // "His department said in a statement": a body speaking on the record, not an anonymous person.
  // "The Kennet Vale Learning Trust, which runs Oakhurst Academy,": the body, not its relative clause.
  if (/^(?:the|his|her|its|their|our)\s/i.test(phrase)) return { ...UNIDENTIFIED, name: lowerDeterminer(phrase), anonymity: 'named' }
  // "a former client who asked not to be named": described, and perhaps kept back, by the phrase itself.
  const described = /^(?:a|an|one)\s/i.test(phrase) ? phrase.split(/,|\s+who\s+|\s+whose\s+/)[0].trim() : null
  if (described) {
    const name = lowerDeterminer(described)
    return { ...UNIDENTIFIED, name, description: name.replace(/^(?:a|an|one)\s+/, ''), anonymity: namesWithheld(phrase) ? 'withheld' : 'unnamed' }
  }
  // "Northmoor and Wendale NHS Trust", "Department for Business and Trade": a body's name as printed.
  if (/^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for|the|on|in|&)\s+)?\p{Lu}[\p{L}'’-]*)+$/u.test(phrase.trim())) return { ...UNIDENTIFIED, name: phrase.trim(), description: null, anonymity: 'named' }
  return { ...UNIDENTIFIED, name: lowerDeterminer(phrase), description: null }
}

/**
 * An unnamed speaker is shown as the copy describes them in the attribution: "a resident of the
 * neighbouring block", "a spokeswoman for Severn Vale Water", not only "a resident".
 */
function widenUnnamed(person: Person, phrase: string, start: number): Person {
  if (person.anonymity !== 'unnamed' && person.anonymity !== 'withheld') return person
  if (person.name.includes(' calling ') || start !== 0) return person
  const whole = phrase.split(/,|\s+who\s+|\s+whose\s+/)[0].trim()
  const name = lowerDeterminer(whole)
  if (name.length <= person.name.length || !name.startsWith(person.name)) return person
  return { ...person, name, description: name.replace(/^(?:a|an|one)\s+/, '') }
}
