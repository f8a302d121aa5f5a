import type { CollectionConfig } from 'payload'

import { adminsOnly, deskOnly, fieldServerOnly, nobody } from '../../src/access/wrappers'

/**
 * Signed preview links (see src/preview and docs/site.md). Only the server writes them, through
 * `POST /api/dispatches/:id/preview-links`; editors, legal and admins read them (to see who
 * shared what, until when); only admins delete one over REST, which ends the link as revoking
 * does. A row holds a hash of the token, never the token.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  admin: {
    group: 'Newsroom',
    defaultColumns: ['dispatch', 'expiresAt', 'createdBy', 'revokedAt', 'createdAt'],
  },
  disableDuplicate: true,
  access: { read: deskOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    // Not required: deleting a story sets this empty (the link then answers 404) instead of failing the delete.
    { name: 'dispatch', type: 'relationship', relationTo: 'dispatches', index: true },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: fieldServerOnly, create: fieldServerOnly, update: fieldServerOnly },
      admin: { hidden: true },
    },
    { name: 'expiresAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'createdBy', type: 'relationship', relationTo: 'users' },
    { name: 'revokedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'revokedBy', type: 'relationship', relationTo: 'users' },
  ],
  timestamps: true,
}
