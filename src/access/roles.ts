import type { User } from '../../payload-types'

export const ROLES = ['admin', 'editor', 'correspondent', 'legal', 'frontend'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'id' | 'roles' | 'correspondent'> | null | undefined

/** Returns true when the user holds the role. */
export const hasRole = (user: MaybeUser, role: Role): boolean => Boolean(user?.roles?.includes(role))

/** Returns true for admins. */
export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Returns true for desk editors and admins: they write and read everything editorial. */
export const isEditorOrAdmin = (user: MaybeUser): boolean => isAdmin(user) || hasRole(user, 'editor')

/** Returns true for legal reviewers and admins. */
export const isLegalOrAdmin = (user: MaybeUser): boolean => isAdmin(user) || hasRole(user, 'legal')

/** Returns true for correspondents. */
export const isCorrespondent = (user: MaybeUser): boolean => hasRole(user, 'correspondent')

/** Returns true for the roles that read every draft, note and private field: admin, editor, legal. */
export const isDesk = (user: MaybeUser): boolean =>
  isEditorOrAdmin(user) || hasRole(user, 'legal')

/** Returns true for the roles that write copy (dispatches, quotes, media): editors, admins, correspondents. */
export const isCopyWriter = (user: MaybeUser): boolean => isEditorOrAdmin(user) || isCorrespondent(user)

/** Returns true for newsroom staff; frontend keys and anonymous readers are not staff. */
export const isStaff = (user: MaybeUser): boolean => isDesk(user) || isCorrespondent(user)

/** Returns the id of a relationship value whether it arrived populated or as a bare id. */
export function relationId(value: unknown): number | string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

/** Returns the correspondent profile id linked to the user, if any. */
export const correspondentIdOf = (user: MaybeUser): number | string | null =>
  relationId(user?.correspondent)
