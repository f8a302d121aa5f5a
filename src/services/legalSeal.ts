/**
 * Legal's seal on a story (src/legal/sealed.ts): the decision that leaves nothing waiting for
 * legal names the fingerprint of the story as it stood when legal made it, so legal approving
 * quotes one by one needs no extra click — but only when the decision names the story as legal
 * saw it (`storyReviewHash`), so nothing changed while it was on legal's screen is sealed with it.
 * Runs inside the decision's transaction.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch } from '../../payload-types'
import type { StoryReading } from '../legal/readOfStory'
import { sealChanges, sealRequired, sealStands, storyReviewHash } from '../legal/sealed'
import { wordDiff } from '../legal/wordDiff'
import { ReviewStaleError } from '../errors/ReviewStaleError'
import { evaluatePublishGate, type GateInput } from '../workflow'
import { gateInputFor, workingCopy, type Id } from './records'
import { readingOf, type SealRecord } from './storyReading'

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

/** The story as a decision on it names it: the text legal reads, and the hash of text and fingerprint together. */
export type StoryUnderReview = { story: Dispatch; reading: StoryReading; gate: GateInput; hash: string }

/** Returns the story as legal's desk shows it now, with the hash a decision on it names (`reviewed`). */
export async function storyUnderReview(story: Dispatch, req: PayloadRequest): Promise<StoryUnderReview> {
  const reading = await readingOf(story, req)
  const gate = await gateInputFor(story, req)
  return { story, reading, gate, hash: storyReviewHash(reading.hash, gate.sealed?.current.hash ?? '') }
}

/** Returns the refusal of a decision naming `reviewed` when the story no longer stands as that names it, else null. */
export function staleStoryReview(under: StoryUnderReview, reviewed: string): ReviewStaleError | null {
  if (reviewed === under.hash) return null
  const approvedText = under.story.legalRead?.approvedText ?? null
  const view = under.gate.sealed ? sealChanges(under.gate.sealed) : []
  return new ReviewStaleError(
    `The story changed since you opened it (it now stands with hash ${under.hash.slice(0, 12)}…): read it again and decide on the story as it stands`,
    {
      reviewed,
      current: under.hash,
      text: under.reading.text,
      diff: approvedText === null ? null : wordDiff(approvedText, under.reading.text),
      changes: view,
    },
  )
}

/** True when nothing but the seal waits for legal: no quote undecided, no read of the text pending. */
const onlySealWaits = (gate: GateInput): boolean =>
  !evaluatePublishGate({ ...gate, sealed: undefined }, new Date()).some((f) => f.code === 'QUOTE_NOT_CLEARED' || f.code === 'LEGAL_READ_REQUIRED')

/**
 * Returns the seal a decision just made gives the story, or null when something still waits for
 * legal (a quote, the story's read), the decision was on a quote whose speaker the copy gives
 * otherwise (legal cleared the record, not who the story says spoke: the story's read seals it),
 * or a quote decision names no story (`story` absent: legal saw the quote, not the story; the
 * story then waits in legal's queue for its own approval). Throws REVIEW_STALE when the quote
 * decision names the story as it no longer stands (the transaction, and the decision, roll back).
 */
export async function sealAfterDecision(dispatchId: Id, tx: PayloadRequest, decided: 'quote' | 'story', storySeen?: string | null): Promise<SealRecord | null> {
  const story = await workingCopy(dispatchId, tx)
  if (!story) return null
  const under = await storyUnderReview(story, tx)
  const { gate } = under
  // Every caller is a decision of legal's, so the story is one legal has decided on and stays
  // sealed whatever the rules flag in it now (sealRequired): the decision seals it as it stands.
  if (!gate.sealed) return null
  if (decided === 'quote' && gate.sealed.mismatches.length > 0) return null
  if (!onlySealWaits(gate)) return null
  if (decided === 'quote') {
    if (!storySeen) return null
    const stale = staleStoryReview(under, storySeen)
    if (stale) throw stale
  }
  return { fingerprint: gate.sealed.current }
}

/** Returns legal's seal on the story as its desk shows it (what changed since, and whether it stands). */
export async function sealViewOf(dispatchId: Id, req: PayloadRequest): Promise<SealView | null> {
  const story = await workingCopy(dispatchId, req)
  if (!story) return null
  const { sealed } = await gateInputFor(story, req)
  if (!sealed) return null
  return { involved: sealed.involved, required: sealRequired(sealed), approved: sealStands(sealed), fingerprint: sealed.current.hash, changes: sealChanges(sealed) }
}

/**
 * Returns the story's seal when the story waits for legal's approval of it as a whole and for
 * nothing else legal's queue already lists: legal decided on it, it changed since (or the quote
 * decisions did not seal it), and no quote or read of its text is pending. Null otherwise.
 */
export async function sealAwaited(story: Dispatch, req: PayloadRequest): Promise<SealView | null> {
  const gate = await gateInputFor(story, req)
  const { sealed } = gate
  if (!sealed || !sealRequired(sealed) || sealStands(sealed) || !onlySealWaits(gate)) return null
  return { involved: sealed.involved, required: true, approved: false, fingerprint: sealed.current.hash, changes: sealChanges(sealed) }
}
