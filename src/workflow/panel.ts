import { statusLabel } from '../lib/labels'
import { copyEditRefusal, type WorkflowStatus } from './copyRights'
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

/** A gate reason as the panel lists it, with where in the admin to deal with it. */
export type PanelBlocker = GateFailure & { link?: string }

export type WorkflowPanelState = {
  status: WorkflowStatus
  hasLiveCopy: boolean
  moves: OfferedMove[]
  /** Why the story may not publish now (empty when it may): the publish gate's own reasons. */
  blockers: GateFailure[]
  /** Whether this user may change the copy now; when not, the notice the form shows instead. */
  copy: { editable: boolean; notice: string | null }
}

/**
 * Returns whether `actor` may edit the copy in `status` and, when not, why in the desk's words
 * ("In review — the desk is editing this story"), by the same rule the server enforces on save.
 */
export function copyEditability(actor: Pick<Actor, 'roles'>, status: WorkflowStatus): WorkflowPanelState['copy'] {
  if (copyEditRefusal(actor.roles, status) === null) return { editable: true, notice: null }
  if (actor.roles.includes('correspondent')) {
    const who = status === 'published' || status === 'withdrawn' ? 'the desk looks after it now' : 'the desk is editing this story'
    return { editable: false, notice: `${statusLabel(status)} — ${who}. You can read it; changes go through the desk.` }
  }
  if (actor.roles.includes('legal')) {
    return { editable: false, notice: 'Read only for legal: decide on its quotes in the Legal queue, or place a legal hold; the desk edits the copy.' }
  }
  return { editable: false, notice: 'Read only: your role may not edit dispatch copy.' }
}

/** Returns what the admin's workflow panel shows: status, the actor's moves and what blocks publishing. */
export function workflowPanelState(input: {
  actor: Actor
  status: WorkflowStatus
  hasLiveCopy: boolean
  gate: GateInput
  now: Date
  /** Where the admin is mounted (Payload's `routes.admin`). */
  adminRoute?: string
}): WorkflowPanelState {
  return {
    status: input.status,
    hasLiveCopy: input.hasLiveCopy,
    moves: offeredMoves(input.actor, input.status, input.hasLiveCopy),
    blockers: evaluatePublishGate(input.gate, input.now),
    copy: copyEditability(input.actor, input.status),
  }
}
