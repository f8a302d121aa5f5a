import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { deliveryBody, type WebhookEvent } from './events'

export type AnnouncedDispatch = { id: number | string; slug?: string | null; headline: string }

/**
 * Writes one outbox row per active subscription to `event`, through `req` so the rows commit or
 * roll back with the change they announce. The body is fixed here: every attempt and every
 * redelivery sends (and signs) the same bytes under the same delivery id.
 */
export async function enqueueWebhookEvent(event: WebhookEvent, dispatch: AnnouncedDispatch, req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'webhook-subscriptions',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { events: true },
    req,
  })
  const subscribers = docs.filter((subscription) => (subscription.events ?? []).includes(event))
  const at = new Date().toISOString()
  // One after the other: inside a transaction every write uses the same connection.
  for (const subscription of subscribers) {
    const deliveryId = randomUUID()
    await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        deliveryId,
        subscription: subscription.id,
        event,
        dispatchId: Number(dispatch.id),
        body: deliveryBody({ id: deliveryId, event, at, dispatch: { id: dispatch.id, slug: dispatch.slug ?? null, headline: dispatch.headline } }),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: at,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return subscribers.length
}
