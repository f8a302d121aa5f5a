import type { CollectionBeforeChangeHook } from 'payload'

import { getEnv } from '../../../src/config/env'
import { DatelineError } from '../../../src/errors'
import { nextLegalReadStatus, nextRequired, type LegalReadStatus } from '../../../src/legal/storyRead'
import { readingOf, type PrintedFields } from '../../../src/services/storyReading'

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

const PRINTED = ['headline', 'standfirst', 'body', 'dateline', 'tags', 'slug', 'corrections', 'media', 'bodyMedia', 'firstPublishedAt'] as const satisfies ReadonlyArray<keyof PrintedFields>

/**
 * On every save of a dispatch (every door: REST, GraphQL, the admin and its autosave, intake,
 * restore, duplicate, the service's own writes) finds the passages legal must read in the copy
 * being saved and re-derives the read's status: a decision stands only for the text it was
 * made on. Legal's decision itself arrives in `req.context.legalReadDecision` from the review
 * service, and is taken only for the very text it names. Nothing a client sends but `required`
 * is kept, and `required` only goes down for legal and admins (403 LEGAL_FLAG_LOCKED).
 * The text is every word readers would see with the story (src/services/storyReading.ts): the
 * correction notes the next publish appends and the pictures it shows are read in the save's
 * transaction, so swapping a picture re-opens the read like editing a sentence does.
 */
const readsEveryStory = (): boolean => getEnv().LEGAL_READ_EVERY_STORY

export const flagLegalRead: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const previous: StoredRead = operation === 'update' ? ((originalDoc?.legalRead as StoredRead | undefined) ?? {}) : {}
  const asked = (data.legalRead as StoredRead | undefined)?.required
  const { required: requiredByRules, refusal } = nextRequired({
    before: Boolean(previous.required),
    asked: asked === undefined || asked === null ? null : Boolean(asked),
    roles: req.user ? (req.user.roles ?? []) : null,
    restoring: Boolean(req.context.isRestoringVersion),
  })
  if (refusal) throw new DatelineError('LEGAL_FLAG_LOCKED', refusal, 403)
  // With every story through legal, the read is asked for on every save, whoever saves: no rule
  // has to recognise the words for legal to see them.
  const required = readsEveryStory() ? true : requiredByRules

  const pick = (key: keyof PrintedFields): unknown => (data[key] !== undefined ? data[key] : originalDoc?.[key])
  const fields = Object.fromEntries(PRINTED.map((key) => [key, pick(key)])) as PrintedFields
  // The publish's own write already carries the correction notes it appends.
  const stamped = req.context.workflowService === true && data._status === 'published'
  const { text, hash, passages } = await readingOf({ ...fields, id: operation === 'update' ? (originalDoc?.id as number) : null }, req, { stamped })

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
