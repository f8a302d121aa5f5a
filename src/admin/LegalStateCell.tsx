/**
 * The "Legal" column of the dispatches list: "2 quotes pending legal", "cleared" or "—". A cell of
 * a UI field, rendered on the server for the admin only, so nothing is added to the API and public
 * readers never see it.
 */
import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { legalStateLabel } from '../quotes/legalSummary'

export async function LegalStateCell({ payload, rowData }: DefaultServerCellComponentProps): Promise<React.ReactElement | null> {
  // Payload also renders cells without a row (e.g. while building column state): nothing to count.
  if (rowData?.id === undefined || rowData?.id === null) return null
  // The row is one the signed-in user already reads in this list; only the quotes' legal status
  // is counted, never shown.
  const { docs } = await payload.find({
    collection: 'quotes',
    where: { dispatch: { equals: rowData.id } },
    select: { sensitive: true, legal: { status: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const label = legalStateLabel(docs.map((q) => ({ sensitive: q.sensitive, legalStatus: q.legal?.status })))
  return <span className="legal-state-cell">{label}</span>
}
