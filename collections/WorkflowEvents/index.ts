import type { CollectionConfig } from 'payload'

import { fieldDeskOnly, nobody } from '../../src/access/wrappers'
import { optionsOf, WORKFLOW_EVENT_KIND_LABELS, WORKFLOW_STATUS_LABELS } from '../../src/lib/labels'
import { WORKFLOW_STATUSES } from '../../src/workflow/copyRights'
import { workflowEventReadAccess } from './access/workflowEventReadAccess'

export const WORKFLOW_EVENT_KINDS = ['transition', 'legal_decision', 'legal_hold', 'legal_read', 'schedule_failed', 'quote_flag', 'quote_deleted', 'legal_reopened'] as const

const statusOptions = optionsOf(WORKFLOW_STATUS_LABELS, WORKFLOW_STATUSES)

/**
 * Append-only audit log of the editorial workflow. Only the workflow service writes it (with
 * overrideAccess); no API, admins included, may create, change or delete a row.
 */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['at', 'dispatch', 'kind', 'from', 'to', 'actor'],
    group: 'Newsroom',
  },
  disableDuplicate: true,
  access: {
    read: workflowEventReadAccess,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-at',
  fields: [
    { name: 'dispatch', type: 'relationship', relationTo: 'dispatches', required: true, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'transition',
      index: true,
      options: optionsOf(WORKFLOW_EVENT_KIND_LABELS, WORKFLOW_EVENT_KINDS),
    },
    { name: 'from', type: 'select', options: statusOptions },
    { name: 'to', type: 'select', options: statusOptions },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'note', type: 'textarea', maxLength: 10000 },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'gate',
      type: 'json',
      admin: { description: 'What the publish gate saw: quotes, media, hold, byline, and every failure.' },
    },
    { name: 'quote', type: 'relationship', relationTo: 'quotes' },
    {
      // Kept apart from `quote`, which a deletion empties: the audit must still say which quote it was.
      name: 'quoteRef',
      type: 'text',
      index: true,
      admin: { description: 'The quote a quote_flag or quote_deleted row is about, kept after the quote is deleted.' },
    },
    {
      name: 'flags',
      type: 'json',
      admin: {
        description: 'A change of legal flags: before, after (sensitive, reasons, anonymous speaker, whether identity notes exist) and which changed.',
      },
    },
    {
      // The values of identity notes name protected sources: desk only, like the quote's own field.
      name: 'identityNotes',
      type: 'json',
      access: { read: fieldDeskOnly },
      admin: { description: 'Identity notes before and after the change. Editors, legal and admins only.' },
    },
  ],
  timestamps: true,
}
