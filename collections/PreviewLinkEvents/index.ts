import type { CollectionConfig } from 'payload'

import { deskOnly, nobody } from '../../src/access/wrappers'

export const PREVIEW_LINK_ACTIONS = ['created', 'used', 'revoked', 'refused'] as const

/**
 * Append-only audit of preview links: every creation, every page served through a link, every
 * revocation, and every refused use (expired, revoked) of a link that was genuine. Nobody writes,
 * changes or deletes a row over any API; editors, legal and admins read them.
 */
export const PreviewLinkEvents: CollectionConfig = {
  slug: 'preview-link-events',
  admin: {
    group: 'Newsroom',
    useAsTitle: 'action',
    defaultColumns: ['at', 'action', 'dispatch', 'link', 'actor', 'reason'],
  },
  disableDuplicate: true,
  defaultSort: '-at',
  access: { read: deskOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'link', type: 'relationship', relationTo: 'preview-links', index: true },
    { name: 'dispatch', type: 'relationship', relationTo: 'dispatches', index: true },
    { name: 'action', type: 'select', required: true, options: PREVIEW_LINK_ACTIONS.map((value) => ({ label: value, value })) },
    { name: 'actor', type: 'relationship', relationTo: 'users', admin: { description: 'Empty for the person holding the link.' } },
    { name: 'reason', type: 'text', maxLength: 200 },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
