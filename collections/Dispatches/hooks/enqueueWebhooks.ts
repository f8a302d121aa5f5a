import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { webhookEventForDelete, webhookEventForSave } from '../../../src/webhooks/events'
import { enqueueWebhookEvent } from '../../../src/webhooks/outbox'

/**
 * A save that publishes, changes or takes down the live copy queues its webhook event in the same
 * transaction (the hook passes `req`), so an event is sent exactly when the change commits.
 */
export const enqueueWebhooksAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const event = webhookEventForSave({ operation, before: previousDoc, after: doc })
  if (!event) return doc
  // A withdrawal is announced by the copy that went out: the save that makes it is a draft save
  // of the working copy, whose headline may hold words nobody has cleared. The main row keeps the
  // live copy (src/services/records.ts withdrawLiveCopy).
  const announced =
    event === 'dispatch.withdrawn'
      ? ((await req.payload.findByID({ collection: 'dispatches', id: doc.id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, select: { headline: true, slug: true }, req })) ?? doc)
      : doc
  await enqueueWebhookEvent(event, { id: doc.id, slug: announced.slug, headline: announced.headline }, req)
  return doc
}

/** Deleting a live story takes it down as a withdrawal does. */
export const enqueueWebhooksAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const event = webhookEventForDelete(doc)
  if (event) await enqueueWebhookEvent(event, doc, req)
  return doc
}
