import type { Field } from 'payload'

import { fieldServerOnly } from '../../../src/access/wrappers'
import { LEGAL_READ_STATUSES } from '../../../src/legal/storyRead'
import { LEGAL_STATUS_LABELS, optionsOf } from '../../../src/lib/labels'
import { deskOrOwnDispatchField } from '../access/deskOrOwnDispatchField'

const serverOnly = { read: deskOrOwnDispatchField, create: fieldServerOnly, update: fieldServerOnly }

/**
 * The story's legal read (src/legal/storyRead.ts): the passages outside quotes a lawyer must
 * read, found again on every save; whether legal asked for a read; and legal's decision, bound
 * to the hash of the text it read. Only `required` is written by clients, and only upwards
 * (flagLegalRead refuses dropping it to anyone but legal and admins).
 */
export const legalReadField: Field = {
  name: 'legalRead',
  type: 'group',
  access: { read: deskOrOwnDispatchField },
  admin: { description: 'Legal’s read of the story’s text. Flagged passages, or a read asked for, hold the publish until legal approves this text.' },
  fields: [
    {
      name: 'required',
      type: 'checkbox',
      defaultValue: false,
      access: { read: deskOrOwnDispatchField },
      admin: { description: 'Ask legal to read the whole story before it publishes. Only legal can take this off.' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'not_required',
      index: true,
      options: optionsOf(LEGAL_STATUS_LABELS, LEGAL_READ_STATUSES),
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'passages',
      type: 'json',
      access: serverOnly,
      admin: { readOnly: true, description: 'Sentences outside quotes flagged for legal, as of the last save.' },
      typescriptSchema: [
        () => ({
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['text', 'reasons'],
            properties: { text: { type: 'string' }, reasons: { type: 'array', items: { type: 'string' } } },
          },
        }),
      ],
    },
    { name: 'reviewedHash', type: 'text', maxLength: 64, access: serverOnly, admin: { hidden: true } },
    { name: 'approvedHash', type: 'text', maxLength: 64, access: serverOnly, admin: { readOnly: true } },
    { name: 'approvedText', type: 'textarea', access: serverOnly, admin: { hidden: true } },
    { name: 'reviewer', type: 'relationship', relationTo: 'users', access: serverOnly, admin: { readOnly: true } },
    { name: 'reviewedAt', type: 'date', access: serverOnly, admin: { readOnly: true } },
    { name: 'note', type: 'textarea', maxLength: 5000, access: serverOnly, admin: { readOnly: true } },
  ],
}
