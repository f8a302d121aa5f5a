/** "Legal queue" in the admin's navigation, for legal reviewers and admins. */
import type { ServerProps } from 'payload'
import React from 'react'

import { isLegalOrAdmin } from '../../access/roles'

export function LegalQueueLink({ payload, user }: ServerProps): React.ReactElement | null {
  if (!isLegalOrAdmin(user)) return null
  return (
    <a className="nav__link" id="nav-legal-queue" href={`${payload.config.routes.admin}/legal-queue`}>
      <span className="nav__link-label">Legal queue</span>
    </a>
  )
}
