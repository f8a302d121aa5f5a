import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '../../src/access/wrappers'
import { rejectMalformedId } from '../../src/hooks/rejectMalformedId'
import { DELIVERY_STATUSES } from '../../src/webhooks/store'
import { DELIVERY_EVENTS } from '../../src/webhooks/events'
import { redeliverEndpoint } from './endpoints/redeliver'

/**
 * The webhook outbox and delivery log. Rows are written in the same transaction as the change they
 * announce (collections/Dispatches/hooks/enqueueWebhooks.ts) and sent by the dispatcher
 * (src/webhooks/dispatcher.ts). Admins read it and may redeliver; nobody writes it over the API.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  admin: {
    useAsTitle: 'deliveryId',
    defaultColumns: ['createdAt', 'event', 'subscription', 'status', 'attempts', 'lastStatusCode', 'deliveredAt'],
    group: 'Delivery',
  },
  disableDuplicate: true,
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  endpoints: [redeliverEndpoint],
  defaultSort: '-createdAt',
  hooks: { beforeOperation: [rejectMalformedId] },
  fields: [
    {
      name: 'deliveryId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, description: 'Sent as X-Dateline-Delivery and as `id` in the body; a redelivery keeps it.' },
    },
    { name: 'subscription', type: 'relationship', relationTo: 'webhook-subscriptions', index: true, admin: { readOnly: true } },
    { name: 'event', type: 'select', required: true, options: DELIVERY_EVENTS.map((value) => ({ label: value, value })), admin: { readOnly: true } },
    { name: 'dispatchId', type: 'number', index: true, admin: { readOnly: true } },
    {
      name: 'body',
      // A plain textarea: the admin's code editor loads Monaco from a CDN, blank on closed networks.
      type: 'textarea',
      required: true,
      admin: { readOnly: true, description: 'The exact bytes sent (and signed) on every attempt.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: DELIVERY_STATUSES.map((value) => ({ label: value, value })),
      admin: { readOnly: true },
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    { name: 'nextAttemptAt', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastAttemptAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastStatusCode', type: 'number', admin: { readOnly: true } },
    { name: 'lastError', type: 'text', admin: { readOnly: true } },
    { name: 'deliveredAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'redeliver',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/RedeliverButton#RedeliverButton' } },
    },
  ],
  timestamps: true,
}
