/**
 * Releasing scheduled dispatches at their embargo, on Payload's jobs queue. The schedule move
 * queues a `releaseScheduledDispatch` job for the embargo inside its own transaction; the job
 * re-runs the publish gate at that moment (src/workflow/release.ts) and publishes, waits, skips,
 * or returns the story to approved and tells the desk.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch } from '../../payload-types'
import { lockDispatch } from '../db/locks'
import { inTransaction } from '../db/transactions'
import { notify } from '../notifications/send'
import { decideScheduledRelease, type GateFailure } from '../workflow'
import { gateInputFor, gateRecord, publishWorkingCopy, queueRelease, recordEvent, SERVICE, workingCopy, type ReleaseJobInput } from './records'

export type ReleaseOutcome = 'published' | 'waiting' | 'skipped' | 'returned_to_approved'

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
        await publishWorkingCopy(story, now, tx, { readHash: gate.legalRead.currentHash })
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
