/**
 * The one way a dispatch changes workflow status, a quote gets a legal decision, or a legal
 * hold is placed or lifted. The rules live in src/workflow; this module loads what they need,
 * applies their decision through the Local API inside one transaction, and writes the audit row.
 * REST endpoints and GraphQL mutations both call it.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch, Quote } from '../../payload-types'
import { ownsDispatch } from '../access/ownership'
import { isLegalOrAdmin } from '../access/roles'
import { lockDispatch } from '../db/locks'
import { inTransaction } from '../db/transactions'
import { notify } from '../notifications/send'
import { staleQuoteReview } from '../quotes/legalState'
import { sealAfterDecision } from './legalSeal'
import { withdrawLiveQuotes } from './liveQuotes'
import { decideTransition, isWorkflowStatus, WorkflowError, type TransitionDecision, type WorkflowStatus } from '../workflow'
import {
  cancelRelease,
  gateInputFor,
  gateRecord,
  hasLiveCopy,
  notFound,
  publishWorkingCopy,
  queueRelease,
  readBack,
  recordEvent,
  requireUser,
  SERVICE,
  withdrawLiveCopy,
  workingCopy,
  type Id,
} from './records'

export type TransitionRequest = {
  id: Id
  to: string
  note?: string | null
  embargoUntil?: string | null
  /** The status the client saw; a mismatch answers 409 STALE_STATE. */
  expectedFrom?: string | null
}

/**
 * `reviewed`: the hash of the quote legal read (its words and speaker, `legal.reviewHash`);
 * `story`: the story as legal saw it beside the quote (the `hash` of its legal-review), which the
 * approval that leaves nothing waiting needs to seal the story (legalSeal.ts).
 */
export type LegalReviewRequest = { id: Id; decision: 'approve' | 'reject'; note?: string | null; reviewed: string; story?: string | null }
/** `withdraw` with `active`: a live copy is taken down in the same transaction (legal may withdraw; DESIGN's roles). */
export type LegalHoldRequest = { id: Id; active: boolean; reason?: string | null; withdraw?: boolean }

/**
 * Moves a dispatch's working copy to `to`, or throws a WorkflowError (NOT_FOUND, STALE_STATE,
 * TRANSITION_NOT_ALLOWED, ROLE_NOT_ALLOWED, NOTE_REQUIRED, EMBARGO_INVALID or a gate code).
 * Returns the working copy as the acting user may read it.
 */
