/**
 * On the dashboard, for legal reviewers and admins: how many quotes wait for a decision, linking
 * to the Legal queue. Counted with the reviewer's own access.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { isLegalOrAdmin } from '../../access/roles'
import { pendingLegalWhere } from './legalQueue'

export async function LegalDashboardCard({ payload, user }: ServerProps): Promise<React.ReactElement | null> {
  if (!user || !isLegalOrAdmin(user)) return null
  const { totalDocs } = await payload.count({ collection: 'quotes', where: pendingLegalWhere, overrideAccess: false, user })
  return (
    <a className="dateline-dashboard-card" id="legal-dashboard-card" href={`${payload.config.routes.admin}/legal-queue`}>
      <strong id="legal-dashboard-count">{totalDocs}</strong>
      {totalDocs === 1 ? 'quote waits' : 'quotes wait'} for legal — open the Legal queue
    </a>
  )
}
