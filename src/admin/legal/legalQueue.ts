/**
 * The Legal queue's rows: what a lawyer needs to decide on one quote — its words where they stand
 * in the story with the paragraphs around them, who said it and who they really are, why it was
 * flagged, and what was decided before. Plain functions, no React, unit-tested.
 */
import type { Where } from 'payload'

import type { Dispatch, Quote } from '../../../payload-types'
import { relationId } from '../../access/roles'
import { lexicalToPlainText } from '../../lexical/build'
import { legalStatusLabel, reasonLabel, statusLabel } from '../../lib/labels'

/** One paragraph of the story around the quote; `mark` is the quoted words' place in it, when found. */
export type ContextParagraph = { text: string; mark: { start: number; end: number } | null; isQuote: boolean }

export type Decision = {
  status: 'not_required' | 'pending' | 'approved' | 'rejected'
  statusLabel: string
  note: string | null
  reviewer: string | null
  reviewedAt: string | null
}

export type QueueItem = {
  id: number
  text: string
  speaker: string
  isAnonymous: boolean
  /** The real identity of a protected source, for legal's eyes (null when none was recorded). */
  identityNotes: string | null
  reasons: string[]
  context: string | null
  decision: Decision
  /** The hash of the words and speaker shown here (`legal.reviewHash`): the decision names it, so it lands only on them. */
  reviewed: string | null
  /**
   * The story as this page shows it (the `hash` of its legal-review, set by the server view): the
   * approval that leaves nothing waiting seals the story only naming it, refused if it changed since.
   */
  story: string | null
  /** Set when legal decided on this quote before and its words or speaker changed since. */
  earlier: { reviewedAt: string | null; note: string | null; diff: WordDiff | null } | null
  /** Whether the quote's words still stand in the story (absent before quotes are bound to the body). */
  binding: string | null
  paragraphs: ContextParagraph[]
  dispatch: { id: number; headline: string; status: string; statusLabel: string } | null
}

/** The quotes waiting for legal: sensitive and pending (a changed approved quote is pending again). */
export const pendingLegalWhere: Where = {
  and: [{ sensitive: { equals: true } }, { 'legal.status': { equals: 'pending' } }],
}

/** Returns who said it as the desk recorded it, e.g. "Aisha (anonymous) — a woman who fled Raqqa". */
export function speakerLine(speaker: Quote['speaker']): string {
  const name = speaker?.name?.trim() || 'Unnamed speaker'
  const anonymous = speaker?.isAnonymous ? ' (anonymous)' : ''
  const description = speaker?.description?.trim() ? ` — ${speaker.description.trim()}` : ''
  return `${name}${anonymous}${description}`
}

type StoryFacts = Pick<Dispatch, 'id' | 'headline' | 'workflowStatus'> & Partial<Pick<Dispatch, 'standfirst' | 'body'>>

/** Folds what differs between typed and printed copy: curly quotes, dashes, spacing, case. */
export function foldForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

