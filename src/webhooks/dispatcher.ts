/**
 * Sends the webhook outbox from inside the server process: every `pollMs` it claims due
 * deliveries (src/webhooks/store.ts — safe with several instances on one PostgreSQL), POSTs them
 * signed, and records the outcome with capped exponential backoff. `stop()` lets in-flight sends
 * finish (each bounded by the timeout) so a shutdown loses nothing; a delivery whose instance died
 * mid-send becomes due again when its lease passes.
 */
import type { Payload } from 'payload'

import { readStored } from '../db/raw'
import type { AddressPolicy } from './addressPolicy'
import { nextDeliveryState, type AttemptOutcome, type RetryPolicy } from './backoff'
import { systemResolver } from './resolver'
import { sendDelivery, type SendOptions } from './send'
import { PURGE_EVENT } from './events'
import { purgeTarget } from './purge'
import { deliveryStore, storeSupports, type Claimed } from './store'
import type { Resolver } from './target'

export type DispatcherOptions = {
  pollMs: number
  timeoutMs: number
  retry: RetryPolicy
  /** Read before every send, so a configuration change (or a test) applies to deliveries already queued. */
  policy: () => AddressPolicy
  resolve?: Resolver
  /** Deliveries sent at once per pass. */
  batchSize?: number
}

export type WebhookDispatcher = {
  /** Runs one pass now (claims, sends, records); returns how many deliveries it attempted. */
  runOnce: () => Promise<number>
  stop: () => Promise<void>
}

type DeliveryRow = { id: number; deliveryId: string; event: string; body: string; subscription?: number | { id: number } | null }
type SubscriptionRow = { id: number; url: string; secret: string; active?: boolean | null }

/** Starts the dispatcher loop; call `stop()` before closing the database. */
export function startWebhookDispatcher(payload: Payload, options: DispatcherOptions): WebhookDispatcher {
  const store = deliveryStore(payload)
  const batchSize = options.batchSize ?? 10
  // Longer than any send can take, so a live instance never has its delivery taken by another.
  const leaseMs = options.timeoutMs + 30_000
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let current: Promise<number> = Promise.resolve(0)

  async function attempt(claimed: Claimed): Promise<void> {
    // Raw reads: the Local API masks the secret on every read.
    const delivery = await readStored<DeliveryRow>(payload, 'webhook-deliveries', claimed.id)
    if (!delivery) return
    const subscriptionId = typeof delivery.subscription === 'object' ? delivery.subscription?.id : delivery.subscription
    const subscription = subscriptionId
      ? await readStored<SubscriptionRow>(payload, 'webhook-subscriptions', subscriptionId)
      : null

    let outcome: AttemptOutcome
    const purge = delivery.event === PURGE_EVENT ? purgeTarget() : undefined
    if (purge === null) outcome = { ok: false, statusCode: null, error: 'PURGE_URL is no longer set', retry: false }
    else if (purge) {
      // The operator set PURGE_URL: a CDN inside the network (loopback, private) is theirs to name.
      const sendOptions: SendOptions = { timeoutMs: options.timeoutMs, policy: { allowLoopback: true, allowPrivate: true }, resolve: options.resolve ?? systemResolver }
      outcome = await sendDelivery(delivery, purge, sendOptions)
    } else if (!subscription) outcome = { ok: false, statusCode: null, error: 'the subscription no longer exists', retry: false }
    else if (subscription.active === false) outcome = { ok: false, statusCode: null, error: 'the subscription is inactive', retry: false }
    else {
      const sendOptions: SendOptions = { timeoutMs: options.timeoutMs, policy: options.policy(), resolve: options.resolve ?? systemResolver }
      outcome = await sendDelivery(delivery, { url: subscription.url, secret: subscription.secret }, sendOptions)
    }
    const now = new Date()
    const state = nextDeliveryState(outcome, claimed.attempts, options.retry, now)
    await store.finish(claimed.id, state, { statusCode: outcome.statusCode, error: outcome.ok ? null : outcome.error }, now)
    if (!outcome.ok) {
      payload.logger.warn({ msg: 'Webhook delivery failed', delivery: delivery.deliveryId, attempts: claimed.attempts, error: outcome.error, next: state.status })
    }
  }

  async function pass(): Promise<number> {
    if (stopped) return 0
    let total = 0
    // Drain: keep claiming while whole batches come back, so a backlog does not wait a poll per batch.
    for (;;) {
      const now = new Date()
      const claimed = await store.claim(now, new Date(now.getTime() + leaseMs), batchSize)
      // Receivers in parallel, each receiver's deliveries one after the other in the order they
      // were written, so a story's "published" reaches a partner before its "updated".
      await Promise.all(
        inOrderPerReceiver(claimed).map(async (queue) => {
          for (const c of queue) {
            await attempt(c).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Webhook delivery crashed' }))
          }
        }),
      )
      total += claimed.length
      if (claimed.length < batchSize || stopped) return total
    }
  }

  function runOnce(): Promise<number> {
    // One pass at a time in this instance; a call during a pass waits for it and runs another.
    const next = current.catch(() => 0).then(pass)
    current = next.catch(() => 0)
    return next
  }

  function schedule(): void {
    if (stopped) return
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Webhook dispatcher pass failed' }))
        .finally(schedule)
    }, options.pollMs)
    timer.unref()
  }

  if (storeSupports(payload)) schedule()
  else payload.logger.warn('Webhook deliveries are not sent on this database (SQLite and PostgreSQL only)')

  return {
    runOnce,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await current.catch(() => undefined)
    },
  }
}

/** Groups claimed deliveries by subscription, each group in the order the deliveries were written. */
export function inOrderPerReceiver(claimed: Claimed[]): Claimed[][] {
  const groups = new Map<string, Claimed[]>()
  for (const c of [...claimed].sort((a, b) => a.id - b.id)) {
    const key = String(c.subscriptionId)
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  return [...groups.values()]
}
