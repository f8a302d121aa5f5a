import type { Role } from '../access/roles'
import { statusLabel } from '../lib/labels'
import { WORKFLOW_STATUSES, type WorkflowStatus } from './copyRights'
import { requireFutureEmbargo } from './embargo'
import { WorkflowError } from './errors'
import { assertGate, type GateInput } from './gate'

export type WorkflowAction =
  | 'submit'
  | 'request_changes'
  | 'approve'
  | 'resubmit'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'withdraw'
  | 'restore'
  | 'correct'

export type Move = {
  action: WorkflowAction
  from: readonly WorkflowStatus[]
  to: WorkflowStatus
  /** Roles that may ever make the move. */
  roles: readonly Role[]
  /** Those of `roles` that may make it only on a dispatch they own (DESIGN.md "Roles"). */
  ownOnly: readonly Role[]
  needsNote: boolean
  /** Whether the publish gate must pass before the move. */
  runsGate: boolean
  needsEmbargo: boolean
  /** Whether the working copy becomes the live copy. */
  publishes: boolean
  /** Whether any live copy must come down. */
  unpublishes: boolean
}

const DESK: readonly Role[] = ['editor', 'admin']

const move = (m: Partial<Move> & Pick<Move, 'action' | 'from' | 'to'>): Move => ({
  roles: DESK,
  ownOnly: [],
  needsNote: false,
  runsGate: false,
  needsEmbargo: false,
  publishes: false,
  unpublishes: false,
  ...m,
})

/**
 * The workflow of DESIGN.md as data: one row per move, at most one move per (from, to) pair,
 * so a request naming only the target status is never ambiguous.
 *
 * Decisions where the diagram is silent:
 * - resubmit (approved → in_review) is for the desk only. After submitting, a correspondent can
 *   no longer edit (copyRights.ts), so sending approved copy back to review is the desk's call;
 *   a correspondent who wants another change asks the desk, which can then request changes.
 * - restore (withdrawn → draft) is for the desk only, not legal. Restoring publishes nothing: it
 *   puts the story back in the editorial queue, which is an editing decision. Legal keeps its
 *   lever on what comes back out: the story must pass review and the gate again, where legal
 *   holds and quote approvals apply.
 * - correct (published → in_review) sends the working copy of a live story back through review
 *   while the live copy stays up; the note is the public correction text. It is returned as
 *   `correction` and recorded as the note of this move's workflow event; the publish that ends
 *   the correction appends it to `corrections` (see corrections.ts), so it goes public together
 *   with the corrected copy and never before.
 * - withdraw always takes down any live copy, also from `scheduled`: a scheduled correction of a
 *   published story still has its earlier version live.
 * - scheduled → published is not a move anyone makes: the embargo job releases the story
 *   through release.ts, which re-runs the gate. To publish early, unschedule, then publish.
 */
export const MOVES: readonly Move[] = [
  move({ action: 'submit', from: ['draft', 'changes_requested'], to: 'in_review', roles: ['correspondent', ...DESK], ownOnly: ['correspondent'] }),
  move({ action: 'request_changes', from: ['in_review'], to: 'changes_requested', needsNote: true }),
  move({ action: 'approve', from: ['in_review'], to: 'approved' }),
  move({ action: 'resubmit', from: ['approved'], to: 'in_review' }),
  move({ action: 'publish', from: ['approved'], to: 'published', runsGate: true, publishes: true }),
  move({ action: 'schedule', from: ['approved'], to: 'scheduled', runsGate: true, needsEmbargo: true }),
  move({ action: 'unschedule', from: ['scheduled'], to: 'approved' }),
  move({ action: 'withdraw', from: ['published', 'scheduled'], to: 'withdrawn', roles: ['editor', 'legal', 'admin'], needsNote: true, unpublishes: true }),
  move({ action: 'restore', from: ['withdrawn'], to: 'draft' }),
  move({ action: 'correct', from: ['published'], to: 'in_review', needsNote: true }),
]

/** Returns true when the value is one of the seven workflow statuses. */
export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (WORKFLOW_STATUSES as readonly string[]).includes(value)
}

/** Returns the move from one status to another, or undefined when the workflow has none. */
export function findMove(from: WorkflowStatus, to: WorkflowStatus): Move | undefined {
  return MOVES.find((m) => m.to === to && m.from.includes(from))
}

export type Actor = {
  id: string | number
  roles: readonly string[]
  /** Created the dispatch or is in its byline (DESIGN.md "Roles"). */
  owns: boolean
}

type RoleVerdict = 'allowed' | 'never' | 'not_own'

function roleVerdict(actor: Actor, m: Move): RoleVerdict {
  const held = m.roles.filter((role) => actor.roles.includes(role))
  if (held.length === 0) return 'never'
  if (actor.owns || held.some((role) => !m.ownOnly.includes(role))) return 'allowed'
  return 'not_own'
}

export type AllowedMove = Pick<Move, 'action' | 'to' | 'needsNote' | 'needsEmbargo' | 'runsGate'>

/** Returns the moves the actor may offer from this status (for the admin's buttons); the gate is not run. */
export function allowedMoves(actor: Actor, from: WorkflowStatus): AllowedMove[] {
  return MOVES.filter((m) => m.from.includes(from) && roleVerdict(actor, m) === 'allowed').map(
    ({ action, to, needsNote, needsEmbargo, runsGate }) => ({ action, to, needsNote, needsEmbargo, runsGate }),
  )
}

