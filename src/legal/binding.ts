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
  /** Set when the record follows a passage edited in place: its new text. */
  text?: string
  /** Index into the passages this record is bound to, when a passage holds it. */
  passage?: number
  raise?: FlagRaise
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
      outcomes.set(record.id, { id: record.id, binding: 'bound', passage: candidate.index, ...(raise && { raise }) })
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
      passage: candidate.index,
      text: candidate.passage.text,
      raise: raiseFor(record, candidate.passage),
    })
  }

  // 3. Outgrown: a record's words stand inside quote marks that now say more ("armed" →
  //    "armed and dangerous", with no attribution the extractor reads). Legal cleared less than
  //    the copy quotes, so the record follows the marks and waits for legal again.
  const spans = paragraphs.flatMap(quotedSpans).map((text) => ({ text, words: wordsOf(text) })).filter((span) => span.words.length > 0)
  for (const record of records) {
    if (outcomes.has(record.id)) continue
    const grown = outgrownText(record.text, spans)
    if (grown !== null) outcomes.set(record.id, { id: record.id, binding: 'bound', text: grown })
  }

  // 4. The rest are bound exactly while their words stand anywhere in the copy, quoted or not.
  for (const record of records) {
    if (outcomes.has(record.id)) continue
    outcomes.set(record.id, { id: record.id, binding: wordsStand(record.text, paragraphWords) ? 'bound' : 'unbound' })
  }

  return {
    records: records.map((record) => outcomes.get(record.id)!),
    create: open.filter((candidate) => !taken.has(candidate.index)).map((candidate) => candidate.passage),
  }
}
