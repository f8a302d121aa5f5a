/**
 * Binding quote records to the words of a working copy. Every passage of quoted speech the
 * extractor finds is one record; a record's words either stand in the copy (bound) or have left
 * it (unbound). The plan never lowers a flag: a record that follows an edited passage keeps its
 * own flags and gains any the extractor now sees.
 */
import type { SensitivityReason } from '../quotes/sensitivityReasons'
import { canonical, containsRun, fragmentsOf, quotedSpans, similarity, wordsOf } from './words'

export const BINDING_STATES = ['bound', 'unbound'] as const
export type BindingState = (typeof BINDING_STATES)[number]

/** A passage of quoted speech as the extractor reports it. */
export type Passage = {
  text: string
  speaker: { name: string; description: string | null; isAnonymous: boolean }
  context: string
  sensitive: boolean
  reasons: SensitivityReason[]
}

/** What the plan needs to know of an existing quote record. */
export type BindingRecord = {
  id: number | string
  text: string
  speakerName: string | null | undefined
  /** The record's speaker description (with the name, what legal cleared the words from). */
  speakerDescription?: string | null
  /**
   * Who the copy gave the words to when the binding last read them (`attributionOf`), or null
   * before it first has: a change means the story now puts the words in another mouth.
   */
  attribution?: string | null
  binding: BindingState | null | undefined
  sensitive: boolean
  reasons: readonly SensitivityReason[]
  isAnonymous: boolean
  /** Legal (or an admin) has taken one of its flags down: its words keep the flags legal left. */
  legalLowered?: boolean
}

/** Flags an edited passage adds to the record that follows it. */
export type FlagRaise = { sensitive: boolean; addReasons: SensitivityReason[]; isAnonymous: boolean }

export type RecordOutcome = {
  id: number | string
  binding: BindingState
  /**
   * The record's words stand in the copy, quoted or not. A record is `bound` only where quote
   * marks carry its words (it is printed as speech); one whose words stand outside them is
   * `unbound`, never public, and still judged at the gate, so taking the marks away routes
   * around nothing.
   */
  stands: boolean
  /** Set when the record follows a passage edited in place: its new text. */
  text?: string
  /** Index into the passages this record is bound to, when a passage holds it. */
  passage?: number
  raise?: FlagRaise
  /** Set when the copy's attribution of the words is new (or first read): the attribution to store. */
  attribution?: string
  /**
   * Set when the copy now gives the words to someone other than the record says: the speaker the
   * record takes. Legal cleared the words from a speaker, so a sensitive record waits again.
   */
  speaker?: { name: string; description: string | null }
}

export type BindingPlan = {
  records: RecordOutcome[]
  /** Passages no record holds: one new record each. */
  create: Passage[]
}

/** Below this, two texts are different quotes rather than one edited in place. */
export const EDIT_SIMILARITY = 0.6
/** From this on, a passage edited in place may also have a changed attribution. */
export const EDIT_SIMILARITY_ANY_SPEAKER = 0.8

const sameSpeaker = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !a || !b || canonical(a) === canonical(b)

/** Returns who the copy gives a passage to, as one line: the name, and the description it prints. */
export const attributionOf = (speaker: Passage['speaker']): string =>
  speaker.description?.trim() ? `${speaker.name.trim()}, ${speaker.description.trim()}` : speaker.name.trim()

/**
 * Returns what a record held by a passage must take of the copy's attribution: nothing while the
 * copy still gives the words to the same speaker; the attribution to store when it is read the
 * first time (a record written by hand or before attributions were kept: nothing to compare);
 * and, when the copy now names someone else, that speaker too, unless the record already says it.
 */
export function attributionChange(record: BindingRecord, passage: Passage): Pick<RecordOutcome, 'attribution' | 'speaker'> {
  const now = attributionOf(passage.speaker)
  if (record.attribution === undefined) return {}
  if (record.attribution !== null && canonical(record.attribution) === canonical(now)) return {}
  if (record.attribution === null || !passage.speaker.name.trim()) return { attribution: now }
  const description = passage.speaker.description?.trim() || null
  const same = canonical(record.speakerName ?? '') === canonical(passage.speaker.name) && canonical(record.speakerDescription ?? '') === canonical(description ?? '')
  return same ? { attribution: now } : { attribution: now, speaker: { name: passage.speaker.name.trim(), description } }
}