const words = (text: string): string[] => foldForMatch(text).match(/[\p{L}\p{N}']+/gu) ?? []

/**
 * Returns where `quote` stands in `paragraph` (character offsets), or null. Tries the whole quote,
 * then its longest run of words before the first cut: intake joins one speaker's spans
 * ("Yes," he said. "It's finished." → "Yes. It's finished."), so the record is not always a
 * substring of the copy.
 */
export function findInParagraph(paragraph: string, quote: string): { start: number; end: number } | null {
  const folded = foldForMatch(paragraph)
  // The record may end a quote with a full stop where the copy has a comma ("…the city," he said).
  const target = foldForMatch(quote).trim().replace(/[.!?,;:]+$/, '')
  if (!target) return null
  // foldForMatch keeps lengths except for runs of spaces, so map offsets back through a table.
  const map: number[] = []
  let previousSpace = false
  for (let i = 0; i < paragraph.length; i += 1) {
    const space = /\s/.test(paragraph[i]!)
    if (space && previousSpace) continue
    map.push(i)
    previousSpace = space
  }
  map.push(paragraph.length)
  const at = folded.indexOf(target)
  if (at >= 0) return { start: map[at]!, end: map[at + target.length]! }
  // The first sentence or clause of the quote, if it is long enough to be telling.
  const head = target.split(/[.!?;,]\s/)[0]!.trim()
  if (head.length >= 12) {
    const headAt = folded.indexOf(head)
    if (headAt >= 0) return { start: map[headAt]!, end: map[headAt + head.length]! }
  }
  return null
}

/**
 * Returns the paragraph holding the quote with up to `around` paragraphs before and after it. When
 * the words are not found verbatim, the paragraph sharing most of the quote's words is taken (at
 * least half of them); when none does, the list is empty and the queue says so.
 */
export function paragraphsAround(paragraphs: readonly string[], quote: string, around = 1): ContextParagraph[] {
  let index = -1
  let mark: ContextParagraph['mark'] = null
  for (let i = 0; i < paragraphs.length && index < 0; i += 1) {
    const found = findInParagraph(paragraphs[i]!, quote)
    if (found) {
      index = i
      mark = found
    }
  }
  if (index < 0) {
    const wanted = new Set(words(quote))
    let best = 0
    paragraphs.forEach((paragraph, i) => {
      const have = new Set(words(paragraph))
      const shared = [...wanted].filter((w) => have.has(w)).length
      if (wanted.size > 0 && shared / wanted.size >= 0.5 && shared > best) {
        best = shared
        index = i
      }
    })
  }
  if (index < 0) return []
  const from = Math.max(0, index - around)
  const to = Math.min(paragraphs.length - 1, index + around)
  const out: ContextParagraph[] = []
  for (let i = from; i <= to; i += 1) out.push({ text: paragraphs[i]!, mark: i === index ? mark : null, isQuote: i === index })
  return out
}

/** Returns the story's copy as paragraphs in reading order: headline, standfirst, then the body. */
export function storyParagraphs(story: Pick<StoryFacts, 'headline'> & Partial<Pick<Dispatch, 'standfirst' | 'body'>>): string[] {
  const body = lexicalToPlainText(story.body ?? null)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return [story.headline, story.standfirst ?? '', ...body].map((p) => p.trim()).filter(Boolean)
}

export type WordDiff = Array<{ kind: 'same' | 'added' | 'removed'; text: string }>

/** Returns a word-by-word diff from `before` to `after` (longest common subsequence of words). */
export function wordDiff(before: string, after: string): WordDiff {
  const a = before.split(/\s+/).filter(Boolean)
  const b = after.split(/\s+/).filter(Boolean)
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const out: WordDiff = []
  const push = (kind: WordDiff[number]['kind'], word: string): void => {
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.text += ` ${word}`
    else out.push({ kind, text: word })
  }
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]!)
      i += 1
      j += 1
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('added', b[j]!)
      j += 1
    } else {
      push('removed', a[i]!)
      i += 1
    }
  }
  return out
}

type UserRef = number | { id: number; name?: string | null; email?: string | null } | null | undefined

const reviewerName = (reviewer: UserRef): string | null =>
  reviewer && typeof reviewer === 'object' ? reviewer.name?.trim() || reviewer.email || null : null

/** The quote's legal group, with what the server may add when quotes are bound to the body's words. */
type LegalFields = NonNullable<Quote['legal']> & { approvedText?: string | null }
type QuoteFields = Quote & { binding?: string | null }

/** Returns the decision as the queue shows it; a sensitive quote without a status waits for legal. */
export function decisionOf(quote: Quote): Decision {
  const legal = (quote.legal ?? {}) as LegalFields
  const status = legal.status ?? (quote.sensitive ? 'pending' : 'not_required')
  return {
    status,
    statusLabel: legalStatusLabel(status),
    note: legal.note?.trim() || null,
    reviewer: reviewerName(legal.reviewer as UserRef),
    reviewedAt: legal.reviewedAt ?? null,
  }
}

/**
 * Returns one queue row for a quote, with its story from `stories` (working copies, read by the
 * reviewer: the quote's populated dispatch would be the live row, whose status and words may be old).
 */
