import type { JobsConfig, Payload } from 'payload'

import { findStored, updateStored } from '../db/raw'
import { databaseName } from '../db/view'

/**
 * The job runner lives in the server process (Payload's `jobs.autoRun`), so a scheduled story
 * goes out without anything else running. It ticks every second for an embargo to the second.
 *
 * On SQLite (one process by design) every job is queued by this process, so the runner keeps the
 * next due time in memory and touches the database only when something is due: a read every
 * second would hold SQLite's shared lock just when a writer wants to commit (Payload's SQLite
 * connections have no busy timeout). On PostgreSQL other instances may queue jobs, so it polls.
 */
type RunnerState = { nextCheckAt: number; stopping: boolean; recovered: boolean }

const states = new WeakMap<Payload, RunnerState>()

function stateOf(payload: Payload): RunnerState {
  let state = states.get(payload)
  if (!state) {
    // 0: look at the queue once at start, for jobs queued before a restart.
    state = { nextCheckAt: 0, stopping: false, recovered: false }
    states.set(payload, state)
  }
  return state
}

export const JOB_TICK = '* * * * * *'

export const autoRun: NonNullable<JobsConfig['autoRun']> = [{ cron: JOB_TICK, limit: 10, queue: 'default', silent: { info: true } }]

/** Returns when the earliest job still waiting in the queue is due (ms), or Infinity for none. */
async function earliestPendingJob(payload: Payload): Promise<number> {
  const docs = await findStored<{ waitUntil?: string | null }>(payload, {
    collection: 'payload-jobs',
    where: {
      and: [
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
      ],
    },
    sort: 'waitUntil',
    limit: 1,
  })
  const job = docs[0]
  if (!job) return Number.POSITIVE_INFINITY
  return job.waitUntil ? Date.parse(job.waitUntil) : 0
}

/**
 * A job marked `processing` when the process starts was cut off by a crash (SQLite means one
 * process, and a clean shutdown waits for running jobs). Payload never picks such a job again,
 * which would leave an embargoed story unpublished for ever, so it is put back in the queue; the
 * release re-checks everything under the story's lock, so running it again is safe.
 */
async function releaseInterruptedJobs(payload: Payload): Promise<void> {
  try {
    await updateStored(payload, {
      collection: 'payload-jobs',
      data: { processing: false },
      where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }] },
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not put interrupted jobs back in the queue' })
  }
}

/** `jobs.shouldAutoRun`: false while shutting down; on SQLite, true only when a job is due. */
export async function shouldAutoRun(payload: Payload): Promise<boolean> {
  const state = stateOf(payload)
  if (state.stopping) return false
  if (databaseName(payload) !== 'sqlite') return true
  if (!state.recovered) {
    state.recovered = true
    await releaseInterruptedJobs(payload)
  }
  const now = Date.now()
  if (now < state.nextCheckAt) return false
  const due = await earliestPendingJob(payload)
  // Due now: run, and look again next tick (a run may leave retries or more jobs behind).
  state.nextCheckAt = due <= now ? now : due
  return due <= now
}

/** Tells the runner a job was queued for `at`, so it wakes in time (SQLite keeps the queue in mind). */
export function noteQueued(payload: Payload, at: Date): void {
  const state = stateOf(payload)
  state.nextCheckAt = Math.min(state.nextCheckAt, at.getTime())
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Stops the runner and waits (up to `timeoutMs`) for a job in flight to finish, so the database
 * is never closed under it. Payload's own destroy() stops the crons but does not wait.
 */
export async function stopJobRunner(payload: Payload, timeoutMs = 10_000): Promise<void> {
  stateOf(payload).stopping = true
  const crons = [...(payload.crons ?? [])]
  for (const cron of crons) cron.stop()
  const deadline = Date.now() + timeoutMs
  while (crons.some((cron) => cron.isBusy()) && Date.now() < deadline) await sleep(25)
}
