/**
 * Legal's read of a story's text: the decision (`reviewStory`), the request for a read
 * (`requireLegalRead`) and what legal looks at (`legalReviewFor`). The rules are in src/legal;
 * each command runs in one transaction under the story's lock and writes its audit row. REST
 * endpoints and GraphQL mutations both call these.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch } from '../../payload-types'
import { isDesk, isLegalOrAdmin } from '../access/roles'
import { needsLegalRead, type LegalReadStatus, type Passage } from '../legal/storyRead'
import { wordDiff, type DiffPart } from '../legal/wordDiff'
import type { LegalReadDecision } from '../lib/requestContext'
import { WorkflowError } from '../workflow/errors'
import { lockDispatch } from '../db/locks'
import { inTransaction } from '../db/transactions'
import { recordEvent, requireUser, SERVICE, workingCopy } from './records'
import { sealAfterDecision, sealViewOf, storyUnderReview, staleStoryReview, type SealView } from './legalSeal'

type Id = number | string

/** `reviewed`: the story as legal saw it (LegalReview.hash: its text and fingerprint); the decision stands only for that story. */
export type StoryReviewRequest = { id: Id; decision: 'approve' | 'reject'; note?: string | null; reviewed: string }
export type LegalReadRequest = { id: Id; required: boolean; note?: string | null }

export type { LegalReadDecision }

/** What legal sees of a story's read: where it stands, what is flagged, and what changed since its approval. */
export type LegalReview = {
  id: Id
  status: LegalReadStatus
  required: boolean
  needed: boolean
  passages: Passage[]
  /** The text as it is now, one paragraph a line: headline, standfirst, body, then what is printed around it (storyText.ts). */
  text: string
  /**
   * The story as legal sees it here: its text and the fingerprint of everything readers get
   * (storyReviewHash). A decision names it as `reviewed`, so it lands only on the story legal saw.
   */
  hash: string
  /** Hash of `text` alone (what the read's approval of the words is bound to). */
  textHash: string
  /** Word diff from the text legal last approved to this one; null when legal has approved none. */
  diff: DiffPart[] | null
  /** True when the text now is exactly the one approved. */
  approvedTextMatches: boolean
  reviewer: Id | null
  reviewedAt: string | null
  note: string | null
  /**
   * Legal's seal (docs/legal.md "Sealed approval"): once legal is involved, the story goes out only
   * as legal's last approval saw it, and `changes` says what changed since beyond the words.
   */
  sealed: SealView | null
}

const notFound = (id: Id): WorkflowError => new WorkflowError('NOT_FOUND', `No dispatch with id ${String(id)}`)

const relation = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)

/** Writes only the legal read of the working copy (a draft save: the live copy is untouched). */
async function writeLegalRead(story: Dispatch, data: Partial<NonNullable<Dispatch['legalRead']>>, context: Record<string, unknown>, tx: PayloadRequest): Promise<void> {
  await tx.payload.update({
    collection: 'dispatches',
    id: story.id,
    draft: true,
    data: { legalRead: { ...story.legalRead, ...data } } as Partial<Dispatch>,
    depth: 0,
    overrideAccess: true,
    context: { ...SERVICE, ...context },
    req: tx,
  })
}

/**
 * Records legal's approval or rejection of the story's text legal read (`reviewed`, its hash),
 * only while that is still the text that stands (else REVIEW_STALE), bound to that hash.
 * Throws ROLE_NOT_ALLOWED (not legal or admin), NOTE_REQUIRED (a rejection without a note),
 * NOT_FOUND, or LEGAL_READ_NOT_REQUIRED (nothing flagged and no read asked for).
 */
