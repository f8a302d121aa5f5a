/**
 * On the dashboard, for legal reviewers and admins: how many quotes and stories wait for a
 * decision (src/services/legalQueue.ts), linking to the Legal queue. Counted with the reviewer's
 * own access.
 */
import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'

import { isLegalOrAdmin } from '../../access/roles'
import { legalQueueCounts } from '../../services/legalQueue'

export async function LegalDashboardCard({ payload, user }: ServerProps): Promise<React.ReactElement | null> {
  if (!user || !isLegalOrAdmin(user)) return null
  const { quotes, stories, total } = await legalQueueCounts(await createLocalReq({ user }, payload))
  return (
    <a className="dateline-dashboard-card" id="legal-dashboard-card" href={`${payload.config.routes.admin}/legal-queue`}>
      <strong id="legal-dashboard-count">{total}</strong>
      {total === 1 ? 'decision waits' : 'decisions wait'} for legal: {quotes} {quotes === 1 ? 'quote' : 'quotes'}
      {stories > 0 && (
        <span id="legal-dashboard-reads">
          {' '}
          and {stories} {stories === 1 ? 'story' : 'stories'} to approve as a whole
        </span>
      )}{' '}
      — open the Legal queue
    </a>
  )
}