export function toQueueItem(quote: Quote, stories: ReadonlyMap<string, StoryFacts>): QueueItem {
  const story = stories.get(String(relationId(quote.dispatch))) ?? null
  const legal = (quote.legal ?? {}) as LegalFields
  const decision = decisionOf(quote)
  // A pending quote that carries a review date was decided on before and has changed since.
  const decidedBefore = decision.status === 'pending' && Boolean(legal.reviewedAt)
  const approvedText = legal.approvedText?.trim()
  return {
    id: quote.id,
    text: quote.text,
    speaker: speakerLine(quote.speaker),
    isAnonymous: Boolean(quote.speaker?.isAnonymous),
    identityNotes: quote.identityNotes?.trim() || null,
    reasons: (quote.sensitivityReasons ?? []).map(reasonLabel),
    context: quote.context?.trim() || null,
    decision,
    reviewed: (quote.legal as { reviewHash?: string | null } | null | undefined)?.reviewHash ?? null,
    story: null,
    earlier: decidedBefore
      ? {
          reviewedAt: legal.reviewedAt ?? null,
          note: legal.note?.trim() || null,
          diff: approvedText && approvedText !== quote.text ? wordDiff(approvedText, quote.text) : null,
        }
      : null,
    binding: (quote as QuoteFields).binding ?? null,
    paragraphs: story ? paragraphsAround(storyParagraphs(story), quote.text) : [],
    dispatch: story
      ? {
          id: story.id,
          headline: story.headline,
          status: story.workflowStatus ?? 'draft',
          statusLabel: statusLabel(story.workflowStatus ?? 'draft'),
        }
      : null,
  }
}

/** A story's legal read as the server keeps it (`dispatches.legalRead`), where the server has one. */
type LegalReadFields = {
  required?: boolean | null
  status?: string | null
  passages?: Array<{ text?: unknown; reasons?: unknown }> | null
  note?: string | null
  reviewedAt?: string | null
  reviewer?: UserRef
}

export type StoryReadItem = {
  id: number
  headline: string
  status: string
  statusLabel: string
  /** Legal asked to read the whole story (beside any flagged passage). */
  required: boolean
  passages: Array<{ text: string; reasons: string[]; paragraphs: ContextParagraph[] }>
  decision: Decision
  /** The story as shown (its legal-review `hash`: text and fingerprint, set by the server): the decision names it. */
  reviewed: string | null
  /**
   * Set when the story waits for legal's approval as a whole because of its seal (docs/legal.md
   * "Sealed approval"): it changed since legal approved it, or legal's quote decisions did not seal
   * it. `changes` are the plain lines of what changed beyond the words (the word diff shows those).
   */
  sealed: { changes: string[] } | null
}

/** The stories whose text waits for legal's read. */
export const pendingLegalReadWhere: Where = { 'legalRead.status': { equals: 'pending' } }

/** Returns the Legal queue's row for a story's legal read: each flagged passage in its paragraph, with its reasons. */
export function toStoryReadItem(story: StoryFacts & { legalRead?: LegalReadFields | null }): StoryReadItem {
  const read = story.legalRead ?? {}
  const paragraphs = storyParagraphs(story)
  const status = (read.status ?? 'pending') as Decision['status']
  return {
    id: story.id,
    headline: story.headline,
    status: story.workflowStatus ?? 'draft',
    statusLabel: statusLabel(story.workflowStatus ?? 'draft'),
    required: Boolean(read.required),
    passages: (read.passages ?? [])
      .filter((p): p is { text: string; reasons?: unknown } => typeof p?.text === 'string')
      .map((p) => ({
        text: p.text,
        reasons: (Array.isArray(p.reasons) ? p.reasons : []).filter((r): r is string => typeof r === 'string').map(reasonLabel),
        paragraphs: paragraphsAround(paragraphs, p.text),
      })),
    decision: {
      status,
      statusLabel: legalStatusLabel(status),
      note: read.note?.trim() || null,
      reviewer: reviewerName(read.reviewer),
      reviewedAt: read.reviewedAt ?? null,
    },
    reviewed: null,
    sealed: null,
  }
}
