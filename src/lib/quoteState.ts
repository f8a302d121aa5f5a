/** A quote's legal state in one word for badges and cells, from the fields a reader of it may see. */
import { BINDING_LABELS, legalStatusLabel } from './labels'

type QuoteFacts = { sensitive?: boolean | null; legal?: { status?: string | null } | null; binding?: string | null }

export type QuoteLegalState = 'not_sensitive' | 'pending' | 'approved' | 'rejected' | 'unbound'

/** Returns the state a badge shows: unbound first (its words left the story), then legal's decision. */
export function quoteLegalState(quote: QuoteFacts): QuoteLegalState {
  if (quote.binding === 'unbound') return 'unbound'
  if (!quote.sensitive) return 'not_sensitive'
  const status = quote.legal?.status
  // A sensitive quote that is neither approved nor rejected waits for legal, whatever it says.
  return status === 'approved' || status === 'rejected' ? status : 'pending'
}

/** Returns the words for that state: "Pending legal", "Cleared by legal", "Not sensitive", … */
export function quoteLegalLabel(quote: QuoteFacts): string {
  const state = quoteLegalState(quote)
  if (state === 'unbound') return BINDING_LABELS.unbound
  if (state === 'not_sensitive') return 'Not sensitive'
  return legalStatusLabel(state)
}
