import { asReaderSees, findAsPrinted, foreignLetters, otherLanguage, readSkeleton, skeleton } from '../legal/normalise'
import { unpairedMarks } from '../legal/words'
import { AGE_OF_MAJORITY, MINOR_NOUNS, RELATIVE_NOUNS } from './lexicon'
import { findMentions, isPersonNoun, namesWithheld, PeopleTracker, withoutHonorific, type Person } from './people'
import { CHILD_SUSPECT, escapeRegExp, mentions, readCase, type LiveCase } from './sensitivity'
import { splitSentences } from './sentences'
import { attributeSpan, findQuotedSpans, leavesNarrative, leavesQuoteOpen, narrativeOf } from './spans'
import type { ExtractedPassage, SensitivityReason } from './types'
import { tokenize } from './words'
import { namesCrime, namesWrongdoing, newStoryPeople, pointsAtPerson, statesWrongdoing, type StoryPeople } from './wrongdoing'

/**
 * Words that put an accusation of crime in the narrative's own voice: a charge, an arrest, a
 * denial, the prosecution's case, an order to commit a crime, a wanted list. Each counts only
 * with a person in the same sentence, so "arrests in Belgrade" or "police closed the road" do not.
 */
const ACCUSING =
  /\b(?:accused of|accused (?:\w+ ){1,4}of|charged with|charged (?:after|over|in connection with)|(?:has|have|had|was|were|been|is|be) charged|faces? (?:a |an )?(?:\w+ )?charge|denies|denied|arrested|detained|held for questioning|on suspicion of|suspected of|alleged|allegedly|alleges|prosecution (?:says|said|alleges|claims)(?=\s+\w)|prosecutors (?:say|said|allege)(?=\s+\w)|on the orders of|on the instructions of|orders came from|ordered by|the allegations|wanted list|wanted by|wanted for|convicted of|pleaded (?:not )?guilty|faces? (?:trial|charges))\b/i

