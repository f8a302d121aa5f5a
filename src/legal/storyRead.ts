/**
 * The legal read of a story: sentences outside quotes that a lawyer must read (allegations
 * against a named person, a child, a live court case, a protected source), or a read legal asked
 * for. Plain rules, no Payload: the save hook, the review service and the publish gate call them.
 */
import type { SensitivityReason } from '../quotes/sensitivityReasons'

export type LegalReadStatus = 'not_required' | 'pending' | 'approved' | 'rejected'
export const LEGAL_READ_STATUSES: readonly LegalReadStatus[] = ['not_required', 'pending', 'approved', 'rejected']

export type Passage = { text: string; reasons: SensitivityReason[] }

/** Returns true when the story may publish only after legal approves its text. */
export const needsLegalRead = (read: { required?: boolean | null; passages: readonly unknown[] }): boolean =>
  Boolean(read.required) || read.passages.length > 0

/**
 * Returns the status a story's legal read carries after a save: a decision stands only for the
 * exact text it was made on; anything that needs a read and has none for this text waits.
 */
export function nextLegalReadStatus(input: {
  needed: boolean
  status: LegalReadStatus | null | undefined
  /** Hash of the text the last decision was made on. */
  reviewedHash: string | null | undefined
  /** Hash of the text as it will be saved. */
  hash: string
}): LegalReadStatus {
  if (!input.needed) return 'not_required'
  const decisionStands = Boolean(input.reviewedHash) && input.reviewedHash === input.hash
  if (decisionStands && (input.status === 'approved' || input.status === 'rejected')) return input.status
  return 'pending'
}

/** What the publish gate knows of a story's legal read, computed from the working copy as it is now. */
export type GateLegalRead = {
  dispatchId: string | number
  required: boolean
  passages: readonly Passage[]
  status: LegalReadStatus | null | undefined
  approvedHash: string | null | undefined
  /** Hash of headline, standfirst and body as they are now (never the stored one). */
  currentHash: string
  note?: string | null
}

export type LegalReadFailure = {
  code: 'LEGAL_READ_REQUIRED'
  message: string
  subject: { kind: 'legal_read'; id: string | number }
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/**
 * Returns why the story may not publish for want of a legal read, or null when it needs none or
 * legal approved exactly this text. The hash is checked here as well as on save: the gate is the
 * last line, and a text can change without passing the save hook (a migration, a direct fix).
 */
export function legalReadFailure(read: GateLegalRead): LegalReadFailure | null {
  if (!needsLegalRead(read)) return null
  const approved = read.status === 'approved' && Boolean(read.approvedHash) && read.approvedHash === read.currentHash
  if (approved) return null
  const why = read.required
    ? read.passages.length > 0
      ? `legal asked to read it and ${count(read.passages.length, 'passage is', 'passages are')} flagged`
      : 'legal asked to read it'
    : `${count(read.passages.length, 'passage is', 'passages are')} flagged for legal`
  const state =
    read.status === 'rejected'
      ? `legal rejected its text${read.note?.trim() ? `: ${read.note.trim()}` : ''}`
      : read.approvedHash
        ? 'it has changed since legal approved it'
        : 'it waits for legal’s read'
  return {
    code: 'LEGAL_READ_REQUIRED',
    message: `The story needs a legal read (${why}); ${state}`,
    subject: { kind: 'legal_read', id: read.dispatchId },
  }
}

/**
 * Returns the `required` flag a save leaves, or a refusal: anyone who may edit the story may ask
 * for a read; only legal and admins may drop the request. A restored version never drops it.
 */
export function nextRequired(input: {
  before: boolean
  asked: boolean | null | undefined
  /** Roles of the user saving; null for the server itself. */
  roles: readonly string[] | null
  restoring: boolean
}): { required: boolean; refusal: string | null } {
  const { before, asked, roles } = input
  if (asked === undefined || asked === null) return { required: before, refusal: null }
  if (asked || !before) return { required: before || asked, refusal: null }
  if (input.restoring) return { required: true, refusal: null }
  if (roles === null || roles.includes('legal') || roles.includes('admin')) return { required: false, refusal: null }
  return { required: true, refusal: 'Only legal and admins may drop the request for a legal read of this story' }
}
