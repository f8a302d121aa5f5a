import type { WorkflowStatus } from './copyRights'
import type { GateFailure } from './errors'
import { evaluatePublishGate, type GateInput } from './gate'
import { allowedMoves, MOVES, type Actor, type AllowedMove, type WorkflowAction } from './transitions'

/** The words on the admin's buttons, one per move. */
export const MOVE_LABELS: Readonly<Record<WorkflowAction, string>> = {
  submit: 'Submit for review',
  request_changes: 'Request changes',
  approve: 'Approve',
  resubmit: 'Back to review',
  publish: 'Publish',
  schedule: 'Schedule',
  unschedule: 'Unschedule',
  withdraw: 'Withdraw',
  restore: 'Restore as draft',
  correct: 'Correct',
}

export type OfferedMove = AllowedMove & { label: string }

/**
 * Returns the moves to offer this actor as buttons. Beyond the table of moves, a story whose earlier
 * version is live may be withdrawn from any status but withdrawn, as decideTransition allows.
 */
export function offeredMoves(actor: Actor, from: WorkflowStatus, hasLiveCopy: boolean): OfferedMove[] {
  const moves = allowedMoves(actor, from)
  if (hasLiveCopy && from !== 'withdrawn' && !moves.some((m) => m.action === 'withdraw')) {
    const withdraw = MOVES.find((m) => m.action === 'withdraw')!
    // Withdrawing is the same move from any status; ask the table as if the story were published.
    const mayWithdraw = allowedMoves(actor, withdraw.from[0]!).find((m) => m.action === 'withdraw')
    if (mayWithdraw) moves.push(mayWithdraw)
  }
  return moves.map((m) => ({ ...m, label: MOVE_LABELS[m.action] }))
}

export type WorkflowPanelState = {
  status: WorkflowStatus
  hasLiveCopy: boolean
  moves: OfferedMove[]
  /** Why the story may not publish now (empty when it may): the publish gate's own reasons. */
  blockers: GateFailure[]
}

/** Returns what the admin's workflow panel shows: status, the actor's moves and what blocks publishing. */
export function workflowPanelState(input: {
  actor: Actor
  status: WorkflowStatus
  hasLiveCopy: boolean
  gate: GateInput
  now: Date
}): WorkflowPanelState {
  return {
    status: input.status,
    hasLiveCopy: input.hasLiveCopy,
    moves: offeredMoves(input.actor, input.status, input.hasLiveCopy),
    blockers: evaluatePublishGate(input.gate, input.now),
  }
}
