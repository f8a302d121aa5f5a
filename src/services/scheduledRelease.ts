/**
 * Releasing scheduled dispatches at their embargo, on Payload's jobs queue. The schedule move
 * queues a `releaseScheduledDispatch` job for the embargo inside its own transaction; the job
 * re-runs the publish gate at that moment (src/workflow/release.ts) and publishes, waits, skips,
 * or returns the story to approved and tells the desk.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch } from '../../payload-types'
import { noteQueued } from '../jobs/runner'
import { notify } from '../notifications/send'
import { decideScheduledRelease, type GateFailure } from '../workflow'
import { lockDispatch } from './lockDispatch'
import { gateInputFor, gateRecord, inTransaction, publishWorkingCopy, recordEvent, SERVICE, workingCopy } from './workflowService'

type Id = number | string

export const RELEASE_TASK = 'releaseScheduledDispatch'

export type ReleaseJobInput = { dispatchId: string; embargoUntil: string }
export type ReleaseOutcome = 'published' | 'waiting' | 'skipped' | 'returned_to_approved'

/** The concurrency key of a story's release jobs: a new scheduling supersedes a pending job. */
export const releaseKey = (dispatchId: Id): string => `dispatch:${String(dispatchId)}`

/** Queues the release of a story at its embargo, inside the caller's transaction. */
export async function queueRelease(dispatchId: Id, embargo: Date, tx: PayloadRequest): Promise<void> {
  const input: ReleaseJobInput = { dispatchId: String(dispatchId), embargoUntil: embargo.toISOString() }
  await tx.payload.jobs.queue({ task: RELEASE_TASK as never, input: input as never, waitUntil: embargo, req: tx })
  noteQueued(tx.payload, embargo)
}

/**
 * Cancels a story's pending release (unscheduled or withdrawn), marked the way Payload marks a
 * cancelled job. The job would find the story no longer scheduled and skip anyway; cancelling
 * keeps the queue honest. Written through the adapter inside the caller's transaction, because
 * `payload.jobs.cancel` opens a transaction of its own, which SQLite refuses while ours is open.
 */
export async function cancelRelease(dispatchId: Id, tx: PayloadRequest): Promise<void> {
  await tx.payload.db.updateMany({
    collection: 'payload-jobs',
    data: { hasError: true, error: { cancelled: true }, processing: false, waitUntil: null },
    where: {
      and: [
        { concurrencyKey: { equals: releaseKey(dispatchId) } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    req: tx,
  })
}

type Failure = { story: Dispatch; embargoUntil: string | null; reasons: GateFailure[]; message: string }

/**
 * Runs one release job: re-reads the story under its lock and does what decideScheduledRelease
 * says. Publishing writes what the publish move writes, with a workflow-events row whose actor
 * is empty (the system) and the gate record. Never throws for a closed gate: there is no user
 * to answer, so the story goes back to approved and the desk is mailed after the commit.
 */
export async function releaseScheduledDispatch(
  input: ReleaseJobInput,
  req: PayloadRequest,
  /** The job's clock; tests pass one to release without waiting for the embargo. */
  clock: () => Date = () => new Date(),
): Promise<ReleaseOutcome> {
  let failure: Failure | null = null
  const outcome = await inTransaction(req, async (tx): Promise<ReleaseOutcome> => {
    const current = await workingCopy(input.dispatchId, tx)
    if (!current) return 'skipped'
    await lockDispatch(current.id, tx)
    const story = (await workingCopy(current.id, tx))!
    const now = clock()
    const gate = await gateInputFor(story, tx)
    const decision = decideScheduledRelease({
      status: story.workflowStatus,
      embargoUntil: story.embargoUntil,
      queuedFor: input.embargoUntil,
      now,
      gate,
    })
    const base = { collection: 'dispatches', id: story.id, depth: 0, overrideAccess: true, context: SERVICE, req: tx } as const

    switch (decision.outcome) {
      case 'skip':
        return 'skipped'
      case 'wait':
        // Run early (another instance's clock, a retry): queue again for the embargo itself.
        await queueRelease(story.id, decision.until, tx)
        return 'waiting'
      case 'publish': {
        await publishWorkingCopy(story, now, tx)
        await recordEvent(
          {
            dispatch: story.id,
            kind: 'transition',
            from: 'scheduled',
            to: 'published',
            actor: null,
            note: `Released at its embargo (${input.embargoUntil})`,
            at: now.toISOString(),
            gate: gateRecord(gate, now),
          },
          tx,
        )
        return 'published'
      }
      case 'return_to_approved': {
        await tx.payload.update({ ...base, draft: true, data: { workflowStatus: 'approved', embargoUntil: null } })
        await recordEvent(
          {
            dispatch: story.id,
            kind: 'schedule_failed',
            from: 'scheduled',
            to: 'approved',
            actor: null,
            note: decision.message,
            at: now.toISOString(),
            gate: gateRecord(gate, now),
          },
          tx,
        )
        failure = { story, embargoUntil: story.embargoUntil ?? null, reasons: decision.reasons, message: decision.message }
        return 'returned_to_approved'
      }
    }
  })

  const failed = failure as Failure | null
  if (failed) {
    notify(req.payload, {
      kind: 'schedule_failed',
      story: { id: failed.story.id, headline: failed.story.headline },
      embargoUntil: failed.embargoUntil,
      reasons: failed.reasons.length ? failed.reasons.map((reason) => reason.message) : [failed.message],
    })
  }
  return outcome
}
