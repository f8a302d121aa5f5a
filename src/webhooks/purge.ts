import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { getEnv } from '../config/env'
import { PURGE_EVENT } from './events'
import type { Target } from './send'

/** Where purges go and what signs them, or null when PURGE_URL is not set. */
export function purgeTarget(): Target | null {
  const env = getEnv()
  return env.PURGE_URL ? { url: env.PURGE_URL, secret: env.PURGE_SECRET ?? env.PAYLOAD_SECRET } : null
}

/** Returns the exact body of a purge: `{ id, event: "cdn.purge", at, keys }` (keys as in Surrogate-Key). */
export const purgeBody = (id: string, at: string, keys: readonly string[]): string => JSON.stringify({ id, event: PURGE_EVENT, at, keys })

/**
 * Queues a POST of these surrogate keys to PURGE_URL in the webhook outbox, through `req` so it
 * commits or rolls back with the change it announces (none without PURGE_URL). The dispatcher
 * sends it after the commit, signed like a webhook (`X-Dateline-Signature` with PURGE_SECRET),
 * and retries it with the webhooks' backoff: a CDN that is down delays only its own purge.
 */
export async function enqueuePurge(payload: Payload, keys: readonly string[], req?: PayloadRequest): Promise<void> {
  if (!purgeTarget() || keys.length === 0) return
  const deliveryId = randomUUID()
  const at = new Date().toISOString()
  await payload.create({
    collection: 'webhook-deliveries',
    data: { deliveryId, event: PURGE_EVENT, body: purgeBody(deliveryId, at, keys), status: 'pending', attempts: 0, nextAttemptAt: at },
    depth: 0,
    overrideAccess: true,
    ...(req && { req }),
  })
}
