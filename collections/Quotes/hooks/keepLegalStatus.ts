import type { CollectionBeforeChangeHook } from 'payload'

import { nextLegalStatus, quoteHash, staleQuoteReview } from '../../../src/quotes/legalState'

/**
 * Re-derives the legal status on every save so that an approval only ever covers the exact
 * text and speaker legal saw. The legal-review service sets `req.context.legalDecision` when it
 * records a decision itself.
 */
export const keepLegalStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const text = String(data.text ?? originalDoc?.text ?? '')
  const speaker = data.speaker ?? originalDoc?.speaker
  const legal = { ...(originalDoc?.legal ?? {}), ...(data.legal ?? {}) }
  const hash = quoteHash(text, speaker)
  if (req.context.legalDecision) {
    // Checked again on the write itself: the quote read by the review command may have changed since.
    const reviewed = req.context.reviewedQuoteHash
    const stale = reviewed ? staleQuoteReview({ id: originalDoc?.id ?? '', text, speaker }, reviewed) : null
    if (stale) throw stale
    data.legal = { ...legal, approvedHash: hash }
    return data
  }
  const sensitive = Boolean(data.sensitive ?? originalDoc?.sensitive)
  const status = nextLegalStatus({ sensitive, status: legal.status, hash, decidedHash: legal.approvedHash })
  data.legal = { ...legal, status }
  return data
}
