/**
 * The outbox table's state changes that must be atomic across instances, in SQL of their own:
 * Payload's Local API reads then writes, so two instances could both take the same delivery.
 * Each function is one statement (autocommit), which also keeps the dispatcher from holding
 * SQLite's write lock across an await.
 */
import type { Payload } from 'payload'

import { speaksSql, sqlRunner } from '../db/raw'
import type { NextState } from './backoff'

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** A delivery taken for sending; `subscriptionId` lets the dispatcher keep each receiver's events in order. */
export type Claimed = { id: number; attempts: number; subscriptionId: number | null }
export type RequeueResult = 'queued' | 'pending' | 'missing'

export type DeliveryStore = {
  /** Takes up to `limit` due deliveries for this instance: each gets its attempt counted and is hidden from others until `leaseUntil`. */
  claim: (now: Date, leaseUntil: Date, limit: number) => Promise<Claimed[]>
  /** Records how an attempt ended. */
  finish: (id: number, state: NextState, outcome: { statusCode: number | null; error: string | null }, now: Date) => Promise<void>
  /** Queues a delivered or failed delivery again (same id and body, a fresh attempt budget). */
  requeue: (id: number, now: Date) => Promise<RequeueResult>
}

/** Returns true when the database is one the outbox store supports. */
export const storeSupports = (payload: Payload): boolean => speaksSql(payload)

/** Returns the outbox store on the app's database. */
export function deliveryStore(payload: Payload): DeliveryStore {
  // Statements on SQLite wait out another connection's write transaction (src/db/busy.ts).
  const { run, sql, dialect } = sqlRunner(payload)
  const postgres = dialect === 'postgres'

  return {
    claim: async (now, leaseUntil, limit) => {
      const at = now.toISOString()
      // A read first: when nothing is due (nearly always) no write is attempted, so an idle
      // dispatcher never waits on SQLite's write lock while a long transaction (the seed) runs.
      const probe = await run(sql`SELECT 1 AS due FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ${at} LIMIT 1`)
      if (probe.rows.length === 0) return []
      // The lease is the next attempt time: a delivery whose sender died becomes due again once it passes.
      const due = postgres
        ? sql`SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ${at} ORDER BY next_attempt_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED`
        : sql`SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ${at} ORDER BY next_attempt_at, id LIMIT ${limit}`
      const { rows } = await run(sql`
        UPDATE webhook_deliveries
        SET next_attempt_at = ${leaseUntil.toISOString()}, attempts = attempts + 1, last_attempt_at = ${at}, updated_at = ${at}
        WHERE id IN (${due}) AND status = 'pending' AND next_attempt_at <= ${at}
        RETURNING id, attempts, subscription_id`)
      return rows.map((row) => ({
        id: Number(row.id),
        attempts: Number(row.attempts),
        subscriptionId: row.subscription_id == null ? null : Number(row.subscription_id),
      }))
    },

    finish: async (id, state, outcome, now) => {
      const at = now.toISOString()
      const next = state.status === 'pending' ? state.nextAttemptAt.toISOString() : null
      const deliveredAt = state.status === 'delivered' ? state.deliveredAt.toISOString() : null
      await run(sql`
        UPDATE webhook_deliveries
        SET status = ${state.status}, next_attempt_at = ${next}, delivered_at = ${deliveredAt},
            last_status_code = ${outcome.statusCode}, last_error = ${outcome.error}, updated_at = ${at}
        WHERE id = ${id}`)
    },

    requeue: async (id, now) => {
      const at = now.toISOString()
      const { affected } = await run(sql`
        UPDATE webhook_deliveries
        SET status = 'pending', attempts = 0, next_attempt_at = ${at}, delivered_at = NULL, updated_at = ${at}
        WHERE id = ${id} AND status IN ('delivered', 'failed')`)
      if (affected > 0) return 'queued'
      const { rows } = await run(sql`SELECT status FROM webhook_deliveries WHERE id = ${id}`)
      return rows.length === 0 ? 'missing' : 'pending'
    },
  }
}