export async function reviewStory(input: StoryReviewRequest, req: PayloadRequest): Promise<LegalReview> {
  const user = requireUser(req)
  if (!isLegalOrAdmin(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only legal reviewers and admins decide on a story’s text')
  const note = input.note?.trim() || null
  if (input.decision === 'reject' && !note) {
    throw new WorkflowError('NOTE_REQUIRED', 'To reject a story’s text, give a note saying what must change, for the desk')
  }

  await inTransaction(req, async (tx) => {
    await lockDispatch(input.id, tx)
    const story = await workingCopy(input.id, tx)
    if (!story) throw notFound(input.id)
    const under = await storyUnderReview(story, tx)
    const { reading } = under
    // A story legal is involved in through a quote alone is approved as a whole when it changed
    // after legal's seal (docs/legal.md "Sealed approval").
    // So is one legal decided on before, whatever the rules flag in it now (sealRequired): its seal
    // holds, and legal must be able to give it again.
    const { sealed } = under.gate
    const involved = needsLegalRead({ required: story.legalRead?.required, passages: reading.passages }) || Boolean(sealed?.involved || sealed?.decided)
    if (!involved) {
      throw new WorkflowError('LEGAL_READ_NOT_REQUIRED', 'This story has no passages flagged for legal and no read was asked for, so it needs no legal decision')
    }
    // The click names what legal saw, all of it (text and fingerprint): an edit that landed while
    // the story was on screen — a word, a link target, a format, a picture — is not approved with it.
    const stale = staleStoryReview(under, input.reviewed)
    if (stale) throw stale
    const at = new Date().toISOString()
    const decision: LegalReadDecision = { decision: input.decision, hash: reading.hash, reviewer: user.id, at, note }
    await writeLegalRead(story, {}, { legalReadDecision: decision }, tx)
    const seal = input.decision === 'approve' ? await sealAfterDecision(story.id, tx, 'story') : null
    await recordEvent(
      {
        dispatch: story.id,
        kind: 'legal_read',
        actor: user.id,
        note: `${input.decision === 'approve' ? 'Text approved' : 'Text rejected'}${note ? `: ${note}` : ''}`,
        at,
        gate: { legalRead: { decision: input.decision, hash: reading.hash, passages: reading.passages.length, required: Boolean(story.legalRead?.required) }, ...seal },
      },
      tx,
    )
  })
  return legalReviewFor(input.id, req)
}

/**
 * Asks for (or, legal and admins only, drops) a legal read of the whole story. Throws
 * ROLE_NOT_ALLOWED (not legal or admin; editors ask by saving `legalRead.required: true`) or NOT_FOUND.
 */
export async function requireLegalRead(input: LegalReadRequest, req: PayloadRequest): Promise<LegalReview> {
  const user = requireUser(req)
  if (!isLegalOrAdmin(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only legal reviewers and admins set whether a story needs a legal read')
  const note = input.note?.trim() || null
  await inTransaction(req, async (tx) => {
    await lockDispatch(input.id, tx)
    const story = await workingCopy(input.id, tx)
    if (!story) throw notFound(input.id)
    if (Boolean(story.legalRead?.required) === input.required) return
    await writeLegalRead(story, { required: input.required }, {}, tx)
    // Legal dropping its request clears the story as it stands: the seal names it, so a later
    // change still comes back to legal (the story stays sealed once legal has decided on it).
    const seal = input.required ? null : await sealAfterDecision(story.id, tx, 'story')
    await recordEvent(
      {
        dispatch: story.id,
        kind: 'legal_read',
        actor: user.id,
        note: `${input.required ? 'Legal read asked for' : 'Legal read no longer asked for'}${note ? `: ${note}` : ''}`,
        at: new Date().toISOString(),
        gate: { legalRead: { required: input.required }, ...seal },
      },
      tx,
    )
  })
  return legalReviewFor(input.id, req)
}

/**
 * Returns the legal read of a story for the desk: status, flagged passages (found afresh in the
 * working copy) and the word diff since legal's last approval. Throws ROLE_NOT_ALLOWED (not the
 * desk) or NOT_FOUND.
 */
export async function legalReviewFor(id: Id, req: PayloadRequest): Promise<LegalReview> {
  const user = requireUser(req)
  if (!isDesk(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only the desk and legal see a story’s legal read')
  const story = await workingCopy(id, req)
  if (!story) throw notFound(id)
  const { reading, hash } = await storyUnderReview(story, req)
  const read = story.legalRead
  const approvedText = read?.approvedText ?? null
  return {
    id: story.id,
    status: (read?.status ?? 'not_required') as LegalReadStatus,
    required: Boolean(read?.required),
    needed: needsLegalRead({ required: read?.required, passages: reading.passages }),
    passages: reading.passages,
    text: reading.text,
    hash,
    textHash: reading.hash,
    diff: approvedText === null ? null : wordDiff(approvedText, reading.text),
    approvedTextMatches: Boolean(read?.approvedHash) && read?.approvedHash === reading.hash,
    reviewer: relation(read?.reviewer),
    reviewedAt: read?.reviewedAt ?? null,
    note: read?.note ?? null,
    sealed: await sealViewOf(story.id, req),
  }
}
