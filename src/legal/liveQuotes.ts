/**
 * What readers see of a published story's quotes: a snapshot of each quote taken when the story
 * went out through the gate, never the record as the desk is editing it. Plain rules; the
 * publish service writes the snapshots and the quotes collection shows them to readers.
 */
import { quoteHash, type Speaker } from '../quotes/legalState'

/** The words, speaker and context readers see, as they stood at the publish that cleared them. */
export type LiveQuote = {
  text: string
  speaker: { name: string | null; description: string | null; isAnonymous: boolean }
  context: string | null
  /** quoteHash of text and speaker: what legal's approval (if one was needed) was bound to. */
  hash: string
  publishedAt: string
}

/** A quote record as the publish sees it (the working copy of the quote). */
export type QuoteAtPublish = {
  text: string
  speaker?: Speaker | null
  context?: string | null
  sensitive?: boolean | null
  legal?: { status?: string | null; approvedHash?: string | null } | null
  /** Set by the binding of quotes to the body's words: an unbound record's words are not in the story. */
  binding?: 'bound' | 'unbound' | null
}

/**
 * Returns true when this quote may go out with the story now: its words are in the story, and it
 * is not sensitive or legal approved exactly this text and speaker.
 */
export function clearedForPublish(quote: QuoteAtPublish): boolean {
  if (quote.binding === 'unbound') return false
  if (!quote.sensitive) return true
  return quote.legal?.status === 'approved' && Boolean(quote.legal.approvedHash) && quote.legal.approvedHash === quoteHash(quote.text, quote.speaker)
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * Returns true when every paragraph of a quote's context stands in the story's text. Readers are
 * shown a context only then: legal clears a quote's words and speaker, and the story's text, but
 * never reads a context typed by hand, so words found nowhere else in the story stay unseen.
 */
export function contextStandsIn(context: string, storyParagraphs: readonly string[]): boolean {
  const pieces = context.split(/\n\s*\n/).map(flat).filter(Boolean)
  const paragraphs = storyParagraphs.map(flat)
  return pieces.length > 0 && pieces.every((piece) => paragraphs.some((paragraph) => paragraph.includes(piece)))
}

/**
 * Returns the snapshot a publish writes for a quote, or null when the quote must not be shown.
 * `storyParagraphs` is the story's text as legal reads it (src/legal/storyText.ts); null only for
 * the upgrade backfill, which keeps what readers were already shown.
 */
export function liveSnapshot(quote: QuoteAtPublish, at: Date, storyParagraphs: readonly string[] | null): LiveQuote | null {
  if (!clearedForPublish(quote)) return null
  const context = quote.context?.trim() ? quote.context : null
  const shownContext = context !== null && (storyParagraphs === null || contextStandsIn(context, storyParagraphs)) ? context : null
  return {
    text: quote.text,
    speaker: {
      name: quote.speaker?.name ?? null,
      description: quote.speaker?.description ?? null,
      isAnonymous: Boolean(quote.speaker?.isAnonymous),
    },
    context: shownContext,
    hash: quoteHash(quote.text, quote.speaker),
    publishedAt: at.toISOString(),
  }
}

/** Returns true when the stored snapshot already shows readers what `next` would (the publication time aside). */
export function sameLiveQuote(
  stored: { hash?: string | null; context?: string | null; publishedAt?: string | null } | null | undefined,
  next: LiveQuote | null,
): boolean {
  const shown = Boolean(stored?.publishedAt && stored.hash)
  if (!next) return !shown && !stored?.hash && !stored?.publishedAt
  return shown && stored!.hash === next.hash && (stored!.context ?? null) === next.context
}

/** A quote row as the migration that introduced snapshots reads it, straight from the table. */
export type QuoteRow = {
  id: number
  text: string
  speaker_name: string | null
  speaker_description: string | null
  speaker_is_anonymous: boolean | number | null
  context: string | null
  sensitive: boolean | number | null
  legal_status: string | null
  legal_approved_hash: string | null
}

/**
 * Returns the snapshots for quotes of stories live when snapshots were introduced: what readers
 * were shown then (cleared quotes as they stood), so an upgrade neither hides a live story's
 * quotes nor shows an uncleared one. The migration reads and writes the rows in SQL, because a
 * migration cannot use today's collection config (later migrations add columns it would select).
 */
export function backfillSnapshots(rows: readonly QuoteRow[], at: Date): Array<{ id: number; live: LiveQuote }> {
  const out: Array<{ id: number; live: LiveQuote }> = []
  for (const row of rows) {
    const live = liveSnapshot(
      {
        text: row.text,
        speaker: { name: row.speaker_name, description: row.speaker_description, isAnonymous: Boolean(row.speaker_is_anonymous) },
        context: row.context,
        sensitive: Boolean(row.sensitive),
        legal: { status: row.legal_status, approvedHash: row.legal_approved_hash },
      },
      at,
      null,
    )
    if (live) out.push({ id: Number(row.id), live })
  }
  return out
}