/** A quoted span of the copy, with its words. */
export type Span = { text: string; words: readonly string[] }

/** Returns the quoted spans of the copy's paragraphs. */
export const spansOf = (paragraphs: readonly string[]): Span[] =>
  paragraphs.flatMap(quotedSpans).map((text) => ({ text, words: wordsOf(text) })).filter((span) => span.words.length > 0)

/** Returns true when quote marks carry every piece of the text: the copy prints it as speech. */
export function quotedIn(text: string, spans: readonly Span[]): boolean {
  const fragments = fragmentsOf(text)
  return fragments.length > 0 && fragments.every((fragment) => spans.some((span) => containsRun(span.words, fragment)))
}

/**
 * Returns the binding of a record's words in a copy: `bound` only when quote marks carry them,
 * and whether they stand in it at all (quoted or not). The one rule for the binding, the gate
 * and a quote's text edited by hand.
 */
export function bindingIn(text: string, paragraphWords: readonly (readonly string[])[], spans: readonly Span[]): { binding: BindingState; stands: boolean } {
  const stands = wordsStand(text, paragraphWords)
  return { binding: stands && quotedIn(text, spans) ? 'bound' : 'unbound', stands }
}

/** Returns true when every piece of the quote stands, word for word, in one of the paragraphs. */
export function wordsStand(text: string, paragraphWords: readonly (readonly string[])[]): boolean {
  const fragments = fragmentsOf(text)
  if (fragments.length === 0) return false
  // A sentence broken over two paragraphs still prints, so the copy read end to end counts too.
  const whole = paragraphWords.flat()
  return fragments.every((fragment) => paragraphWords.some((words) => containsRun(words, fragment)) || containsRun(whole, fragment))
}

/**
 * Flags the extractor now sees on a record's unchanged words (the paragraphs around them changed):
 * sensitivity and reasons only — never the speaker, which is part of what legal approved — and
 * nothing once legal has lowered the record's flags.
 */
function raiseInPlace(record: BindingRecord, passage: Passage): FlagRaise | undefined {
  if (record.legalLowered || !passage.sensitive) return undefined
  const raise: FlagRaise = {
    sensitive: !record.sensitive,
    addReasons: passage.reasons.filter((reason) => !record.reasons.includes(reason)),
    isAnonymous: false,
  }
  return raise.sensitive || raise.addReasons.length > 0 ? raise : undefined
}

function raiseFor(record: BindingRecord, passage: Passage): FlagRaise | undefined {
  const raise: FlagRaise = {
    sensitive: passage.sensitive && !record.sensitive,
    addReasons: passage.reasons.filter((reason) => !record.reasons.includes(reason)),
    isAnonymous: passage.speaker.isAnonymous && !record.isAnonymous,
  }
  return raise.sensitive || raise.isAnonymous || raise.addReasons.length > 0 ? raise : undefined
}

/**
 * Returns the text of the quote marks a record's words now sit in when they say more than the
 * record, or null when every piece is quoted exactly (or not inside quote marks at all).
 */
export function outgrownText(text: string, spans: ReadonlyArray<{ text: string; words: readonly string[] }>): string | null {
  const whole = wordsOf(text)
  if (spans.some((span) => canonical(span.text) === whole.join(' '))) return null
  const fragments = fragmentsOf(text)
  let grew = false
  const pieces: string[] = []
  for (const fragment of fragments) {
    const key = fragment.join(' ')
    if (spans.some((span) => span.words.join(' ') === key)) {
      pieces.push(spans.find((span) => span.words.join(' ') === key)!.text)
      continue
    }
    // One span may hold several pieces (an ellipsis inside one pair of marks): find it for the whole first.
    const holder = spans.find((span) => containsRun(span.words, whole)) ?? spans.find((span) => containsRun(span.words, fragment))
    if (!holder) return null
    grew = true
    if (!pieces.includes(holder.text)) pieces.push(holder.text)
  }
  if (!grew) return null
  const grown = pieces.join(' … ')
  return canonical(grown) === canonical(text) ? null : grown
}