export type TransitionInput = {
  actor: Actor
  /** The working copy's status as stored now. */
  from: WorkflowStatus
  to: WorkflowStatus
  /**
   * The status the client saw when it chose the move, if it says. A mismatch means someone
   * moved the story meanwhile, and the move the user chose may no longer mean what they meant.
   */
  expectedFrom?: WorkflowStatus
  note?: string | null
  /** ISO 8601 with offset; only for schedule. */
  embargoUntil?: string | null
  now: Date
  /** Required for moves that run the gate; never defaulted, so nothing publishes unchecked. */
  gate?: GateInput
  /**
   * Whether an earlier version is live (Payload's main row is published). A story being
   * corrected has its working copy in review while the old copy is still up, and withdrawing
   * must stay possible then: legal cannot wait for the desk to finish a correction.
   */
  hasLiveCopy?: boolean
}

export type TransitionDecision = {
  ok: true
  action: WorkflowAction
  to: WorkflowStatus
  runsGate: boolean
  publishes: boolean
  unpublishes: boolean
  /** Trimmed note for the workflow event, when one was given. */
  note?: string
  embargoUntil?: Date
  /** Public correction text (correct only), appended to `corrections` when republished. */
  correction?: string
}

const verb = (action: WorkflowAction): string => action.replace('_', ' ')

/** A status in the middle of a sentence, in the desk's words: "in review", "changes requested". */
const said = (status: string): string => statusLabel(status).toLowerCase()

function targetsFrom(from: WorkflowStatus): string {
  const targets = MOVES.filter((m) => m.from.includes(from)).map((m) => said(m.to))
  return targets.length ? targets.join(' or ') : 'nowhere'
}

/**
 * Returns what a transition does, or throws a WorkflowError naming why it may not happen.
 * Checks run in the order a user can act on them: does the move exist (409), may this user
 * make it (403), is the note there (400), is the embargo usable (400), does the gate pass (409).
 */
export function decideTransition(input: TransitionInput): TransitionDecision {
  const { actor, from, to, now } = input
  if (!isWorkflowStatus(to)) {
    throw new WorkflowError('INVALID_REQUEST', `"${String(to)}" is not a workflow status; use one of ${WORKFLOW_STATUSES.join(', ')}`)
  }
  if (!isWorkflowStatus(from)) {
    throw new WorkflowError('INVALID_REQUEST', `The dispatch has no valid workflow status ("${String(from)}")`)
  }
  if (input.expectedFrom !== undefined && input.expectedFrom !== from) {
    // In the desk's words: the admin shows this message as it is ("is now in review, not approved").
    throw new WorkflowError('STALE_STATE', `The dispatch is now ${said(from)}, not ${said(input.expectedFrom)}; reload and try again`)
  }

  const withdrawLive = to === 'withdrawn' && input.hasLiveCopy === true && from !== 'withdrawn'
  const m = findMove(from, to) ?? (withdrawLive ? MOVES.find((candidate) => candidate.action === 'withdraw') : undefined)
  if (!m) {
    const detail = from === to ? `The dispatch is already ${said(to)}` : `A dispatch cannot go from ${said(from)} to ${said(to)}`
    throw new WorkflowError('TRANSITION_NOT_ALLOWED', `${detail}; from ${said(from)} it can go to ${targetsFrom(from)}`)
  }

  const verdict = roleVerdict(actor, m)
  if (verdict === 'never') {
    throw new WorkflowError('ROLE_NOT_ALLOWED', `Your role may not ${verb(m.action)} a dispatch`)
  }
  if (verdict === 'not_own') {
    throw new WorkflowError('ROLE_NOT_ALLOWED', `Correspondents may ${verb(m.action)} only their own dispatches`)
  }

  const note = typeof input.note === 'string' && input.note.trim() !== '' ? input.note.trim() : undefined
  if (m.needsNote && !note) {
    const what = m.action === 'correct' ? 'the correction text readers will see' : 'a note saying why'
    throw new WorkflowError('NOTE_REQUIRED', `To ${verb(m.action)} a dispatch, give ${what}`)
  }

  let embargoUntil: Date | undefined
  if (m.needsEmbargo) embargoUntil = requireFutureEmbargo(input.embargoUntil, now)
  else if (input.embargoUntil !== undefined && input.embargoUntil !== null && input.embargoUntil.trim() !== '') {
    // Refused rather than ignored: "publish with an embargo" would otherwise go out at once.
    throw new WorkflowError('EMBARGO_INVALID', `embargoUntil applies only when scheduling, not to ${verb(m.action)}`)
  }

  if (m.runsGate) {
    if (!input.gate) throw new Error(`decideTransition: ${m.action} runs the publish gate, but no gate input was given`)
    // A scheduled story is judged as of its release, so rights that lapse before then fail now.
    assertGate(input.gate, embargoUntil ?? now)
  }

  return {
    ok: true,
    action: m.action,
    to: m.to,
    runsGate: m.runsGate,
    publishes: m.publishes,
    unpublishes: m.unpublishes,
    ...(note !== undefined && { note }),
    ...(embargoUntil && { embargoUntil }),
    ...(m.action === 'correct' && { correction: note }),
  }
}
