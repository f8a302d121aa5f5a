import { AGE_OF_MAJORITY, MINOR_NOUNS } from './lexicon'
import type { Person } from './people'
import { splitSentences } from './sentences'
import { SENSITIVITY_REASONS, type SensitivityReason } from './types'

/**
 * Words that send a quote to legal, per reason. Phrases match whole words, case-insensitively;
 * list every form you mean ("stab", "stabbed") rather than a stem, so "kill" in "moving in for
 * the kill" or "murderous ideology" does not trip a rule.
 */
export const KEYWORDS = {
  violence: [
    'behead', 'beheaded', 'beheading', 'beheadings', 'cut his head off', 'cut her head off', 'cut off his head',
    'cut off her head', 'killed', 'killing', 'killings', 'murder', 'murdered', 'murdering', 'massacre',
    'executed', 'execution', 'tortured', 'torture', 'stab', 'stabbed', 'stabbing', 'shot dead', 'raped', 'rape',
    'slaughtered', 'lynched', 'crucified', 'blown up', 'beaten to death',
  ],
  extremist_content: [
    'jihad', 'holy war', 'martyrdom', 'martyr', 'martyrs', 'infidel', 'infidels', 'kuffar', 'crusaders',
    'death to', 'kill the', 'kill them', 'behead them',
  ],
  allegation: [
    'recruiter', 'wanted list', 'wanted by', 'wanted for', 'accused', 'alleged', 'allegedly', 'suspected',
    'suspect', 'charged with', 'denies', 'denied', 'stole', 'stolen', 'fraud', 'corruption', 'bribe', 'bribes',
    'murder', 'murdered', 'murdering', 'raped', 'abused', 'terrorist', 'war criminal', 'war crimes',
    'smuggler', 'trafficker', 'convicted', 'arrested',
  ],
  court_case: [
    'court', 'told the court', 'the court heard', 'jury', 'juror', 'jurors', 'trial', 'judge', 'magistrates',
    'prosecutor', 'prosecution', 'defendant', 'pleaded', 'inquest', 'tribunal',
  ],
  privacy: [
    'home address', 'lives at', 'lives on', 'where she lives', 'where he lives', 'phone number', 'mobile number',
    'medical records', 'diagnosed', 'diagnosis', 'hiv', 'pregnant', 'mental health', 'sexuality',
    'bank details', 'passport number',
  ],
} as const satisfies Partial<Record<SensitivityReason, readonly string[]>>

type KeywordReason = keyof typeof KEYWORDS

const PATTERNS = Object.fromEntries(
  Object.entries(KEYWORDS).map(([reason, phrases]) => [
    reason,
    new RegExp(`(?<![\\p{L}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  ]),
) as Record<KeywordReason, RegExp>

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Returns true when the text uses one of the reason's keywords. */
export function mentions(reason: KeywordReason, text: string): boolean {
  return PATTERNS[reason].test(text)
}

/** What the rules look at for one quote. */
export type QuoteEvidence = {
  text: string
  speaker: Person
  /** The quote's own paragraph, attribution included. */
  paragraph: string
  /** The narrative paragraph right before the quote's: the question or scene it answers. */
  leadIn: string | null
  /** The narrative paragraphs since the previous quote: who and what the speaker is talking about. */
  leadInRun: string[]
  /** Named people known so far, other than the speaker and the story's own journalists. */
  thirdParties: Person[]
}

/** Reasons that turn on what is claimed; an unnamed speaker makes such a claim unverifiable. */
const CLAIM_REASONS: SensitivityReason[] = ['allegation', 'violence', 'court_case', 'extremist_content']

/**
 * The rules, one per reason. Each reads the evidence a reviewer would read for that reason:
 * violence in the words or the scene that led to them, extremism in the words alone, a court
 * case anywhere near, an allegation wherever a named person shares a sentence with one.
 */
const RULES: { reason: SensitivityReason; applies: (quote: QuoteEvidence) => boolean }[] = [
  { reason: 'allegation', applies: (quote) => accusedThirdParties(quote).length > 0 },
  { reason: 'violence', applies: (quote) => [quote.text, quote.paragraph, quote.leadIn ?? ''].some((text) => mentions('violence', text)) },
  { reason: 'minor', applies: (quote) => isMinor(quote.speaker) },
  { reason: 'court_case', applies: (quote) => [quote.paragraph, ...quote.leadInRun].some((text) => mentions('court_case', text)) },
  { reason: 'extremist_content', applies: (quote) => mentions('extremist_content', quote.text) },
  { reason: 'privacy', applies: (quote) => mentions('privacy', quote.text) },
  { reason: 'other', applies: (quote) => quote.speaker.name === 'unidentified speaker' },
]

/** Returns the reasons a lawyer should see this quote, in the canonical order (empty: none). */
export function assessQuote(quote: QuoteEvidence): SensitivityReason[] {
  const reasons = new Set(RULES.filter((rule) => rule.applies(quote)).map((rule) => rule.reason))
  if (protectsIdentity(quote.speaker)) reasons.add('anonymous_source')
  // An unnamed fighter's "I want a free Raqqa" is vox pop; the same fighter alleging a crime is not.
  if (quote.speaker.anonymity === 'unnamed' && CLAIM_REASONS.some((reason) => reasons.has(reason))) {
    reasons.add('anonymous_source')
  }
  if (reasons.has('allegation') || (reasons.has('privacy') && namedIn(quote.text, quote.thirdParties).length > 0)) {
    reasons.add('identification')
  }
  if (reasons.has('minor') && quote.speaker.anonymity === 'named') reasons.add('identification')
  return SENSITIVITY_REASONS.filter((reason) => reasons.has(reason))
}

function protectsIdentity(speaker: Person): boolean {
  return speaker.anonymity === 'pseudonym' || speaker.anonymity === 'withheld'
}

function isMinor(speaker: Person): boolean {
  if (speaker.age !== null) return speaker.age < AGE_OF_MAJORITY
  const words = `${speaker.noun ?? ''} ${speaker.description ?? ''}`.toLowerCase().split(/\s+/)
  return words.some((word) => MINOR_NOUNS.has(word))
}

/** Returns the named people who share a sentence with an allegation, in the quote or its lead-in. */
export function accusedThirdParties(quote: QuoteEvidence): Person[] {
  const sentences = [quote.text, quote.paragraph, ...quote.leadInRun].flatMap(splitSentences)
  const accusing = sentences.filter((sentence) => mentions('allegation', sentence))
  return quote.thirdParties.filter((person) => accusing.some((sentence) => namedIn(sentence, [person]).length > 0))
}

function namedIn(text: string, people: Person[]): Person[] {
  return people.filter((person) => text.includes(person.name) || (person.shortName !== null && text.includes(person.shortName)))
}
