import type { Field } from 'payload'

import { fieldAnyone, fieldServerOnly } from '../../../src/access/wrappers'

/**
 * What readers see of the quote: its words, speaker and context as they stood when the story
 * last went out through the gate (src/services/liveQuotes.ts writes it inside the publish).
 * Readable by anyone because it is exactly what was published; written only by the server.
 */
export const liveField: Field = {
  name: 'live',
  type: 'group',
  access: { read: fieldAnyone, create: fieldServerOnly, update: fieldServerOnly },
  admin: {
    readOnly: true,
    description: 'What readers see: the quote as it stood when the story last went out. Edits wait for the next publish.',
  },
  fields: [
    { name: 'text', type: 'textarea' },
    {
      name: 'speaker',
      type: 'group',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'description', type: 'text' },
        { name: 'isAnonymous', type: 'checkbox' },
      ],
    },
    { name: 'context', type: 'textarea' },
    { name: 'hash', type: 'text', maxLength: 64 },
    { name: 'publishedAt', type: 'date', index: true },
  ],
}