/** A crime done by a named person: "beheaded by Mohammad Emwazi". */
const DONE_BY =
  /\b(?:killed|murdered|beheaded|executed|abducted|kidnapped|tortured|raped|attacked|shot|stabbed|robbed|assaulted)\s+by\s+(?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+/u

/** Comment, not report, on a case: words that judge it. */
const JUDGING = /\b(?:guilty|innocent|lied|lying|liar|overwhelming|obviously|clearly|deserves?|monster|evil|should be (?:jailed|convicted|freed|released))\b/i
const COURT = /\b(?:trial|jury|court|judge|prosecution|defence|verdict|defendant)\b/i
const PROCEEDINGS = /\b(?:trial|jury|court|prosecution|charged|arrested|detained|questioning|suspicion|denies|denied|defendant|counts? of)\b/i
/** A court report's allegation: "…, a jury has heard", "Jury told pension adviser spent…". */
const COURT_HEARD = /(?:\b(?:jury|court) (?:has heard|heard|was told|has been told)\b|^(?:Jury|Court) (?:told|hears)\b)/i

/**
 * A named person striking someone: "the coach, Gordon Vale, slapped her", "Vale hit Brooks". The
 * crimes with an innocent reading ("stole the show", "shot a film", "abused alcohol") are wrongdoing.ts's to read.
 */
const NAMED_AGENT =
  /\p{Lu}[\p{L}'’-]+,?\s+(?:slapped|hit|punched|kicked|beat|assaulted|raped|stabbed|murdered|defrauded|strangled)\s+(?:\p{Lu}|him|her|them|me|us|his|a|an|the)/u

/** Naming the man behind a crime: "Several survivors named the militia's local commander as …". */
const NAMES_THE_ACCUSED =
  /\b(?:named|identified)\b[^.]*\b(?:commander|leader|gunman|gunmen|killer|attacker|suspect|ringleader|boss)\b[^.]*\bas\s+\p{Lu}/u

/** A child placed by their school: "who is in Year 4 at St Anne's primary", "a third-grader at Lincoln Elementary". */
const SCHOOL_CHILD =
  /\b(?:in|into) Year (?:[1-9]|1[0-3])\b|\b(?:in|into) (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) grade\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)[\s-]+grader\b|\b(?:attends|attended|goes to|went to|at|from) (?:[\p{L}'’.-]+\s+){0,4}(?:primary|infant|infants|junior|nursery|kindergarten|elementary|middle school|prep school)\b|\b(?:reception|nursery) class\b|\b(?:sixth-former|sixth form pupil)\b/iu
/** Words for a source the copy must protect: "the whistleblower", "our source inside the ministry". */
const SOURCE_NOUN = /\b(?:whistle-?blowers?|(?:our|the|a|one|his|her|their|my) (?:\p{L}+ )?sources?|informants?|informers?|moles?|leakers?|insiders?)\b/iu

/** A capitalised word that opens a sentence and names nobody: "The whistleblower, Leila Haddad…". */
const SENTENCE_OPENER = /^(?:The|A|An|Our|His|Her|Their|Its|In|At|On|One|This|That|When|After|But|And|Another)\s+/u

/** Health, sexuality and private life in the copy's own voice: "has been HIV positive since 2015", "is secretly gay". */
const PRIVATE_LIFE =
  /\b(?:hiv|has aids|gay|lesbian|bisexual|transgender|came out as|bipolar|schizophreni\p{L}*|psychiatric|sectioned|psychosis|rehab|addiction|miscarriage|abortion|an affair|the affair|affair with|sleeping with|cheating on|mistress|extramarital|medical records|diagnosed with|home address|phone number)\b/iu

/** A question about who did a wrong: "Who took the money?", "Who paid the inspector?". */
const WHO_DID_IT =
  /^(?:And |So |But )?(?:Who|Which (?:of them|one|man|woman|official|director|manager))\s+(?:really\s+)?(?:took|stole|killed|paid|ordered|leaked|lied|hid|started|set|pocketed|spent|moved|shredded|deleted|signed|knew|covered|falsified|doctored|fiddled|abused|attacked|hit|beat)\b[^?]*\?$/u
/** A child in family proceedings: custody, care, adoption, the family court. */
const FAMILY_PROCEEDINGS = /\b(?:custody (?:case|battle|hearing|dispute|proceedings|fight)|family court|taken into care|in (?:local authority |foster )?care|care proceedings|care order|adoption (?:case|proceedings|hearing)|placed for adoption|child protection|wardship|social services took)\b/iu
const CHILD_OF = /\b(?:son|sons|daughter|daughters|boy|girl|child|children|baby|toddler|infant|teenager|grandson|granddaughter|stepson|stepdaughter|\d{1,2}-year-old)\b/iu

/** People the law or a promise protects: a complainant, an accuser, a source who asked not to be named. */
const PROTECTED_PERSON =
  /\b(?:complainants?|accusers?|alleged victims?|rape victims?|survivors? of (?:rape|sexual|abuse)|who (?:asked|wished|wants|wanted|did not want|does not want|spoke on condition) (?:not )?(?:to be )?(?:named|identified)|on condition of anonymity|asked for anonymity|requested anonymity)\b/iu

/** A reporting restriction: "who cannot be named for legal reasons". */
const LEGAL_RESTRICTION = /\b(?:for legal reasons|reporting restrictions?|cannot be identified by law|because of (?:his|her|their) age)\b/i
const CHILD_WORDS = /\b(?:son|daughter|child|children|boy|girl|pupil|teenager|\d{1,2}-year-old)\b/i

/** An order to commit a crime: "his commanding officer ordered soldiers to set fire to homes". */
const ORDERED_CRIME = /\bordered\b[^.]*\b(?:to set fire|to burn|to kill|to shoot|to torture|to execute|the killing|the killings|the abduction)\b/i
/** A sentence in which the source asks for protection, by pronoun: "He spoke on condition that…". */
const ASKS_PROTECTION = /^(?:He|She|They)\s+(?:spoke|agreed to speak|talked)\s+on condition\b|^(?:He|She|They)\s+asked not to be (?:named|identified)\b/
/** Evidence described in the narrative: "a video … appears to show the officer firing". */
const SHOWS_THE_ACT =
  /\b(?:shows?|showed|appears? to show|seen|captured)\b[^.]*\b(?:firing|shooting|stabbing|hitting|beating|punching|kicking|attacking|striking)\b/i
/** A protected source's claim reported in the narrative: "…, said the officer had feared for his life". */
const REPORTED_CLAIM = /\b(?:said|says|told us|claimed|added)\s+(?:that\s+)?[\p{L}]/u

/** A sentence that reports what someone said, heard or alleged, or a procedural fact of the case. */
const ATTRIBUTED =
  /\b(?:said|says|say|told|tells|heard|hears|according to|alleged|alleges|allege|claims?|claimed|denies|denied|deny|admits|admitted|pleaded|pleads|appeared|appears|charged|accused|arrested|remanded|bailed|is due|was due|are due|will appear|adjourned|the trial)\b/i

/** A crime asserted without a suspect named: with proceedings active, still the case's business. */
const CRIME_CLAIM = /\b(?:started deliberately|deliberately|on purpose|arson)\b/i

/** A detail that narrows a protected source down: their team, their tenure, a meeting they sat in. */
const IDENTIFYING_DETAIL =
  /\b(?:(?:has|had|kept|copied|took|showed)\b[^.]*\b(?:log|logs|document|documents|file|files|memo|recording|recordings|emails|lists?)\b|copies of|left the (?:service|company|army|force|firm|department) (?:last year|this year|in (?:19|20)\d\d)|seeking asylum|who (?:now )?(?:has )?(?:worked|works|served|serves|lives|lived|sat|attended)|for (?:more than |over |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty) years|since (?:19|20)\d\d|sat in|one of (?:only )?(?:two|three|four|five|a handful))\b/i
/** The copy reporting what documents it holds show. */
const DOCUMENTS_SHOW = /\b(?:documents?|papers|emails?|files|records|minutes|messages|notes)\s+(?:seen by Dateline\s+)?(?:also\s+)?(?:show|showed|reveal|revealed|suggest|suggested)\b|,\s+(?:the\s+)?(?:documents?|papers|emails?|files|records|minutes)\s+show\.?$/i
/** A source described by their job and where they do it: "by a civil servant in the unit", "by a flood duty officer at the agency". */
const SOURCE_AT_WORK = /\bby (?:an?|one|two) (?:[\p{L}-]+\s+){1,3}(?:in|at|inside|within|from) (?:the|a|an|its|their)\b/u
/** The copy saying where its material came from. */
const SOURCED = /\b(?:passed|leaked|given|provided|handed|sent|shown|supplied)\s+to\s+(?:Dateline|us|this newspaper|the programme|reporters|journalists)\b/i

const NAMED = /\p{Lu}[\p{L}'’-]+(?:\s+(?:al|bin|de|van|von|da|dos)\s+)?(?:\s+\p{Lu}[\p{L}'’-]+)+/u
const PRONOUN = /\b(?:he|she|him|her)\b/i

/**
 * Returns the narrative sentences (quoted speech aside) of headline, standfirst and body that a
 * lawyer should read, each with why: an allegation of crime against a named or identifiable
 * person (with `court_case` while proceedings are active), comment on a live case, a named or
 * identifiable child (where the child is first named), a detail that identifies a protected source.
 */
export function findPassages(paragraphs: string[]): ExtractedPassage[] {
  // Read as the page prints it (src/legal/normalise.ts); each passage is given back as printed.
  const first = findAsPrinted(paragraphs, findPassagesRead)
  // Every letter a reader may take for a Latin one, read as that letter (ụ, ɑ, ɛ, Armenian ս, a
  // Cyrillic word in Russian copy): a second reading when it differs from the first.
  const folded = paragraphs.map((paragraph) => skeleton(asReaderSees(paragraph)))
  if (folded.every((paragraph, index) => paragraph === asReaderSees(paragraphs[index]!))) return first
  return mergePassages(first, findAsPrinted(paragraphs, findPassagesRead, readSkeleton))
}

/** Returns the passages of both readings once each, in the order of the first, reasons merged. */
function mergePassages(first: ExtractedPassage[], second: ExtractedPassage[]): ExtractedPassage[] {
  const merged = first.map((passage) => ({ ...passage, reasons: [...passage.reasons] }))
  for (const passage of second) {
    const same = merged.find((known) => known.text === passage.text)
    if (!same) merged.push(passage)
    else same.reasons = REASON_ORDER.filter((reason) => same.reasons.includes(reason) || passage.reasons.includes(reason))
  }
  return merged
}

const REASON_ORDER: readonly SensitivityReason[] = ['allegation', 'violence', 'minor', 'anonymous_source', 'court_case', 'extremist_content', 'identification', 'privacy', 'other']

type Found = { start: number; end: number; reasons: Set<SensitivityReason>; whole?: boolean }

/** Ends a paragraph the way a sentence ends; a heading or a factbox label does not. */
const ENDS_LIKE_A_SENTENCE = /[.!?…:;"”’»)\]]\s*$/u

function findPassagesRead(paragraphs: string[]): ExtractedPassage[] {
  const liveCase = readCase(paragraphs)
  const tracker = new PeopleTracker()
  const namedChildren = new Set<string>()
  const story = { protectedSource: false }
  // Who the story names, wherever it names them: a headline's "he" or "Reyes" resolves to the
  // person the body names in full further down.
  const storyPeople = newStoryPeople()
  for (const paragraph of paragraphs) for (const sentence of splitSentences(paragraph)) pointsAtPerson(sentence, storyPeople)
  const passages: ExtractedPassage[] = []
  paragraphs.forEach((paragraph, index) => {
    tracker.paragraph = index
    const found: Found[] = []
    const add = (start: number, end: number, reasons: Iterable<SensitivityReason>, whole = false): void => {
      const overlapping = found.find((known) => known.start < end && start < known.end)
      if (!overlapping) {
        found.push({ start, end, reasons: new Set(reasons), whole })
        return
      }
      overlapping.start = Math.min(overlapping.start, start)
      overlapping.end = Math.max(overlapping.end, end)
      overlapping.whole = overlapping.whole || whole
      for (const reason of reasons) overlapping.reasons.add(reason)
    }
    // Quoted speech is blanked out (same length) for the sentence rules, so a narrative sentence
    // reads as the copy's own voice; words in marks that nobody is said to say (scare quotes) stay.
    const narrative = narrativeOf(paragraph)
    for (const { start, end, text: sentence } of sentenceRanges(narrative)) {
      // Reading people is the costly part: only sentences a people rule could flag are read.
      const people = mayNeedPeople(sentence)
        ? findMentions(sentence, tracker).flatMap((mention) => ('person' in mention ? [tracker.remember(mention.person)] : []))
        : []
      const reasons = readSentence(sentence, people, namedChildren, liveCase, tracker.all(), story, storyPeople)
      // Letters the rules cannot read (Russian, Arabic, a look-alike no table knows), or another
      // language in Latin letters ("Tom Reyes robó el dinero"): legal reads them.
      if (foreignLetters(sentence) || otherLanguage(sentence)) reasons.push('other')
      if (reasons.length > 0) add(start, end, reasons)
    }
    // "Who took the money? Ask Tom Reyes.": a question about a wrong, answered by pointing at someone.
    const ranges = sentenceRanges(narrative)
    ranges.forEach((range, at) => {
      const answer = ranges[at + 1]
      if (answer && WHO_DID_IT.test(range.text) && pointsAtPerson(answer.text, { ...storyPeople, surnames: new Set(storyPeople.surnames) })) add(range.start, answer.end, ['allegation'])
    })
    for (const hit of speechForLegal(paragraph, narrative, storyPeople)) add(hit.start, hit.end, hit.reasons)
    // Marks that do not pair: a reader sees speech the extractor could not cut out. Speech we
    // could not read waits for legal, the whole paragraph of it.
    if (unpairedMarks(paragraph) && !leavesQuoteOpen(paragraph, paragraphs[index + 1])) add(0, paragraph.length, ['other'], true)
    // A factbox: a name as its heading, the crimes as the list under it ("Tom Reyes, mayor" /
    // "Embezzled the council pension fund"). The list names nobody; its heading does.
    const heading = paragraphs[index - 1]
    // A heading ending in a colon ("What we know about Tom Reyes:") introduces the lines under it.
    if (found.length === 0 && heading !== undefined && (!ENDS_LIKE_A_SENTENCE.test(heading) || /:\s*$/u.test(heading)) && namesCrime(paragraph)) {
      if (pointsAtPerson(narrativeOf(heading), { ...storyPeople, surnames: new Set(storyPeople.surnames) })) add(0, paragraph.length, ['allegation'], true)
    }
    for (const hit of found.sort((a, b) => a.start - b.start)) {
      const text = hit.whole ? paragraph.replace(/\s+/g, ' ').trim() : printedSentence(paragraph, hit.start, hit.end)
      passages.push({ text, reasons: REASON_ORDER.filter((reason) => hit.reasons.has(reason)) })
    }
  })
  return passages
}

/** Returns the sentences of a text with where each starts and ends, any run of spaces inside matched. */
function sentenceRanges(text: string): Array<{ start: number; end: number; text: string }> {
  const ranges: Array<{ start: number; end: number; text: string }> = []
  let cursor = 0
  for (const sentence of splitSentences(text)) {
    let start = text.indexOf(sentence, cursor)
    let end = start + sentence.length
    if (start < 0) {
      // A sentence joined across a run of spaces (blanked speech) is found word by word.
      const pattern = new RegExp(sentence.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu')
      pattern.lastIndex = cursor
      const hit = pattern.exec(text)
      if (!hit) continue
      start = hit.index
      end = hit.index + hit[0].length
    }
    cursor = end
    ranges.push({ start, end, text: sentence })
  }
  return ranges
}

/**
 * Returns the sentences of a paragraph whose quoted words a lawyer must read. Speech is never
 * blanked out of the legal read: the words in marks are read, with the sentence that carries
 * them, by the wrongdoing rules ("Tom Reyes embezzled the pension fund," said Ana Silva). Words
 * in marks that make no quote record (a partial quote, a scare quote: "vowed to "behead every
 * infidel"") are read by the quote's own rules too, as no record will carry them to legal; and
 * speech whose letters read otherwise once folded ("We exẹcuted…") is read by them in its
 * folded form, which the record's own check does not see.
 */
function speechForLegal(paragraph: string, narrative: string, people: StoryPeople): Array<{ start: number; end: number; reasons: SensitivityReason[] }> {
  const spans = findQuotedSpans(paragraph)
  if (spans.length === 0) return []
  let full = paragraph
  for (const span of spans) full = `${full.slice(0, span.start)} ${paragraph.slice(span.start + 1, span.end - 1)} ${full.slice(span.end)}`
  const sentences = sentenceRanges(full)
  const hits: Array<{ start: number; end: number; reasons: SensitivityReason[] }> = []
  const around = (start: number, end: number): { start: number; end: number } => {
    const covering = sentences.filter((sentence) => sentence.start < end && start < sentence.end)
    return covering.length > 0 ? { start: covering[0]!.start, end: covering[covering.length - 1]!.end } : { start, end }
  }
  for (const sentence of sentences) {
    if (full.slice(sentence.start, sentence.end) === narrative.slice(sentence.start, sentence.end)) continue
    if (statesWrongdoing(sentence.text) || namesWrongdoing(sentence.text, people)) hits.push({ start: sentence.start, end: sentence.end, reasons: ['allegation'] })
  }
  spans.forEach((span, index) => {
    const speech = leavesNarrative(attributeSpan(paragraph, spans, index))
    const words = speech ? skeleton(span.inner) : span.inner
    if (speech && words === span.inner) return
    const reasons = QUOTE_RULES.filter((reason) => mentions(reason, words))
    if (reasons.length > 0) hits.push({ ...around(span.start, span.end), reasons })
  })
  // A passage carries the whole of each quote it touches, marks and all.
  return hits.map((hit) => {
    const touched = spans.filter((span) => span.start < hit.end && hit.start < span.end)
    return { ...hit, start: Math.min(hit.start, ...touched.map((span) => span.start)), end: Math.max(hit.end, ...touched.map((span) => span.end)) }
  })
}

/** The quote rules that read the words alone, whoever says them. */
const QUOTE_RULES = ['violence', 'extremist_content', 'allegation'] as const

/**
 * Returns the sentence as printed. Blanked speech can leave a finished narrative sentence and the
 * quote after it in one segment ("…for three hours. "I told her…," he said."): the passage ends
 * where the narrative sentence did.
 */
function printedSentence(paragraph: string, start: number, end: number): string {
  const text = paragraph.slice(start, end)
  const quoteAfterSentence = /[.!?]["”’]?(?=\s+["“])/.exec(text)
  const printed = quoteAfterSentence ? text.slice(0, quoteAfterSentence.index + quoteAfterSentence[0].length) : text
  return printed.replace(/\s+/g, ' ').trim()
}

/** A hint of an age, a child, a source's details or an accusation that needs its person found. */
const PEOPLE_HINT = new RegExp(
  String.raw`\b\d{1,2}\b|\b(?:${[...MINOR_NOUNS, ...RELATIVE_NOUNS].join('|')})\b|\b(?:calling|calls (?:herself|himself)|call (?:her|him)|named|not to be named|not to name|anonymity|on condition|legal reasons|who died)\b|${IDENTIFYING_DETAIL.source}|${ACCUSING.source}`,
  'i',
)

function mayNeedPeople(sentence: string): boolean {
  return PEOPLE_HINT.test(sentence)
}

const SUBJECT_PRONOUN = /^(?:He|She)\b/
const BEREAVED_KIN = /\b(?:daughter|son|mother|father|wife|husband|widow|widower|sister|brother|parents?)\b.*\b(?:died|dead|killed)\b/i

function isProtected(person: Person): boolean {
  return person.anonymity === 'withheld' || person.anonymity === 'pseudonym'
}

function isRelativeInFull(person: Person): boolean {
  const words = (person.description ?? '').toLowerCase().split(/\s+/)
  return person.anonymity === 'named' && withoutHonorific(person.name).includes(' ') && words.some((word) => RELATIVE_NOUNS.has(word))
}

function readSentence(
  sentence: string,
  people: Person[],
  namedChildren: Set<string>,
  liveCase: LiveCase,
  sources: readonly Person[],
  story: { protectedSource: boolean },
  storyPeople: StoryPeople,
): SensitivityReason[] {
  const reasons = new Set<SensitivityReason>()
  const somebody = NAMED.test(sentence) || PRONOUN.test(sentence) || people.length > 0 || mentionsPersonNoun(sentence)
  const wrongdoing = statesWrongdoing(sentence) || namesWrongdoing(sentence, storyPeople)
  const accusing = (ACCUSING.test(sentence) && somebody) || DONE_BY.test(sentence) || NAMED_AGENT.test(sentence) || wrongdoing
  if (accusing || NAMES_THE_ACCUSED.test(sentence) || (ORDERED_CRIME.test(sentence) && somebody)) {
    reasons.add('allegation')
    // Saying as fact that the accused did it, while the case is live, prejudges the trial.
    const prejudges = wrongdoing && namesTheAccused(sentence, liveCase)
    if (liveCase.active && (PROCEEDINGS.test(sentence) || prejudges) && !/\b(?:died|dead)\b/.test(sentence)) reasons.add('court_case')
  }
  if (liveCase.active && COURT_HEARD.test(sentence) && somebody) {
    reasons.add('allegation')
    reasons.add('court_case')
  }
  if (liveCase.active && CRIME_CLAIM.test(sentence) && somebody) {
    reasons.add('allegation')
    reasons.add('court_case')
  }
  if (liveCase.active && SHOWS_THE_ACT.test(sentence) && somebody) {
    reasons.add('allegation')
    reasons.add('court_case')
  }
  if (liveCase.active && COURT.test(sentence) && JUDGING.test(sentence)) reasons.add('court_case')
  if (liveCase.active && liveCase.minorAccused && CHILD_SUSPECT.test(sentence)) {
    reasons.add('minor')
    reasons.add('court_case')
    reasons.add('identification')
  }
  if (liveCase.active && people.some((person) => BEREAVED_KIN.test(person.description ?? '')) && REPORTED_CLAIM.test(sentence)) {
    reasons.add('court_case')
  }
  // "The manager, who has been suspended, ran the branch for nine years": the arrested, pointed at.
  const role = liveCase.roles.find((noun) => new RegExp(`^The\\s+${noun}\\b`).test(sentence))
  if (liveCase.active && role && IDENTIFYING_DETAIL.test(sentence)) {
    reasons.add('court_case')
    reasons.add('identification')
  }
  // A child named with their school: the school and the name together identify them.
  if (SCHOOL_CHILD.test(sentence) && namesInFull(sentence)) {
    reasons.add('minor')
    reasons.add('identification')
  }
  // A protected source and a name in one sentence: the copy may be naming its source.
  if (SOURCE_NOUN.test(sentence) && namesInFull(sentence)) {
    reasons.add('anonymous_source')
    reasons.add('identification')
  }
  // A child in family proceedings is protected by law; what points at them (a name, a parent) identifies them.
  if (FAMILY_PROCEEDINGS.test(sentence) && CHILD_OF.test(sentence)) {
    reasons.add('minor')
    reasons.add('court_case')
    reasons.add('identification')
  }
  // A rape or abuse complainant, or a source who asked not to be named, beside a name.
  if (PROTECTED_PERSON.test(sentence) && namesInFull(sentence)) {
    reasons.add('anonymous_source')
    reasons.add('identification')
  }
  // Health, sexuality and private life of a person the sentence points at.
  if (PRIVATE_LIFE.test(sentence) && namesSomeone(sentence, storyPeople)) reasons.add('privacy')
  // While the case is live, the copy's own word on the accused is the court's business: only
  // what someone is reported to say of them is not comment ("did it and everyone knows it").
  if (liveCase.active && namesTheAccused(sentence, liveCase) && !ATTRIBUTED.test(sentence) && !/\b(?:died|dead)\b/.test(sentence)) {
    reasons.add('court_case')
  }
  if (LEGAL_RESTRICTION.test(sentence)) {
    reasons.add('court_case')
    if (CHILD_WORDS.test(sentence)) reasons.add('minor')
  }
  if (liveCase.active && people.some(isProtected) && REPORTED_CLAIM.test(sentence)) {
    reasons.add('anonymous_source')
    reasons.add('court_case')
  }
  // A child is identified where the copy first names them; later mentions add nothing new.
  const newChildren = people.filter((person) => isNamedChild(person) && !namedChildren.has(person.shortName ?? person.name))
  // "Her grandfather, Stavros Kallis, 74": a relative's full name beside a named child gives the child's surname.
  const kinInFull = namedChildren.size > 0 && people.some((person) => isRelativeInFull(person) && !namedChildren.has(person.name))
  for (const person of people) if (isRelativeInFull(person)) namedChildren.add(person.name)
  if (newChildren.length > 0 || kinInFull) {
    for (const child of newChildren) namedChildren.add(child.shortName ?? child.name)
    reasons.add('minor')
    reasons.add('identification')
  }
  if (ASKS_PROTECTION.test(sentence)) story.protectedSource = true
  const protectedSource =
    people.some(isProtected) ||
    // "She worked in the club's finance office for six years": a source met before, by pronoun.
    (SUBJECT_PRONOUN.test(sentence) && (story.protectedSource || sources.some(isProtected)))
  // "Trade minister Edward Lyle signed the licences on 14 June…, the documents show", "Documents
  // seen by Dateline also show that he claimed mileage…": what the leaked papers say a named or
  // identifiable person did, in the copy's own voice (intake4, additive).
  if (DOCUMENTS_SHOW.test(sentence) && (NAMED.test(sentence.replace(/^\p{Lu}\p{Ll}+\s+/u, '')) || /\b(?:he|she|his|her)\b/i.test(sentence))) reasons.add('allegation')
  // "The papers were given to Dateline by a civil servant in the unit, who spoke on condition of
  // anonymity": the sentence that says who handed the material over narrows the source down by
  // their job and where they do it (intake4, additive).
  if (SOURCED.test(sentence) && SOURCE_AT_WORK.test(sentence) && namesWithheld(sentence)) {
    reasons.add('anonymous_source')
    reasons.add('identification')
  }
  if (IDENTIFYING_DETAIL.test(sentence) && (SOURCED.test(sentence) || protectedSource)) {
    reasons.add('anonymous_source')
    reasons.add('identification')
  }
  return (['allegation', 'minor', 'anonymous_source', 'court_case', 'identification', 'privacy'] as const).filter((reason) => reasons.has(reason))
}

/** "Marsh", "Dean Marsh", "the driver": the sentence names someone the live case accuses. */
function namesTheAccused(sentence: string, liveCase: LiveCase): boolean {
  const surnames = liveCase.accused.map((name) => withoutHonorific(name).split(/\s+/).pop() ?? name)
  return (
    surnames.some((surname) => new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(sentence)) ||
    liveCase.roles.some((role) => new RegExp(`\\b(?:the|The)\\s+${role}\\b`).test(sentence))
  )
}

/** A full name, or a surname the story printed in full: the person a private fact is about can be found. */
function namesSomeone(sentence: string, people: StoryPeople): boolean {
  return namesInFull(sentence) || [...people.surnames].some((surname) => new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(sentence))
}

/** A full name in the sentence, its opening word aside ("The whistleblower, Leila Haddad…"). */
const namesInFull = (sentence: string): boolean => NAMED.test(sentence.replace(SENTENCE_OPENER, ''))

function isNamedChild(person: Person): boolean {
  if (person.anonymity !== 'named' && person.anonymity !== 'partial') return false
  if (person.age !== null) return person.age < AGE_OF_MAJORITY
  return person.noun !== null && MINOR_NOUNS.has(person.noun)
}

function mentionsPersonNoun(sentence: string): boolean {
  return tokenize(sentence).some((token) => token.word && isPersonNoun(token.lower))
}
