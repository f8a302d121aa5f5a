/**
 * What the body editor shows of a working copy's quoted speech: each passage the extractor finds,
 * where it stands, and the quote record that holds it with its legal state. Read-only: it plans
 * the binding and reports it, writing nothing.
 */
import { planBinding, type BindingRecord, type BindingState, type Passage } from './binding'
import { containsRun, fragmentsOf, wordsOf } from './words'

export type PassageRecord = BindingRecord & {
  legalStatus: string | null | undefined
  /** The hash of the record's words and speaker: what a legal decision on it names as `reviewed`. */
  reviewHash?: string | null
}

export type PassageView = {
  text: string
  /** Index into the copy's paragraphs (headline, standfirst, then body paragraphs) where it stands, or null. */
  paragraph: number | null
  speaker: string
  sensitive: boolean
  reasons: string[]
  /** The record that holds the passage; null until the copy is saved and the binding records it. */
  quote: { id: number | string; binding: BindingState; legalStatus: string | null; sensitive: boolean; reasons: string[]; reviewHash: string | null } | null
  /** True when the record says other words than the copy (an edit not yet saved, or a save that did not bind). */
  changedSinceRecorded: boolean
}

export type QuotedPassages = {
  passages: PassageView[]
  /** Records no passage holds: bound by words standing elsewhere (unquoted), or unbound. */
  otherQuotes: Array<{ id: number | string; text: string; binding: BindingState; legalStatus: string | null; sensitive: boolean; reviewHash: string | null }>
}

/** Returns the paragraph a text stands in first, or null. */
function paragraphOf(text: string, paragraphWords: string[][]): number | null {
  const fragments = fragmentsOf(text)
  const index = paragraphWords.findIndex((words) => fragments.length > 0 && fragments.every((fragment) => containsRun(words, fragment)))
  return index < 0 ? null : index
}

/** Returns each quoted passage of the copy with the record that holds it, and the records no passage holds. */
export function quotedPassages(paragraphs: readonly string[], passages: readonly Passage[], records: readonly PassageRecord[]): QuotedPassages {
  const plan = planBinding(paragraphs, passages, records)
  const paragraphWords = paragraphs.map(wordsOf)
  const byPassage = new Map<number, (typeof plan.records)[number]>()
  for (const outcome of plan.records) if (outcome.passage !== undefined && !byPassage.has(outcome.passage)) byPassage.set(outcome.passage, outcome)
  const recordOf = (id: number | string) => records.find((record) => String(record.id) === String(id))!
  const views: PassageView[] = []
  const seen = new Set<string>()
  passages.forEach((passage, index) => {
    const key = wordsOf(passage.text).join(' ')
    if (seen.has(key)) return
    seen.add(key)
    const outcome = byPassage.get(index)
    const record = outcome ? recordOf(outcome.id) : null
    views.push({
      text: passage.text,
      paragraph: paragraphOf(passage.text, paragraphWords),
      speaker: passage.speaker.name,
      sensitive: passage.sensitive,
      reasons: [...passage.reasons],
      quote: record
        ? { id: record.id, binding: 'bound', legalStatus: record.legalStatus ?? null, sensitive: record.sensitive, reasons: [...record.reasons], reviewHash: record.reviewHash ?? null }
        : null,
      changedSinceRecorded: outcome?.text !== undefined,
    })
  })
  const held = new Set([...byPassage.values()].map((outcome) => String(outcome.id)))
  return {
    passages: views,
    otherQuotes: plan.records
      .filter((outcome) => !held.has(String(outcome.id)))
      .map((outcome) => {
        const record = recordOf(outcome.id)
        return { id: record.id, text: record.text, binding: outcome.binding, legalStatus: record.legalStatus ?? null, sensitive: record.sensitive, reviewHash: record.reviewHash ?? null }
      }),
  }
}
