import { namesInQuote } from './names'
import { findMentions, isBodyName, isPersonNoun, lowerDeterminer, namedPerson, namesWithheld, PeopleTracker, type Person } from './people'
import { assessQuote, escapeRegExp, GIVES_EVIDENCE, readAccusation, readCase, readClaim, readLeak, readShielded } from './sensitivity'
import { splitSentences } from './sentences'
import { pronounGender, resolveSpeaker, theYoungerOrOlder, UNIDENTIFIED, voiceOf } from './speakers'
import { attributeSpan, findQuotedSpans, joinSpans, leavesQuoteOpen, type Attribution, type QuotedSpan } from './spans'
import { SENSITIVITY_REASONS, type ExtractedQuote, type SensitivityReason } from './types'
import { tokenize } from './words'
import { AGE_OF_MAJORITY, COMPANY_NOUN, COMPANY_WORD, DOCUMENT_PHRASE } from './lexicon'

/** How many narrative paragraphs before a quote can still say whom it is about. */
const MAX_LEAD_IN_RUN = 3

type SpokenSpan = { span: QuotedSpan; speaker: Person; reported?: boolean }

/**
 * Returns the quoted speech of the story's narrative paragraphs (captions left out), each with
 * its speaker and sensitivity. `journalists` are the story's own people: never third parties.
 */
