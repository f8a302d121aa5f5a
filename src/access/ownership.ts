import type { Where } from 'payload'

import { correspondentIdOf, relationId } from './roles'
import type { User } from '../../payload-types'

type Owner = Pick<User, 'id' | 'roles' | 'correspondent'>
type DispatchLike = {
  createdBy?: unknown
  byline?: Array<{ correspondent?: unknown }> | null
}

/** Returns true when the user created the dispatch or is in its byline. */
export function ownsDispatch(user: Owner | null | undefined, dispatch: DispatchLike | null | undefined): boolean {
  if (!user || !dispatch) return false
  if (String(relationId(dispatch.createdBy)) === String(user.id)) return true
  const own = correspondentIdOf(user)
  if (own === null) return false
  return (dispatch.byline ?? []).some((entry) => String(relationId(entry.correspondent)) === String(own))
}

/** The same "own" rule as a Where on dispatches, optionally under a relationship path prefix. */
export function ownDispatchWhere(user: Owner, prefix = ''): Where {
  const conditions: Where[] = [{ [`${prefix}createdBy`]: { equals: user.id } }]
  const own = correspondentIdOf(user)
  if (own !== null) conditions.push({ [`${prefix}byline.correspondent`]: { equals: own } })
  return { or: conditions }
}
