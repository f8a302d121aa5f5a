/**
 * The newsroom's words for every stored value a person reads: workflow statuses, legal states,
 * sensitivity reasons, licences, contributor kinds, audit-log kinds. Stored values stay the API's
 * (`in_review`); nothing shown to a user in the admin spells one. One table per vocabulary, used by
 * the collection configs (select option labels), the admin's cells, panel and Legal queue, and the
 * server's own messages. Imports nothing, so domain rules and the browser bundle can both use it.
 */

export const WORKFLOW_STATUS_LABELS = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  withdrawn: 'Withdrawn',
} as const

/** A quote's legal state, and the legal read of a story's text. */
export const LEGAL_STATUS_LABELS = {
  not_required: 'Not needed',
  pending: 'Pending legal',
  approved: 'Cleared by legal',
  rejected: 'Rejected by legal',
} as const

/** Whether a quote record's words still stand in the story (set by the server when quotes are bound). */
export const BINDING_LABELS = {
  bound: 'In the story',
  unbound: 'No longer in the story',
} as const

export const SENSITIVITY_REASON_LABELS = {
  allegation: 'Allegation',
  violence: 'Violence',
  minor: 'Child or minor',
  anonymous_source: 'Anonymous source',
  court_case: 'Live court case',
  extremist_content: 'Extremist content',
  identification: 'Identifies a person',
  privacy: 'Privacy',
  other: 'Other',
} as const

export const LICENCE_LABELS = {
  staff: 'Staff',
  agency: 'Agency',
  handout: 'Handout',
  pool: 'Pool',
  licensed: 'Licensed',
  exclusive: 'Exclusive',
} as const

/** Kinds of contributor, and the role a correspondent has in one story's byline. */
export const CONTRIBUTOR_KIND_LABELS = {
  reporter: 'Reporter',
  camera: 'Camera',
  producer: 'Producer',
  editor: 'Editor',
  photographer: 'Photographer',
} as const

export const WORKFLOW_EVENT_KIND_LABELS = {
  transition: 'Status change',
  legal_decision: 'Legal decision',
  legal_hold: 'Legal hold',
  schedule_failed: 'Scheduled release failed',
  quote_flag: 'Quote flag changed',
  quote_deleted: 'Quote deleted',
  legal_reopened: 'Legal decision re-opened',
  legal_read: 'Legal read',
} as const

export const ROLE_LABELS = {
  admin: 'Admin',
  editor: 'Editor',
  correspondent: 'Correspondent',
  legal: 'Legal',
  frontend: 'Front end (API)',
} as const

type Vocabulary = Readonly<Record<string, string>>

/**
 * Returns the word for a stored value; a value the table does not know (a status added on the
 * server before the admin learnt it) reads as a sentence-cased phrase rather than `snake_case`.
 */
export function labelOf(vocabulary: Vocabulary, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const known = vocabulary[value]
  if (known !== undefined) return known
  const words = value.replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Returns Payload select options for `values` with the vocabulary's words as labels. */
export function optionsOf<V extends string>(vocabulary: Vocabulary, values: readonly V[]): Array<{ label: string; value: V }> {
  return values.map((value) => ({ label: labelOf(vocabulary, value), value }))
}

export const statusLabel = (status: string | null | undefined): string => labelOf(WORKFLOW_STATUS_LABELS, status)
export const legalStatusLabel = (status: string | null | undefined): string => labelOf(LEGAL_STATUS_LABELS, status)
export const reasonLabel = (reason: string | null | undefined): string => labelOf(SENSITIVITY_REASON_LABELS, reason)
