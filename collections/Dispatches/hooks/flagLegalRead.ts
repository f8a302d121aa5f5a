import type { CollectionBeforeChangeHook } from 'payload'

import { DatelineError } from '../../../src/errors'
import { nextLegalReadStatus, nextRequired, type LegalReadStatus } from '../../../src/legal/storyRead'
import { readStory } from '../../../src/legal/readOfStory'

type StoredRead = {
  required?: boolean | null
  status?: LegalReadStatus | null
  reviewedHash?: string | null
  approvedHash?: string | null
  approvedText?: string | null
  reviewer?: unknown
  reviewedAt?: string | null
  note?: string | null
}

/**
 * On every save of a dispatch (every door: REST, GraphQL, the admin and its autosave, intake,
 * restore, duplicate, the service's own writes) finds the passages legal must read in the copy
 * being saved and re-derives the read's status: a decision stands only for the text it was
 * made on. Legal's decision itself arrives in `req.context.legalReadDecision` from the review
 * service, and is taken only for the very text it names. Nothing a client sends but `required`
 * is kept, and `required` only goes down for legal and admins (403 LEGAL_FLAG_LOCKED).
 */
export const flagLegalRead: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const previous: StoredRead = operation === 'update' ? ((originalDoc?.legalRead as StoredRead | undefined) ?? {}) : {}
  const asked = (data.legalRead as StoredRead | undefined)?.required
  const { required, refusal } = nextRequired({
    before: Boolean(previous.required),
    asked: asked === undefined || asked === null ? null : Boolean(asked),
    roles: req.user ? (req.user.roles ?? []) : null,
    restoring: Boolean(req.context.isRestoringVersion),
  })
  if (refusal) throw new DatelineError('LEGAL_FLAG_LOCKED', refusal, 403)

  const pick = <K extends 'headline' | 'standfirst' | 'body'>(key: K): unknown => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const copy = { headline: pick('headline') as string | null, standfirst: pick('standfirst') as string | null, body: pick('body') }
  const { text, hash, passages } = readStory(copy)

  const decision = req.context.legalReadDecision
  let read: StoredRead = { ...previous }
  if (decision) {
    // The service read the text under the story's lock; anything else means the copy moved under it.
    if (decision.hash !== hash) throw new DatelineError('STALE_STATE', 'The story changed while legal was deciding; read it again', 409)
    read = {
      ...read,
      status: decision.decision === 'approve' ? 'approved' : 'rejected',
      reviewedHash: hash,
      reviewer: decision.reviewer,
      reviewedAt: decision.at,
      note: decision.note,
      ...(decision.decision === 'approve' && { approvedHash: hash, approvedText: text }),
    }
  }
  const status = nextLegalReadStatus({ needed: required || passages.length > 0, status: read.status, reviewedHash: read.reviewedHash, hash })
  data.legalRead = {
    required,
    status,
    passages,
    reviewedHash: read.reviewedHash ?? null,
    approvedHash: read.approvedHash ?? null,
    approvedText: read.approvedText ?? null,
    reviewer: read.reviewer ?? null,
    reviewedAt: read.reviewedAt ?? null,
    note: read.note ?? null,
  }
  return data
}