export async function transitionDispatch(input: TransitionRequest, req: PayloadRequest): Promise<Dispatch> {
  const user = requireUser(req)
  // What the user could see before acting: an unreadable story is "not found", and the status
  // read here is the one they are acting on unless they say which one they saw.
  const seen = await req.payload.findByID({
    collection: 'dispatches',
    id: input.id,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
    disableErrors: true,
    select: { workflowStatus: true },
  })
  if (!seen) throw notFound('dispatch', input.id)
  if (input.expectedFrom != null && !isWorkflowStatus(input.expectedFrom)) {
    throw new WorkflowError('INVALID_REQUEST', `expectedFrom "${input.expectedFrom}" is not a workflow status`)
  }
  const expectedFrom = (input.expectedFrom ?? seen.workflowStatus) as WorkflowStatus
  let moved: MovedStory | null = null

  await inTransaction(req, async (tx) => {
    await lockDispatch(input.id, tx)
    const current = await workingCopy(input.id, tx)
    if (!current) throw notFound('dispatch', input.id)
    const now = new Date()
    const live = await hasLiveCopy(current.id, tx)
    const gate = await gateInputFor(current, tx)
    const decision = decideTransition({
      actor: { id: user.id, roles: user.roles ?? [], owns: ownsDispatch(user, current) },
      from: current.workflowStatus,
      to: input.to as WorkflowStatus,
      expectedFrom,
      note: input.note,
      embargoUntil: input.embargoUntil,
      now,
      gate,
      hasLiveCopy: live,
    })

    const base = { collection: 'dispatches', id: current.id, depth: 0, overrideAccess: true, context: SERVICE, req: tx } as const
    if (decision.publishes) {
      await publishWorkingCopy(current, now, tx, { readHash: gate.legalRead.currentHash })
    } else if (decision.unpublishes) {
      await withdrawLiveCopy(current, tx)
      await withdrawLiveQuotes(current.id, tx)
    } else {
      await tx.payload.update({
        ...base,
        draft: true,
        data: {
          workflowStatus: decision.to,
          ...(decision.embargoUntil && { embargoUntil: decision.embargoUntil.toISOString() }),
          ...(decision.action === 'unschedule' && { embargoUntil: null }),
        },
      })
    }

    await recordEvent(
      {
        dispatch: current.id,
        kind: 'transition',
        from: current.workflowStatus,
        to: decision.to,
        actor: user.id,
        note: decision.note ?? null,
        at: now.toISOString(),
        gate: decision.runsGate ? gateRecord(gate, decision.embargoUntil ?? now) : null,
      },
      tx,
    )
    // A correction's note is printed with the story, so legal's read covers it (storyReading.ts):
    // saved again now that the note is on record, the read waits for legal when the note says
    // something legal must see (and legal's queue lists it).
    if (decision.action === 'correct' && decision.note?.trim()) await tx.payload.update({ ...base, draft: true, data: {} })
    await scheduleRelease(current.id, current.workflowStatus, decision, tx)
    moved = { story: { id: current.id, headline: current.headline }, decision }
  })

  if (moved) notifyMove(moved, user, req)
  return readBack(input.id, req)
}

type MovedStory = { story: { id: Id; headline: string }; decision: TransitionDecision }

/** Queues the embargo job when scheduling; cancels a pending one when the story leaves `scheduled`. */
async function scheduleRelease(id: Id, from: string, decision: TransitionDecision, tx: PayloadRequest): Promise<void> {
  if (decision.action === 'schedule' && decision.embargoUntil) await queueRelease(id, decision.embargoUntil, tx)
  else if (from === 'scheduled') await cancelRelease(id, tx)
}

/** Mails who must act next; runs after the commit and never fails the move (see notify). */
function notifyMove({ story, decision }: MovedStory, user: NonNullable<PayloadRequest['user']>, req: PayloadRequest): void {
  const actor = user.name || user.email
  if (decision.to === 'in_review' && (decision.action === 'submit' || decision.action === 'resubmit' || decision.action === 'correct')) {
    notify(req.payload, { kind: 'in_review', story, action: decision.action, actor, note: decision.note }, user.email)
  } else if (decision.action === 'request_changes') {
    notify(req.payload, { kind: 'changes_requested', story, actor, note: decision.note ?? '' }, user.email)
  }
}

/**
 * Records legal's decision on a sensitive quote as legal read it (`reviewed`, the hash of its text
 * and speaker), when that is still the quote; the approval is bound to that hash (keepLegalStatus
 * stores it, and checks it again on the write). Throws ROLE_NOT_ALLOWED, NOTE_REQUIRED,
 * NOT_FOUND, QUOTE_NOT_SENSITIVE or REVIEW_STALE (the quote, or the story it would seal, changed since).
 */
