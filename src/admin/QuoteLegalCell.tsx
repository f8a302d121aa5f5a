/**
 * The "Legal" cell of a quote, in the quotes list and in a dispatch's quotes table: its legal state
 * in words, as a badge. Admin-only rendering from the row the user already reads.
 */
import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { quoteLegalLabel, quoteLegalState } from '../lib/quoteState'

export function QuoteLegalCell({ rowData }: DefaultServerCellComponentProps): React.ReactElement | null {
  if (!rowData) return null
  const quote = rowData as { sensitive?: boolean | null; legal?: { status?: string | null } | null; binding?: string | null }
  const state = quoteLegalState(quote)
  return <span className={`legal-badge legal-badge--${state} quote-legal-cell`}>{quoteLegalLabel(quote)}</span>
}