/**
 * Returns which records the copy's passages hold, which follow a passage edited in place, which
 * became unbound, and which passages need a new record. `paragraphs` is the copy as
 * copyParagraphs gives it; `passages` what the extractor found in those paragraphs.
 */
export function planBinding(paragraphs: readonly string[], passages: readonly Passage[], records: readonly BindingRecord[]): BindingPlan {
  const paragraphWords = paragraphs.map(wordsOf)
  const outcomes = new Map<number | string, RecordOutcome>()

  // The same words quoted twice are one quote for legal.
  const seen = new Set<string>()
  const distinct: Array<{ index: number; passage: Passage; key: string; words: string[] }> = []
  passages.forEach((passage, index) => {
    const key = canonical(passage.text)
    if (!key || seen.has(key)) return
    seen.add(key)
    distinct.push({ index, passage, key, words: wordsOf(passage.text) })
  })

  // 1. The same words: every record that says them is held by the passage.
  const open: typeof distinct = []
  for (const candidate of distinct) {
    const holders = records.filter((record) => canonical(record.text) === candidate.key)
    for (const record of holders) {
      const raise = raiseInPlace(record, candidate.passage)
      outcomes.set(record.id, { id: record.id, binding: 'bound', stands: true, passage: candidate.index, ...(raise && { raise }), ...attributionChange(record, candidate.passage) })
    }
    if (holders.length === 0) open.push(candidate)
  }

  // 2. Edited in place: a passage no record says, and a record whose words it nearly is. A record
  //    whose words still stand elsewhere in the copy stays with them rather than follow the edit.
  const pairs: Array<{ score: number; record: BindingRecord; candidate: (typeof distinct)[number] }> = []
  for (const record of records) {
    if (outcomes.has(record.id)) continue
    const recordWords = wordsOf(record.text)
    const fragments = fragmentsOf(record.text)
    for (const candidate of open) {
      const elsewhere = wordsStand(record.text, paragraphWords)
      const insidePassage = fragments.length > 0 && fragments.every((fragment) => containsRun(candidate.words, fragment))
      if (elsewhere && !insidePassage) continue
      const score = similarity(recordWords, candidate.words)
      const speakerMatches = sameSpeaker(record.speakerName, candidate.passage.speaker.name)
      const grew = speakerMatches && (containsRun(candidate.words, recordWords) || containsRun(recordWords, candidate.words))
      if (score >= EDIT_SIMILARITY_ANY_SPEAKER || (speakerMatches && score >= EDIT_SIMILARITY) || grew) {
        // A record the copy held before wins a tie over one that had already left it.
        pairs.push({ score: score + (record.binding === 'unbound' ? 0 : 1e-6), record, candidate })
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score)
  const taken = new Set<number>()
  for (const { record, candidate } of pairs) {
    if (outcomes.has(record.id) || taken.has(candidate.index)) continue
    taken.add(candidate.index)
    outcomes.set(record.id, {
      id: record.id,
      binding: 'bound',
      stands: true,
      passage: candidate.index,
      text: candidate.passage.text,
      raise: raiseFor(record, candidate.passage),
      ...attributionChange(record, candidate.passage),
    })
  }

  // 3. Outgrown: a record's words stand inside quote marks that now say more ("armed" →
  //    "armed and dangerous", with no attribution the extractor reads). Legal cleared less than
  //    the copy quotes, so the record follows the marks and waits for legal again.
  const spans = spansOf(paragraphs)
  for (const record of records) {
    if (outcomes.has(record.id)) continue
    const grown = outgrownText(record.text, spans)
    if (grown !== null) outcomes.set(record.id, { id: record.id, binding: 'bound', stands: true, text: grown })
  }

  // 4. The rest are bound while quote marks carry their words (spans the extractor does not
  //    report: a speaker it cannot read). Words that stand only outside quote marks are no
  //    speech: unbound, never public — but still judged at the gate while they stand.
  for (const record of records) {
    if (outcomes.has(record.id)) continue
    outcomes.set(record.id, { id: record.id, ...bindingIn(record.text, paragraphWords, spans) })
  }

  return {
    records: records.map((record) => outcomes.get(record.id)!),
    create: open.filter((candidate) => !taken.has(candidate.index)).map((candidate) => candidate.passage),
  }
}
