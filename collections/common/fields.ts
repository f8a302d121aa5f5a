import type { Field, RowField } from 'payload'

import { fieldServerOnly, fieldStaffOnly } from '../../src/access/wrappers'
import { CONTRIBUTOR_KIND_LABELS, optionsOf } from '../../src/lib/labels'

export const CONTRIBUTOR_KINDS = ['reporter', 'camera', 'producer', 'editor', 'photographer'] as const

export const contributorKindOptions = optionsOf(CONTRIBUTOR_KIND_LABELS, CONTRIBUTOR_KINDS)

/** Who created a record; set by the server, used for "own" rules; staff only (it names internal accounts). */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: { read: fieldStaffOnly, create: fieldServerOnly, update: fieldServerOnly },
  admin: { readOnly: true, position: 'sidebar' },
}

/**
 * Who stored the current version; set by the server on every save (stampUpdatedBy), named by a
 * 409 STALE_VERSION; staff only.
 */
export const updatedByField: Field = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  disableDuplicate: true,
  access: { read: fieldStaffOnly, create: fieldServerOnly, update: fieldServerOnly },
  admin: { readOnly: true, position: 'sidebar', description: 'Who saved this version last.' },
}

/**
 * `slugField` overrides: a duplicate gets its slug anew from its headline (fillSlugFrom makes it
 * unique) instead of copying one that must be unique, which made every duplicate fail.
 */
export const freshSlugOnDuplicate = (row: RowField): RowField => ({
  ...row,
  fields: row.fields.map((field) => ('name' in field && field.name === 'slug' ? { ...field, disableDuplicate: true } : field)),
})
