import type { Field } from 'payload'

import { fieldServerOnly, fieldStaffOnly } from '../../src/access/wrappers'

export const CONTRIBUTOR_KINDS = ['reporter', 'camera', 'producer', 'editor', 'photographer'] as const

export const contributorKindOptions = CONTRIBUTOR_KINDS.map((kind) => ({ label: kind, value: kind }))

/** Who created a record; set by the server, used for "own" rules; staff only (it names internal accounts). */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: { read: fieldStaffOnly, create: fieldServerOnly, update: fieldServerOnly },
  admin: { readOnly: true, position: 'sidebar' },
}
