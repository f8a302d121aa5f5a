import type { WorkflowStatus } from './copyRights'
import { parseEmbargo } from './embargo'
import type { GateFailure } from './errors'
import { evaluatePublishGate, type GateInput } from './gate'

export type ReleaseInput = {
  /** The working copy's status when the job runs. */
  status: WorkflowStatus
  embargoUntil: string | Date | null | undefined
  now: Date
  gate: GateInput
  /**
   * The embargo the job was queued for. A job for another embargo is stale: the story was
   * unscheduled and scheduled again since, and that scheduling queued its own job.
   */
  queuedFor?: string | Date | null
}

export type ReleaseDecision =
  /** Publish the working copy (status → published), as the publish move would. */
  | { outcome: 'publish'; to: 'published'; publishes: true }
  /** Too early (a job run ahead of time, or the embargo was moved later): run again then. */
  | { outcome: 'wait'; until: Date }
  /** Unscheduled or withdrawn since the job was queued: do nothing. */
  | { outcome: 'skip' }
  /** Back to approved, and tell the desk why (DESIGN.md "Workflow"). */
  | { outcome: 'return_to_approved'; to: 'approved'; message: string; reasons: GateFailure[] }

const instant = (value: string | Date | null | undefined): number =>
  value instanceof Date ? value.getTime() : value ? Date.parse(value) : Number.NaN

const sameInstant = (a: string | Date, b: string | Date | null | undefined): boolean => instant(a) === instant(b)

/**
 * Returns what the embargo job does with a scheduled dispatch. The gate runs again because
 * anything may have changed since scheduling (a legal hold, an edited quote, lapsed rights); a
 * failure never throws, since there is no user to answer, only a desk to tell.
 */
export function decideScheduledRelease({ status, embargoUntil, now, gate, queuedFor }: ReleaseInput): ReleaseDecision {
  if (status !== 'scheduled') return { outcome: 'skip' }
  if (queuedFor != null && !sameInstant(queuedFor, embargoUntil)) return { outcome: 'skip' }

  const embargo = embargoUntil instanceof Date ? embargoUntil : embargoUntil ? parseEmbargo(embargoUntil) : null
  if (!embargo || Number.isNaN(embargo.getTime())) {
    // Without a readable embargo nobody can say the story may go out yet.
    return { outcome: 'return_to_approved', to: 'approved', message: 'The scheduled dispatch has no readable embargo', reasons: [] }
  }
  if (embargo.getTime() > now.getTime()) return { outcome: 'wait', until: embargo }

  const reasons = evaluatePublishGate(gate, now)
  if (reasons.length > 0) {
    return {
      outcome: 'return_to_approved',
      to: 'approved',
      message: `The scheduled dispatch did not go out: ${reasons.map((r) => r.message).join('; ')}`,
      reasons,
    }
  }
  return { outcome: 'publish', to: 'published', publishes: true }
}
