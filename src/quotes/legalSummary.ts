/** The legal state of a story's quotes in a few words, for the desk's list of dispatches. */
export type QuoteLegalFacts = {
  sensitive?: boolean | null
  legalStatus?: string | null
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/**
 * Returns "—" when no quote needs legal, "cleared" when every sensitive quote is approved, and
 * otherwise what is outstanding, e.g. "2 quotes pending legal, 1 rejected".
 */
export function legalStateLabel(quotes: readonly QuoteLegalFacts[]): string {
  const sensitive = quotes.filter((q) => q.sensitive)
  if (sensitive.length === 0) return '—'
  const rejected = sensitive.filter((q) => q.legalStatus === 'rejected').length
  // A sensitive quote that is neither approved nor rejected waits for legal, whatever it says.
  const pending = sensitive.filter((q) => q.legalStatus !== 'approved' && q.legalStatus !== 'rejected').length
  if (pending === 0 && rejected === 0) return 'cleared'
  const parts: string[] = []
  if (pending > 0) parts.push(`${count(pending, 'quote')} pending legal`)
  if (rejected > 0) parts.push(pending > 0 ? `${rejected} rejected` : `${count(rejected, 'quote')} rejected by legal`)
  return parts.join(', ')
}