export async function reviewQuote(input: LegalReviewRequest, req: PayloadRequest): Promise<Quote> {
  const user = requireUser(req)
  if (!isLegalOrAdmin(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only legal reviewers and admins decide on quotes')
  const note = input.note?.trim() || null
  if (input.decision === 'reject' && !note) {
    throw new WorkflowError('NOTE_REQUIRED', 'To reject a quote, give a note saying why, for the desk')
  }

  await inTransaction(req, async (tx) => {
    const quote = await tx.payload.findByID({ collection: 'quotes', id: input.id, depth: 0, overrideAccess: true, disableErrors: true, req: tx })
    if (!quote) throw notFound('quote', input.id)
    if (!quote.sensitive) {
      throw new WorkflowError('QUOTE_NOT_SENSITIVE', 'This quote is not marked sensitive, so it needs no legal decision')
    }
    const stale = staleQuoteReview(quote, input.reviewed)
    if (stale) throw stale
    const now = new Date().toISOString()
    await tx.payload.update({
      collection: 'quotes',
      id: quote.id,
      data: {
        legal: {
          status: input.decision === 'approve' ? 'approved' : 'rejected',
          reviewer: user.id,
          reviewedAt: now,
          note,
        },
      },
      depth: 0,
      overrideAccess: true,
      context: { legalDecision: true, reviewedQuoteHash: input.reviewed },
      req: tx,
    })
    const dispatchId = typeof quote.dispatch === 'object' ? quote.dispatch.id : quote.dispatch
    // The decision that leaves nothing waiting for legal seals the story as legal saw it
    // (`story`), and is refused when the story changed since (legalSeal.ts).
    const seal = input.decision === 'approve' ? await sealAfterDecision(dispatchId, tx, 'quote', input.story) : null
    await recordEvent(
      {
        dispatch: dispatchId,
        kind: 'legal_decision',
        actor: user.id,
        quote: quote.id,
        note: `${input.decision === 'approve' ? 'Approved' : 'Rejected'}${note ? `: ${note}` : ''}`,
        at: now,
        ...(seal && { gate: seal }),
      },
      tx,
    )
  })
  return req.payload.findByID({ collection: 'quotes', id: input.id, depth: 0, overrideAccess: false, user })
}

/**
 * Places or lifts a legal hold; while it is active the publish gate fails. With `withdraw`, a
 * story that has a live copy is also taken down, in the same transaction (a withdrawal row with
 * legal as the actor): a lawyer who finds a live story must not go out is not left waiting for
 * the desk. Throws ROLE_NOT_ALLOWED, NOTE_REQUIRED, NOT_FOUND, INVALID_REQUEST.
 */
export async function setLegalHold(input: LegalHoldRequest, req: PayloadRequest): Promise<Dispatch> {
  const user = requireUser(req)
  if (!isLegalOrAdmin(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only legal reviewers and admins place or lift a legal hold')
  const reason = input.reason?.trim() || null
  if (input.active && !reason) throw new WorkflowError('NOTE_REQUIRED', 'To place a legal hold, give the reason')
  if (input.withdraw && !input.active) throw new WorkflowError('INVALID_REQUEST', 'withdraw goes with placing a hold (active: true)')

  await inTransaction(req, async (tx) => {
    await lockDispatch(input.id, tx)
    const current = await workingCopy(input.id, tx)
    if (!current) throw notFound('dispatch', input.id)
    const now = new Date().toISOString()
    const legalHold = input.active
      ? { active: true, reason, placedBy: user.id, placedAt: now }
      : { active: false, reason: null, placedBy: null, placedAt: null }
    // The hold is written to the working copy as a draft: it blocks the next publish without
    // touching what is live (withdrawing is a separate, deliberate move).
    await tx.payload.update({
      collection: 'dispatches',
      id: current.id,
      draft: true,
      data: { legalHold },
      depth: 0,
      overrideAccess: true,
      context: SERVICE,
      req: tx,
    })
    await recordEvent(
      {
        dispatch: current.id,
        kind: 'legal_hold',
        actor: user.id,
        note: input.active ? `Hold placed: ${reason}` : `Hold lifted${reason ? `: ${reason}` : ''}`,
        at: now,
      },
      tx,
    )
    if (input.withdraw && (await hasLiveCopy(current.id, tx))) {
      await withdrawLiveCopy(current, tx)
      await withdrawLiveQuotes(current.id, tx)
      if (current.workflowStatus === 'scheduled') await cancelRelease(current.id, tx)
      await recordEvent(
        { dispatch: current.id, kind: 'transition', from: current.workflowStatus, to: 'withdrawn', actor: user.id, note: `Withdrawn under a legal hold: ${reason}`, at: now },
        tx,
      )
    }
  })
  return readBack(input.id, req)
}
