/**
 * Before the dashboard: a correspondent (without a desk role) lands on their dispatches instead.
 * The list itself shows them only their own stories (the collection's baseFilter).
 */
import { redirect } from 'next/navigation'
import type { ServerProps } from 'payload'

import { isCorrespondent, isDesk } from '../access/roles'

export function CorrespondentLanding({ payload, user }: ServerProps): null {
  if (isCorrespondent(user) && !isDesk(user)) redirect(`${payload.config.routes.admin}/collections/dispatches`)
  return null
}
