import { createHash } from 'node:crypto'

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