export function extractQuotes(paragraphs: string[], journalists: string[], headline = ''): ExtractedQuote[] {
  const tracker = new PeopleTracker(journalists)
  // "Mr Rourke", "Ms Papadakis": surnames the copy prints after an honorific, anywhere in it.
  for (const paragraph of paragraphs) for (const match of paragraph.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu)) tracker.surnames.add(match[1])
  const liveCase = readCase(paragraphs)
  const leak = readLeak(paragraphs)
  const claim = readClaim(paragraphs)
  const accusation = readAccusation(headline ? [headline, ...paragraphs] : paragraphs)
  const shielded = readShielded(paragraphs)
  tracker.accused = liveCase.active ? liveCase.accused : []
  const children = childrenOfTheStory(paragraphs)
  // "eight-year-old's 112 call saved Clare farmer's life": a story whose headline is a child's.
  const childAge = CHILD_HEADLINE.exec(headline)
  const age = childAge ? numberOf(childAge[1] ?? childAge[2]) : -1
  const childStory = age >= 0 && age < AGE_OF_MAJORITY
  const quotes: ExtractedQuote[] = []
  const people: Person[] = []
  // Whoever the copy has met giving evidence: their words are the court's wherever printed.
  const witnesses = new Set<string>()
  // An inquest's witnesses are read by the inquest rules (what caused the death, the coroner's words).
  const inquest = paragraphs.some((paragraph) => /\b(?:inquest|coroner)\b/i.test(paragraph))
  let lastQuoteParagraph = -1
  // "In his first interview since the claims emerged, he insists…": the story is an interview.
  // "…the last of the old fado voices talks about censorship", "spent two days with her": a profile is an interview too.
  const interview = paragraphs.slice(0, 2).some((paragraph) => INTERVIEW.test(paragraph)) || INTERVIEW.test(headline)

  // The speaker of a quote a paragraph leaves open: the next paragraph's opening quote is theirs.
  let continuing: Person | null = null
  // Reasons of the utterance a continued paragraph belongs to: one account, one legal read.
  let continuingReasons: SensitivityReason[] = []
  // The first person of each gender the copy names: in a story about "a 13-year-old girl", the
  // first girl or woman it names, with no age or adult description of her own, is that child.
  const firstNamed: Partial<Record<'female' | 'male' | 'any', Person>> = {}
  paragraphs.forEach((paragraph, index) => {
    tracker.paragraph = index
    const open = leavesQuoteOpen(paragraph, paragraphs[index + 1])
    const spoken = readParagraph(paragraph, tracker, continuing, open, index > 0 ? paragraphs[index - 1] : null)
    if (liveCase.active && !inquest) for (const name of witnessesIn(paragraph, tracker)) witnesses.add(name)
    for (const person of tracker.all()) {
      if (person.anonymity !== 'named' || journalists.includes(person.name)) continue
      if (interview && !isBodyName(person)) tracker.interviewee ??= person
      firstNamed.any ??= person
      if (person.gender !== null) firstNamed[person.gender] ??= person
    }
    const carried = continuing !== null && spoken[0]?.span.start === 0 ? continuingReasons : []
    continuing = open ? (spoken[spoken.length - 1]?.speaker ?? null) : null
    if (spoken.length === 0) return
    const leadIn = index > 0 ? paragraphs[index - 1] : null
    const leadOut = paragraphs[index + 1] ?? null
    const leadInRun = paragraphs.slice(Math.max(lastQuoteParagraph + 1, index - MAX_LEAD_IN_RUN), index)
    lastQuoteParagraph = index

    const runs = runsBySpeaker(spoken)
    for (const run of runs) {
      const speaker = asChildOfTheStory(tracker.current(run[0].speaker), childrenNamed(children, tracker), firstNamed, tracker)
      const text = joinSpans(run.map(({ span }) => span.inner))
      const known = tracker.all().filter((person) => person.anonymity === 'named' || person.anonymity === 'partial')
      // Someone named only inside the quote ("They were Abu Tira's men") is a third party too.
      const quoted = namesInQuote(text)
        .filter((name) => !known.some((person) => person.shortName !== null && name.includes(person.shortName)))
        .map((name) => namedPerson(name))
      const thirdParties = [...known, ...quoted].filter(
        (person) => person.name !== speaker.name && !journalists.some((journalist) => journalist === person.name || journalist === person.shortName),
      )
      const knownMinors = thirdParties.map((person) => asChildOfTheStory(person, childrenNamed(children, tracker), firstNamed, tracker)).filter((person) => person.age !== null && person.age < AGE_OF_MAJORITY)
      const aboutChild = childStory && speaksOfChild(text, knownMinors, speaker, tracker)
      // Words quoted inside reported speech are read as the sentence reporting them says them:
      // "she saw "a lad in a grey hoodie" throw a bottle" is an account of the incident.
      // "Luca's mother, Rosaria, said they were tired of "rumours in the piazza"": the name in
      // the speaker's own description says who speaks, not what the words are about.
      const owner = /^\p{Lu}\p{Ll}+['’]s\s+\p{Ll}+$/u.test(speaker.description ?? '') ? (speaker.description ?? '') : null
      const sentence = run[0].reported ? sentenceAround(paragraph, run[0].span) : text
      const read = run[0].reported && owner ? sentence.replace(owner, owner.replace(/^\p{Lu}\p{Ll}+['’]s/u, 'the')) : sentence
      const assessed = assessQuote({ text: read, speaker, paragraph, leadIn, leadInRun, thirdParties, liveCase, knownMinors, aboutChild, leak, leadOut, claim, accusation, shielded, courtWitness: witnesses.has(speaker.name) })
      const reasons = run === runs[0] && carried.length > 0 ? SENSITIVITY_REASONS.filter((reason) => assessed.includes(reason) || carried.includes(reason)) : assessed
      continuingReasons = reasons
      people.push(speaker)
      quotes.push({
        text,
        speaker: {
          name: speaker.name,
          description: speaker.description,
          isAnonymous: speaker.anonymity !== 'named',
          anonymity: speaker.anonymity,
        },
        context: leadIn ? `${leadIn}\n\n${paragraph}` : paragraph,
        sensitive: reasons.length > 0,
        reasons,
        ...(run[0].reported ? { reported: true } : {}),
      })
    }
  })
  // "…," said a woman. / She did not want to give her name.": a source whose name the copy keeps
  // back after her words is a protected source for them too.
  return quotes.map((quote, index) => {
    const now = tracker.current(people[index])
    if (now.anonymity === people[index].anonymity || (now.anonymity !== 'withheld' && now.anonymity !== 'pseudonym')) return quote
    const reasons = SENSITIVITY_REASONS.filter((reason) => reason === 'anonymous_source' || quote.reasons.includes(reason))
    return { ...quote, speaker: { ...quote.speaker, anonymity: now.anonymity, isAnonymous: true }, sensitive: true, reasons }
  })
}

const INTERVIEW = /\binterview\b|\btalks (?:to (?:Dateline|us)|about)\b|\bspent (?:\p{L}+ ){0,3}(?:days?|hours?|weeks?|an afternoon|a morning|an evening) with (?:her|him)\b/iu

/** Returns the sentence of the paragraph a span stands in, its quote marks taken off. */
function sentenceAround(paragraph: string, span: QuotedSpan): string {
  let start = 0
  for (const sentence of splitSentences(paragraph)) {
    const at = paragraph.indexOf(sentence, start)
    start = at + sentence.length
    if (at <= span.start && span.end <= start) return sentence.replace(/["“”]/g, '')
  }
  return span.inner
}

/**
 * Returns the names of the people a paragraph's narrative shows giving evidence: "Declan Morrow, a
 * gas engineer, told the jury…", "Ms Lal … wept as she gave evidence". A sentence naming them by
 * full name, surname or honorific counts; the court's own people (counsel, the judge) are covered
 * by their roles already.
 */
function witnessesIn(paragraph: string, tracker: PeopleTracker): string[] {
  const narrative = paragraph.replace(/["“][^"”]*["”]/g, ' ')
  const sentences = splitSentences(narrative).filter((sentence) => GIVES_EVIDENCE.test(sentence))
  if (sentences.length === 0) return []
  return tracker
    .all()
    .filter((person) => person.anonymity === 'named' || person.anonymity === 'partial')
    .filter((person) =>
      [person.name, person.shortName].some(
        (name) => name && sentences.some((sentence) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(sentence)),
      ),
    )
    .map((person) => person.name)
}

const CHILD_KIN: Record<string, 'female' | 'male'> = {
  daughter: 'female', granddaughter: 'female', niece: 'female', girl: 'female', schoolgirl: 'female', stepdaughter: 'female',
  son: 'male', grandson: 'male', nephew: 'male', boy: 'male', schoolboy: 'male', stepson: 'male',
}
const AGE_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen']
/** A child's age as the copy prints it before "-year-old": "12", "eight". */
const CHILD_YEARS = String.raw`\d{1,2}|${AGE_WORDS.slice(1).join('|')}`
const CHILD_AGE = new RegExp(String.raw`\b(${CHILD_YEARS})-year-old\s+(daughter|granddaughter|niece|girl|schoolgirl|son|grandson|nephew|boy|schoolboy)\b|\b(Girl|Boy|Schoolgirl|Schoolboy),\s+(\d{1,2})\b`, 'g')
/** "eight-year-old's 112 call saved…", "Girl, 12, hid behind…": a headline about a child. */
const CHILD_HEADLINE = new RegExp(String.raw`\b(${CHILD_YEARS})-year-old\b|\b(?:Girl|Boy|Schoolgirl|Schoolboy),\s+(\d{1,2})\b`, 'i')

/**
 * Returns the ages of the children the story describes without a name, by gender: "A 12-year-old
 * girl hid behind the counter", "Girl, 12, hid…" in a headline.
 */
const numberOf = (word: string): number => (/^\d+$/.test(word) ? Number(word) : AGE_WORDS.indexOf(word.toLowerCase()))

function childrenOfTheStory(paragraphs: string[]): Partial<Record<'female' | 'male', number>> {
  const found: Partial<Record<'female' | 'male', number>> = {}
  for (const match of paragraphs.join('\n').matchAll(CHILD_AGE)) {
    const age = numberOf(match[1] ?? match[4])
    const gender = CHILD_KIN[(match[2] ?? match[3]).toLowerCase()]
    if (age < AGE_OF_MAJORITY && found[gender] === undefined) found[gender] = age
  }
  return found
}

/**
 * In a story whose headline is a child's, words of someone else that call the child by name
 * ("You're doing brilliantly, Aoibhinn"), speak of "a child", or open on the pronoun that stands
 * for the child ("She's a quiet child"): what the child did and is, told by those who know them.
 */
function speaksOfChild(text: string, minors: Person[], speaker: Person, tracker: PeopleTracker): boolean {
  const children = minors.filter((person) => person.anonymity === 'named' || person.anonymity === 'partial')
  // A council's or a school's statement naming the child is the body's reply, not an account of them.
  if (children.length === 0 || isBodyName(speaker) || (speaker.age !== null && speaker.age < AGE_OF_MAJORITY)) return false
  const given = (person: Person): string => (person.shortName ?? person.name).split(/\s+/)[0]
  if (children.some((child) => new RegExp(`(?<![\\p{L}])${escapeRegExp(given(child))}(?![\\p{L}])`, 'u').test(text))) return true
  // "the little girl", "a child that age": a particular child; "no child should see that" is any child.
  if (/\b(?:the|that)\s+(?:(?!no\b|any\b|every\b)\p{Ll}+\s+)?(?:child|girl|boy)\b|\ba child (?:that|her|his) age\b/iu.test(text)) return true
  // "When we came through the door she was still going": the child is the she, unless the copy
  // has met someone else known to be a she (or he) who fits better.
  const pronoun = /\b(she|he)\b/i.exec(text)
  const gender = pronoun ? pronounGender(pronoun[1].toLowerCase()) : undefined
  if (!gender) return false
  const meant = tracker.resolvePronoun(gender, { learn: false, avoid: [speaker] })
  if (!meant) return false
  if (children.some((person) => tracker.current(person) === tracker.current(meant))) return true
  // "When Rachel and Tom Brennan collected their daughter…": the child met by kinship, not name.
  if (meant.anonymity === 'unnamed' && meant.noun !== null && CHILD_KIN[meant.noun] === gender) return true
  return (meant.gender === null || meant.genderGuessed === true) && children.some((person) => tracker.current(person).gender === gender)
}

/**
 * "The boy, whose name Dateline is not publishing": a child whose name the copy keeps back is not
 * the named son ("Mr Karim's son, Imran") of the same gender; only children it may name are.
 */
function childrenNamed(children: Partial<Record<'female' | 'male', number>>, tracker: PeopleTracker): Partial<Record<'female' | 'male', number>> {
  const kept = tracker.all().filter((person) => person.anonymity === 'withheld' && person.noun !== null && CHILD_KIN[person.noun] !== undefined)
  if (kept.length === 0) return children
  return Object.fromEntries(Object.entries(children).filter(([gender]) => !kept.some((person) => CHILD_KIN[person.noun ?? ''] === gender)))
}

/**
 * "his daughter, Leyla," in a story whose headline is "Girl, 12, hid behind shop counter": the
 * named daughter is the child the story is about, and a child in law.
 */
function asChildOfTheStory(
  person: Person,
  children: Partial<Record<'female' | 'male', number>>,
  firstNamed: Partial<Record<'female' | 'male' | 'any', Person>> = {},
  tracker?: PeopleTracker,
): Person {
  if (person.age !== null) return person
  // Of no known gender ("Grace Danjuma"), the first person named is the one child the story describes.
  const genders = Object.keys(children) as ('female' | 'male')[]
  if (person.gender === null && genders.length === 1 && tracker && firstNamed.any && tracker.current(firstNamed.any) === person && person.description === null && person.noun === null) {
    return { ...person, age: children[genders[0]] ?? null }
  }
  // "Grace Danjuma and her younger brother, Samuel, 9," under "Schoolgirl, 13, tells how…": the
  // first of her gender the story names, described no other way, is the child of the headline.
  const own = person.gender
  const first = own && tracker ? firstNamed[own] : undefined
  if (own && first && tracker && tracker.current(first) === person && person.description === null && person.noun === null && children[own] !== undefined) {
    return { ...person, age: children[own] ?? null }
  }
  if (person.noun === null) return person
  const gender = CHILD_KIN[person.noun]
  const age = gender ? children[gender] : undefined
  return age === undefined ? person : { ...person, age }
}

// A subject opens its sentence, after at most a conjunction or a fronted clause set off by a comma.
const OPENERS = /^(?:\s|["“”'’(]|\b(?:and|but|then|so|still|here|there|now|later|yet|meanwhile)\b)*$/i

/** Returns the start of every sentence in a paragraph (quoted speech already blanked out). */
function sentenceStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/[.!?…]["”’)]?\s+(?=\S)/g)) starts.push(match.index + match[0].length)
  return starts
}

function isSubject(text: string, starts: number[], at: number): boolean {
  const start = starts.filter((position) => position <= at).pop() ?? 0
  const before = text.slice(start, at)
  return OPENERS.test(before) || OPENERS.test(before.slice(before.lastIndexOf(',') + 1))
}

/**
 * "Mr Ofori's friend Samuel Adeyemi, whose birthday…, said": the subject is the friend the
 * possessive opens on, not the owner of it.
 */
function isMentionSubject(text: string, starts: number[], mention: { start: number; end: number }): boolean {
  if (/^['’]s\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 4))) return false
  const start = starts.filter((position) => position <= mention.start).pop() ?? 0
  // "He has been told he will need a long rest, and his son has taken over the herd": a relative
  // met through the pronoun of a sentence about someone else leaves that someone at its centre.
  if (/^\s*(?:He|She)\b/.test(text.slice(start, mention.start)) && /^(?:his|her)\s/i.test(text.slice(mention.start, mention.end))) return false
  return isSubject(text, starts, mention.start) || POSSESSIVE_OPENS.test(text.slice(start, mention.start))
}
const REPORTS_SELF = /\b(?:said|says|added|insisted|claimed|admitted|told (?:the (?:jury|court|inquest)|us|reporters|police))\s+(?:that\s+)?$/
const POSSESSIVE_OPENS = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s\s+(?:\p{Ll}+\s+){0,2}$/u

// "Asked why she had not gone to the police, she was quiet": the pronoun right after an "Asked …," clause.
function afterAsked(text: string, at: number): boolean {
  return /(?:^|[.!?]\s+)Asked\b[^.!?]*,\s*$/.test(text.slice(Math.max(0, at - 160), at))
}

const WITHHOLDS =
  /^(?:he|she|they)\s+(?:asked(?:\s+us)?\s+not\s+to\s+(?:be\s+named|be\s+identified|use\s+(?:her|his|their)\s+name)|spoke\s+on\s+condition|did\s+not\s+want\s+to\s+be\s+named|declined\s+to\s+be\s+named)/i

/**
 * "She asked us not to use her name", "She has worked for the company for fourteen years and
 * agreed to speak on condition that we did not use her name": a sentence about the source, opened
 * by their pronoun, that keeps their name back.
 */
function withholds(narrative: string, at: number, opensSentence: boolean): boolean {
  const rest = narrative.slice(at, at + 240)
  if (WITHHOLDS.test(rest)) return true
  return opensSentence && namesWithheld(rest)
}

/** A business by the word its name ends on, and the name before it: "Golden Wave Shipping Lines". */
const COMPANY_WORD_ALONE = new RegExp(String.raw`(?<![\p{L}'’-])${COMPANY_WORD}(?![\p{L}'’-])`, 'u')
const COMPANY_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}${COMPANY_WORD}(?![\p{L}'’-])`, 'gu')
const SPOKESMAN_FOR_COMPANY = new RegExp(String.raw`^an? (spokes(?:person|man|woman)) for the ${COMPANY_NOUN}$`, 'i')
const BODY_SPEAKS = /(?:^|[.!?]["”’]?\s+)(?<body>(?:The|\p{Lu}[\p{L}-]*['’]s)\s+(?:\p{Lu}[\p{L}'’-]*\s+|\p{Ll}+\s+){0,4}?(?:ministry|department|council|company|government|police|army|office|authority|agency|commission|committee|party|club|school|hospital|trust|board|force|service|firm|group|prosecutor's office|embassy|university|union|regulator|operator|airline|bank|family|\p{Lu}[\p{L}'’-]+))\s+(?:said|says|added|told)\b/gu

const DOCUMENT_OPENS = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(?:The|A|An) ${DOCUMENT_PHRASE}`, 'gu')

type Event =
  | { at: number; kind: 'mention'; mention: ReturnType<typeof findMentions>[number]; salient: boolean }
  | { at: number; kind: 'pronoun'; gender: 'male' | 'female' }
  | { at: number; kind: 'withheld' }
  | { at: number; kind: 'possessive'; gender: 'male' | 'female' }
  | { at: number; kind: 'span'; index: number }

/**
 * Walks one paragraph in reading order, so every pronoun is resolved against the people named
 * before it, and returns its spoken spans with their speakers.
 */
function readParagraph(paragraph: string, tracker: PeopleTracker, continuing: Person | null, leftOpen: boolean, before: string | null = null): SpokenSpan[] {
  const spans = findQuotedSpans(paragraph, leftOpen)
  const attributions = spans.map((_, index) => attributeSpan(paragraph, spans, index))
  const speakerPhrases = attributions.flatMap((attribution) =>
    attribution.kind === 'after' || attribution.kind === 'before' ? [[attribution.phraseStart, attribution.phraseEnd]] : [],
  )
  const inPhrase = (at: number): boolean => speakerPhrases.some(([start, end]) => at >= start && at < end)
  // People named inside quote marks are the speaker's words, not the narrative's.
  const narrative = spans.reduce(
    (text, span) => text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end),
    paragraph,
  )
  const starts = sentenceStarts(narrative)
  // "The interior ministry said…. In a statement it said:": the body that spoke last.
  for (const match of narrative.matchAll(BODY_SPEAKS)) {
    const phrase = match.groups?.body ?? ''
    const head = phrase.split(/\s+/).pop()?.toLowerCase() ?? ''
    if (!isPersonNoun(head)) tracker.body = lowerDeterminer(phrase)
  }
  // "…operated by Northline Student Transport": the business "the company" later means. The
  // trading word is rare: the name is looked for only where one is printed (its pattern is costly).
  if (COMPANY_WORD_ALONE.test(narrative)) for (const match of narrative.matchAll(COMPANY_NAME)) tracker.company = match[0]
  // "The memo, dated 14 March…, was written by…. It warns that…": a document the narrative
  // opens a sentence on is the "it" whose words the next sentence quotes.
  for (const match of narrative.matchAll(DOCUMENT_OPENS)) tracker.document = { name: `the ${match.groups?.document.toLowerCase() ?? ''}`, paragraph: tracker.paragraph }
  const tokens = tokenize(narrative)
  const mentions = findMentions(narrative, tracker, tokens).filter(
    (mention) => !speakerPhrases.some(([start, end]) => mention.start >= start && mention.end <= end),
  )

  const pronouns: Event[] = tokens.flatMap((token): Event[] => {
    const gender = pronounGender(token.text)
    // "They spoke on condition of anonymity": "they" is a source the copy keeps unnamed.
    if (gender === null && token.text === 'They' && !inPhrase(token.start) && withholds(narrative, token.start, true)) {
      return [{ at: token.start, kind: 'withheld' as const }]
    }
    // "Her husband, Taras," / "His daughter, Mira,": a sentence opening on a possessive speaks of
    // the person the story was just about, and tells us their gender.
    if ((token.text === 'Her' || token.text === 'His') && starts.includes(token.start) && !inPhrase(token.start)) {
      return [{ at: token.start, kind: 'possessive' as const, gender: token.text === 'Her' ? ('female' as const) : ('male' as const) }]
    }
    if (!gender || inPhrase(token.start)) return []
    return [{ at: token.start, kind: 'pronoun' as const, gender }]
  })
  const events: Event[] = [
    ...mentions.map((mention) => ({ at: mention.start, kind: 'mention' as const, mention: reporting(narrative, mention), salient: isMentionSubject(narrative, starts, mention) || reportsTheSentence(narrative, mention) })),
    ...pronouns,
    ...spans.map((_, index) => ({ at: spans[index].start, kind: 'span' as const, index })),
    // A possessive opening a sentence ("Her neighbour, Thabo Dlamini,") is read before the
    // apposition that starts at the same word.
  ].sort((a, b) => a.at - b.at || Number(b.kind === 'possessive') - Number(a.kind === 'possessive'))

  const spoken: SpokenSpan[] = []
  const introduced: { at: number; end: number; person: Person }[] = []
  for (const event of events) {
    if (event.kind === 'mention') {
      // "Helen Papadakis's father, Nikos,": the daughter is met too, for a later "Ms Papadakis".
      // "Luca's mother, Rosaria,": the boy the copy has met is mentioned again, just before her.
      const owner = 'person' in event.mention ? /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)*)['’]s\s+\p{Ll}/u.exec(event.mention.person.description ?? '')?.[1] : undefined
      const owned = owner ? tracker.findByName(owner) : undefined
      if (owner?.includes(' ') && !owned) tracker.remember(namedPerson(owner))
      else if (owner && !owner.includes(' ') && owned?.anonymity === 'named' && !isBodyName(owned)) tracker.remember(owned)
      if ('person' in event.mention) {
        const person = theYoungerOrOlder(event.mention.person.name, tracker) ?? forTheCompany(event.mention.person, tracker)
        introduced.push({ at: event.at, end: event.mention.end, person: tracker.remember(person, { salient: event.salient }) })
      }
      else tracker.rememberGroup(event.mention.group, event.salient || /\b(?:of the|of them)\s*$/.test(narrative.slice(Math.max(0, event.at - 12), event.at)))
      continue
    }
    if (event.kind === 'possessive') {
      tracker.resolvePronoun(event.gender, { learn: true })
      continue
    }
    if (event.kind === 'withheld') {
      const person = tracker.latestUnnamed()
      if (person) tracker.remember(tracker.withhold(person), { salient: true })
      continue
    }
    if (event.kind === 'pronoun') {
      // "She described the day…": a pronoun keeps its person at the centre of the story.
      // Only a pronoun that opens a sentence ("She has now left Ukraine") teaches its person's gender;
      // "said he had been destroyed" may well be about somebody else.
      const opensSentence = starts.includes(event.at) || /(?:^|[.!?]["”’)]?\s+)$/.test(narrative.slice(0, event.at))
      const coordinate = /,\s*(?:and|but)\s+$/.test(narrative.slice(Math.max(0, event.at - 8), event.at))
      const sentenceStart = starts.filter((position) => position <= event.at).pop() ?? 0
      const avoid = coordinate ? introduced.filter(({ at, person }) => at >= sentenceStart && person.anonymity === 'unnamed').map(({ person }) => person) : []
      // "Asked whether he would resign, he laughed.": in an interview, the one being asked.
      const asked = afterAsked(narrative, event.at)
      const interviewee = asked && tracker.interviewee ? tracker.current(tracker.interviewee) : null
      // "Mr Ofori's friend Samuel Adeyemi, whose birthday…, said he had been across the road": the
      // pronoun straight after the subject's speech verb is the subject.
      const subject = REPORTS_SELF.test(narrative.slice(Math.max(0, event.at - 30), event.at))
        ? introduced.filter(({ at, end, person }) => at >= sentenceStart && person.anonymity !== 'unnamed' && isMentionSubject(narrative, starts, { start: at, end })).pop()?.person
        : undefined
      const own = subject && (subject.gender === event.gender || subject.gender === null) ? tracker.current(subject) : null
      const person = own ?? (interviewee && interviewee.gender === event.gender ? interviewee : tracker.resolvePronoun(event.gender, { preferSpeakers: asked, learn: opensSentence, avoid }))
      // "She asked us not to use her name": the source the pronoun stands for is now protected.
      if (person) tracker.remember(withholds(narrative, event.at, opensSentence) ? tracker.withhold(person) : person, { salient: true, pronoun: true })
      continue
    }
    const attribution = attributions[event.index]
    if (attribution.kind === 'none') continue
    const speaker =
      attribution.kind === 'alone'
        ? (voiceOf(narrative.slice(0, spans[event.index].start).replace(/\s*:\s*$/, ''), tracker) ??
          spoken[spoken.length - 1]?.speaker ?? (spans[event.index].start === 0 ? (continuing ?? questioned(before, tracker)) : null) ?? tracker.latest() ?? UNIDENTIFIED)
        : (attribution.kind === 'before' ? printedBefore(attribution, introduced, tracker) : undefined) ??
          resolveSpeaker(attribution.phrase, attribution.appositive, tracker, attribution.aside, spans[event.index].inner)
    if (speaker === 'narrator') {
      // "…?" I ask.: the reporter's question is the reporter's words, printed under the byline's
      // name; the reporter is never anyone's "he" or "she", so the tracker does not remember them.
      const reporter = tracker.reporter()
      if (reporter) spoken.push({ span: spans[event.index], speaker: namedPerson(reporter) })
      tracker.reporterAsked = true
      continue
    }
    // ""Will you pay any of the rent back?" I ask. / "Not a penny," he says.": the "he" answering
    // the reporter's question is the person the interview is with (quoted most so far), not the
    // last man to speak.
    const answering = tracker.reporterAsked && attribution.kind !== 'alone' ? answerer(attribution.phrase, tracker) : undefined
    tracker.reporterAsked = false
    // "Ellen Brouwer… said she had felt "ashamed and angry"": the pronoun of what the subject reports
    // of themselves is the subject's, and tells their gender.
    const remembered = tracker.remember(answering ?? withOwnPronoun(speaker, attribution), { salient: true, spoke: true })
    if (makesStatement(attribution, remembered, narrative)) tracker.statement = remembered
    spoken.push({ span: spans[event.index], speaker: remembered, reported: attribution.kind === 'before' && attribution.reported === true })
    // "She did not want anyone buying it out of pity," said her editor: a quote that opens on a
    // pronoun is about someone else, who stays at the centre of the story.
    const topic = /^(?:She|He)\b/.exec(spans[event.index].inner)
    const gender = topic ? pronounGender(topic[0]) : undefined
    if (gender) {
      const about = tracker.resolvePronoun(gender, { learn: false, avoid: [remembered] })
      if (about && about !== remembered && about.anonymity !== 'unnamed') tracker.remember(about, { salient: true })
      tracker.remember(remembered, { salient: true, spoke: true })
    }
  }
  // In an interview, a paragraph that ends on the reporter's question: the next "he said" answers
  // it. (Elsewhere "I asked him" puts the question to the last man met, whom "he" finds anyway.)
  if (tracker.interviewee && REPORTER_ASKS.test(narrative.trimEnd()) && (spans.length === 0 || spans[spans.length - 1].end < narrative.trimEnd().length - 2)) tracker.reporterAsked = true
  return spoken
}

/** "Crews had heard tapping…, said a firefighter from the Fire Service,": the source of a reported sentence. */
const REPORTED_BY = /[\p{L}\d)]\s*,\s*(?:said|says|according to)\s+$/u

/** An unnamed source after the sentence it reports, closing it ("…, said a firefighter."), not "…, said his father had run…". */
function reportsTheSentence(narrative: string, mention: ReturnType<typeof findMentions>[number]): boolean {
  if (!('person' in mention) || mention.person.anonymity !== 'unnamed') return false
  return REPORTED_BY.test(narrative.slice(Math.max(0, mention.start - 24), mention.start)) && /^\s*(?:[,.;]|$)/.test(narrative.slice(mention.end))
}

/**
 * "…, said a firefighter from the Lagos State Fire Service, his face grey with concrete dust": the
 * source of a reported sentence, set off with "his" or "her", is of that gender.
 */
function reporting(narrative: string, mention: ReturnType<typeof findMentions>[number]): ReturnType<typeof findMentions>[number] {
  if (!('person' in mention) || mention.person.gender !== null || !reportsTheSentence(narrative, mention)) return mention
  const own = /^,\s+(his|her)\s+\p{Ll}+/u.exec(narrative.slice(mention.end, mention.end + 30))
  return own ? { ...mention, person: { ...mention.person, gender: own[1] === 'his' ? 'male' : 'female' } } : mention
}

/**
 * "…operated by Golden Wave Shipping Lines…. A spokesman for the company, reached by phone, denied…":
 * the spokesman met in the narrative speaks for the business named, as in an attribution.
 */
function forTheCompany(person: Person, tracker: PeopleTracker): Person {
  const spokesman = SPOKESMAN_FOR_COMPANY.exec(person.name)
  if (!spokesman || person.anonymity !== 'unnamed' || !tracker.company) return person
  return { ...person, name: `a ${spokesman[1].toLowerCase()} for ${tracker.company}`, description: null, anonymity: 'named' }
}

/**
 * "The phone evidence, he said, placed Mr Teale only "somewhere…"": a pronoun that attributes words
 * stands for whom it stood for where it is printed, not for somebody the sentence names after it.
 */
function printedBefore(attribution: Extract<Attribution, { phrase: string }>, introduced: { at: number; person: Person }[], tracker: PeopleTracker): Person | undefined {
  const gender = /^(?:he|she)$/i.test(attribution.phrase.trim()) ? pronounGender(attribution.phrase.trim()) : undefined
  const later = introduced.filter(({ at }) => at > attribution.phraseEnd).map(({ person }) => person)
  if (!gender || later.length === 0) return undefined
  return tracker.resolvePronoun(gender, { learn: false, avoid: later }) ?? undefined
}

/**
 * "Ellen Brouwer… said she had felt "ashamed and angry"": the pronoun straight after the verb of
 * what a named subject reports is the subject's own, and tells a gender the lexicon did not know.
 */
function withOwnPronoun(speaker: Person, attribution: Attribution): Person {
  // A gender only guessed from the given name is settled by a pronoun that agrees ("Nathalie… said that she").
  if (attribution.kind !== 'before' || !attribution.reported || (speaker.gender !== null && !speaker.genderGuessed) || speaker.anonymity === 'unnamed') return speaker
  // "said on Sunday that she would not be "bullied"": a time phrase may come first.
  const own = /^\s*(?:(?:on|last|this|in|at|late|early)\s+[\p{L}\d]+\s+(?:night\s+|morning\s+|evening\s+)?)?(?:that\s+)?(she|he)\b/iu.exec(attribution.aside ?? '')
  if (!own) return speaker
  const gender = own[1].toLowerCase() === 'she' ? 'female' : 'male'
  // "Chloe Adams, 19, said he was "the best teacher"": a pronoun against the name's gender is somebody else.
  if (speaker.gender !== null && speaker.gender !== gender) return speaker
  return { ...speaker, gender, genderGuessed: false }
}

/** "…said in a statement", "A spokesperson for Marlow Logistics said": the words are a statement its maker may go on with ("The statement added:"). */
function makesStatement(attribution: Attribution, speaker: Person, narrative: string): boolean {
  if (attribution.kind !== 'before' && attribution.kind !== 'after') return false
  if (/\bstatement\b/i.test(`${attribution.phrase} ${attribution.aside ?? ''}`)) return !/^the statement$/i.test(attribution.phrase.trim())
  // "In a statement, Golden Wave Shipping Lines said it was "cooperating fully"": the lead-in names the statement.
  if (attribution.kind === 'before' && /\bIn (?:a|an|its|his|her|their) (?:\p{Ll}+ )?statement,?\s*$/u.test(narrative.slice(Math.max(0, attribution.phraseStart - 40), attribution.phraseStart))) return true
  return /^an? spokes(?:person|man|woman)\b/.test(speaker.name)
}

/**
 * "Does he think she is lying? / "I think she's angry…"": a quote standing alone after the
 * reporter's question in narrative is the answer of the person the question asks, its first he
 * or she (the one the question is put to), not the last person it names.
 */
function questioned(before: string | null, tracker: PeopleTracker): Person | undefined {
  if (before === null || /["“”]/.test(before) || !/\?\s*$/.test(before)) return undefined
  const pronoun = /\b(?:does|did|is|was|will|would|has|can|could|should)\s+(he|she)\b/i.exec(before)
  const gender = pronoun ? pronounGender(pronoun[1]) : undefined
  return gender ? tracker.resolvePronoun(gender, { learn: false, preferSpeakers: true }) : undefined
}

function answerer(phrase: string, tracker: PeopleTracker): Person | undefined {
  const gender = pronounGender(phrase.trim())
  if (gender === undefined) return undefined
  const interviewee = tracker.interviewee ? tracker.current(tracker.interviewee) : null
  if (interviewee && (interviewee.gender === null || interviewee.gender === gender)) return interviewee
  return tracker.mostQuoted(gender)
}

/** "Did he know what was happening? I asked him.", "I put that to him.": the reporter's question, in narrative. */
const REPORTER_ASKS = /\bI (?:asked|ask|put (?:it|that|this|the \p{Ll}+) to|pressed|challenged) (?:him|her)\b[^.?!]*[.?!]?\s*$/u

// One speaker's consecutive spans are one utterance for legal review.
function runsBySpeaker(spoken: SpokenSpan[]): SpokenSpan[][] {
  const runs: SpokenSpan[][] = []
  for (const item of spoken) {
    const current = runs[runs.length - 1]
    const last = current?.[current.length - 1]
    if (current && last && last.speaker.name === item.speaker.name && !last.reported && !item.reported) current.push(item)
    else runs.push([item])
  }
  return runs
}
