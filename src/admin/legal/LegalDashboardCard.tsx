/**
 * On the dashboard, for legal reviewers and admins: how many quotes wait for a decision, linking
 * to the Legal queue. Counted with the reviewer's own access.
 */
import type { ServerProps } from 'payload'
import React from 'react'

import { isLegalOrAdmin } from '../../access/roles'
import { pendingLegalReadWhere, pendingLegalWhere } from './legalQueue'

export async function LegalDashboardCard({ payload, user }: ServerProps): Promise<React.ReactElement | null> {
  if (!user || !isLegalOrAdmin(user)) return null
  const { totalDocs } = await payload.count({ collection: 'quotes', where: pendingLegalWhere, overrideAccess: false, user })
  const reads = payload.collections.dispatches.config.flattenedFields.some((field) => field.name === 'legalRead')
    ? // Working copies (draft: true), which a count cannot read.
      (await payload.find({ collection: 'dispatches', where: pendingLegalReadWhere, draft: true, limit: 1, depth: 0, select: {}, overrideAccess: false, user })).totalDocs
    : 0
  return (
    <a className="dateline-dashboard-card" id="legal-dashboard-card" href={`${payload.config.routes.admin}/legal-queue`}>
      <strong id="legal-dashboard-count">{totalDocs}</strong>
      {totalDocs === 1 ? 'quote waits' : 'quotes wait'} for legal
      {reads > 0 && (
        <span id="legal-dashboard-reads">
          , and {reads} {reads === 1 ? 'story waits' : 'stories wait'} for a read of its text
        </span>
      )}{' '}
      — open the Legal queue
    </a>
  )
}
