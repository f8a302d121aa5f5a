import { createHash } from 'node:crypto'

import { ReviewStaleError } from '../errors/ReviewStaleError'

export type LegalStatus = 'not_required' | 'pending' | 'approved' | 'rejected'

export type Speaker = {
  name?: string | null
  description?: string | null
  isAnonymous?: boolean | null
}

/** Returns the hash a legal approval is bound to: the quoted text and who is quoted. */
export function quoteHash(text: string, speaker: Speaker | null | undefined): string {
  const canonical = JSON.stringify([
    text.trim(),
    speaker?.name?.trim() ?? '',
    speaker?.description?.trim() ?? '',
    Boolean(speaker?.isAnonymous),
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

export type LegalSituation = {
  sensitive: boolean
  status: LegalStatus | null | undefined
  /** Hash of the quote as it will be saved. */
  hash: string
  /** Hash the last legal decision was made on. */
  decidedHash: string | null | undefined
}

/**
 * Returns the legal status a quote must carry after a change: a decision stands only for the
 * exact text and speaker it was made on; anything sensitive and undecided waits for legal.
 */
export function nextLegalStatus({ sensitive, status, hash, decidedHash }: LegalSituation): LegalStatus {
  if (!sensitive) return 'not_required'
  const decisionStillApplies = Boolean(decidedHash) && decidedHash === hash
  if (decisionStillApplies && (status === 'approved' || status === 'rejected')) return status
  return 'pending'
}

/**
 * Returns the refusal of a legal decision made on `reviewed` (the hash of the quote as legal read
 * it) when the quote no longer says that — its words or speaker changed while it was on screen —
 * or null when the decision is about the quote as it stands.
 */
export function staleQuoteReview(quote: { id: number | string; text: string; speaker?: Speaker | null }, reviewed: string): ReviewStaleError | null {
  const current = quoteHash(quote.text, quote.speaker)
  if (current === reviewed) return null
  const speaker = quote.speaker?.name?.trim() || 'an unnamed speaker'
  return new ReviewStaleError(
    `Quote ${String(quote.id)} changed since you opened it: it now reads "${quote.text.trim()}" from ${speaker}${quote.speaker?.description?.trim() ? ` (${quote.speaker.description.trim()})` : ''}. Read it again and decide on the quote as it stands`,
    { reviewed, current, quote: quote.id, text: quote.text, speaker: { name: quote.speaker?.name ?? null, description: quote.speaker?.description ?? null, isAnonymous: Boolean(quote.speaker?.isAnonymous) } },
  )
}
