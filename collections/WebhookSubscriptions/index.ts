import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../../src/access/wrappers'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { refuseQueriesOn } from '../../src/hooks/refuseQueriesOn'
import { rejectUnknownFields } from '../../src/hooks/rejectUnknownFields'
import { WEBHOOK_EVENTS } from '../../src/webhooks/events'
import { keepStoredSecret, maskSecret } from './hooks/secretMask'
import { validateWebhookEvents } from './validators/webhookEvents'
import { validateWebhookSecret } from './validators/webhookSecret'
import { validateWebhookUrl } from './validators/webhookUrl'

/** Where partners want to hear about published stories. Admins only, for every operation. */
export const WebhookSubscriptions: CollectionConfig = {
  slug: 'webhook-subscriptions',
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'events', 'active', 'updatedAt'],
    group: 'Delivery',
  },
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  hooks: { beforeOperation: [rejectMalformedId, rejectUnknownFields, refuseQueriesOn(['secret'])] },
  fields: [
    { name: 'url', label: 'URL', type: 'text', required: true, maxLength: 2000, validate: validateWebhookUrl },
    {
      name: 'secret',
      type: 'text',
      required: true,
      maxLength: 500,
      validate: validateWebhookSecret,
      hooks: { afterRead: [maskSecret], beforeValidate: [keepStoredSecret] },
      admin: {
        description: 'Signs every delivery (X-Dateline-Signature: sha256=HMAC of the body). Write-only: it is never shown again.',
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map((value) => ({ label: value, value })),
      validate: validateWebhookEvents,
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
    { name: 'description', type: 'text', maxLength: 500 },
  ],
  timestamps: true,
}
