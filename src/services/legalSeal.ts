/**
 * Legal's seal on a story (src/legal/sealed.ts): the decision that leaves nothing waiting for
 * legal names the fingerprint of the story as it stood when legal made it, so legal approving
 * quotes one by one needs no extra click. Runs inside the decision's transaction.
 */
import type { PayloadRequest } from 'payload'

import { sealChanges, sealRequired, sealStands } from '../legal/sealed'
import { evaluatePublishGate } from '../workflow'
import { gateInputFor, workingCopy, type Id } from './records'
import type { SealRecord } from './storyReading'

/** What legal's desk shows of a story's seal. */
export type SealView = {
  /** Legal is involved: a sensitive quote, a passage, or a read asked for. */
  involved: boolean
  /** The story publishes only with legal's seal (legal is involved and has decided on it). */
  required: boolean
  /** Legal's last approval names the story as readers would get it now. */
  approved: boolean
  fingerprint: string
  /** What changed since legal's last approval beyond the words (the diff shows those), and speakers the copy gives otherwise. */
  changes: string[]
}

/**
 * Returns the seal a decision just made gives the story, or null when something still waits for
 * legal (a quote, the story's read) or the decision was on a quote whose speaker the copy gives
 * otherwise (legal cleared the record, not who the story says spoke: the story's read seals it).
 */
export async function sealAfterDecision(dispatchId: Id, tx: PayloadRequest, decided: 'quote' | 'story'): Promise<SealRecord | null> {
  const story = await workingCopy(dispatchId, tx)
  if (!story) return null
  const gate = await gateInputFor(story, tx)
  // Every caller is a decision of legal's, so the story is one legal has decided on and stays
  // sealed whatever the rules flag in it now (sealRequired): the decision seals it as it stands.
  if (!gate.sealed) return null
  if (decided === 'quote' && gate.sealed.mismatches.length > 0) return null
  const waiting = evaluatePublishGate({ ...gate, sealed: undefined }, new Date()).some((f) => f.code === 'QUOTE_NOT_CLEARED' || f.code === 'LEGAL_READ_REQUIRED')
  return waiting ? null : { fingerprint: gate.sealed.current }
}

/** Returns legal's seal on the story as its desk shows it (what changed since, and whether it stands). */
export async function sealViewOf(dispatchId: Id, req: PayloadRequest): Promise<SealView | null> {
  const story = await workingCopy(dispatchId, req)
  if (!story) return null
  const { sealed } = await gateInputFor(story, req)
  if (!sealed) return null
  return { involved: sealed.involved, required: sealRequired(sealed), approved: sealStands(sealed), fingerprint: sealed.current.hash, changes: sealChanges(sealed) }
}
