'use client'
/**
 * In a quote's sidebar: its legal state in words and, for legal reviewers and admins, the same
 * Approve / Reject (with confirmation) as the Legal queue, so legal can decide from the quote itself.
 */
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

import type { User } from '../../../payload-types'
import { isLegalOrAdmin } from '../../access/roles'
import { quoteLegalLabel, quoteLegalState } from '../../lib/quoteState'
import { LegalDecision } from './LegalDecision'

/**
 * The hash of the quote as this view loaded it (`legal.reviewHash`): from the form, else from the
 * document the view was opened with — never fetched again, so a decision names what legal read.
 */
function reviewedOf(field: unknown, initialData: Record<string, unknown> | undefined): string | null {
  if (typeof field === 'string' && field) return field
  const legal = initialData?.legal as { reviewHash?: unknown } | undefined
  return typeof legal?.reviewHash === 'string' ? legal.reviewHash : null
}

export function QuoteLegalPanel(): React.ReactElement | null {
  const { id, initialData } = useDocumentInfo()
  const { user } = useAuth<User>()
  const fields = useFormFields(([all]) => ({
    text: all.text?.value,
    sensitive: all.sensitive?.value,
    status: all['legal.status']?.value,
    note: all['legal.note']?.value,
    reviewedAt: all['legal.reviewedAt']?.value,
    binding: all.binding?.value,
    reviewHash: all['legal.reviewHash']?.value,
  }))
  if (id === undefined || id === null) return null
  const quote = {
    sensitive: Boolean(fields.sensitive),
    legal: { status: typeof fields.status === 'string' ? fields.status : null },
    binding: typeof fields.binding === 'string' ? fields.binding : null,
  }
  const state = quoteLegalState(quote)
  return (
    <div className="quote-legal-panel" id="quote-legal-panel" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h4 style={{ marginBottom: 'calc(var(--base) / 2)' }}>Legal</h4>
      {isLegalOrAdmin(user) && quote.sensitive ? (
        <LegalDecision
          quoteId={Number(id)}
          quoteText={typeof fields.text === 'string' ? fields.text : ''}
          reviewed={reviewedOf(fields.reviewHash, initialData)}
          initial={{
            status: typeof fields.status === 'string' && fields.status !== 'not_required' ? fields.status : 'pending',
            note: typeof fields.note === 'string' ? fields.note : null,
            reviewer: null,
            reviewedAt: typeof fields.reviewedAt === 'string' ? fields.reviewedAt : null,
          }}
        />
      ) : (
        <p>
          <span className={`legal-badge legal-badge--${state}`} id="quote-legal-state">
            {quoteLegalLabel(quote)}
          </span>
        </p>
      )}
    </div>
  )
}
