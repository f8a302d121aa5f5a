/**
 * What Dateline's public API answers, as types a front end can use without `payload` installed.
 * Each type names only fields a public answer carries; staff-only fields (workflow status,
 * notes, legal state, private contact fields) are not here because readers never get them.
 */

/** A node of a story body: Lexical's JSON as Payload stores it. */
export type BodyNode = {
  type: string
  children?: BodyNode[]
  /** Text nodes. */
  text?: string
  /** Text nodes: Lexical's bit set (1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code, 32 subscript, 64 superscript). */
  format?: number | string
  /** Headings (`h2`…) and lists (`ul`, `ol`). */
  tag?: string
  listType?: string
  /** Links. */
  fields?: { url?: string; newTab?: boolean; [key: string]: unknown } | null
  /** Upload nodes: the picture placed here (its public fields), or its id when not populated. */
  relationTo?: string
  value?: PublicMedia | number | string
  [key: string]: unknown
}

export type StoryBody = { root: BodyNode } | null

/** A person in a byline, with their title as printed. */
export type PublicPerson = {
  id: number
  name: string
  slug: string
  title: string | null
  kind: string | null
  bureau: string | null
}

/** One generated size of a picture. */
export type PublicRendition = {
  url: string
  width: number | null
  height: number | null
  mimeType: string | null
  filesize: number | null
}

/** A picture with its caption and credit line exactly as printed. */
export type PublicMedia = {
  id: number
  alt: string | null
  caption: string | null
  creditLine: string
  credit: { organisation: string | null; creatorName: string | null; isHandout: boolean; isPool: boolean }
  licence: string | null
  usageTerms: string | null
  capturedAt: string | null
  url: string | null
  mimeType: string | null
  filesize: number | null
  width: number | null
  height: number | null
  focalX: number | null
  focalY: number | null
  /** `thumbnail` (square crop), `card`, `hero`, when generated. */
  sizes: Record<string, PublicRendition>
}

/** A quote legal has cleared (or that never needed clearing). */
export type PublicQuote = {
  id: number
  text: string
  speaker: { name: string | null; description: string | null; isAnonymous: boolean }
  context: string | null
}

export type PublicCorrection = { at: string; text: string }

/** `GET /api/dispatches/slug/:slug`: one live story, everything a page needs. */
export type StoryPage = {
  id: number
  slug: string
  headline: string
  standfirst: string | null
  dateline: string | null
  body: StoryBody
  tags: string[]
  byline: Array<{ role: string; correspondent: PublicPerson }>
  media: PublicMedia[]
  quotes: { docs: PublicQuote[] }
  corrections: PublicCorrection[]
  embargoUntil: string | null
  publishedAt: string | null
  firstPublishedAt: string | null
  updatedAt: string
}

/**
 * A picture as Payload's REST reads give it (`/api/media-assets`, lists and people at depth ≥ 1):
 * the public fields in Payload's own layout (licence under `rights`), without private ones.
 */
export type MediaDoc = {
  id: number
  alt?: string | null
  caption?: string | null
  creditLine: string
  credit?: { organisation?: string | null; creatorName?: string | null; isHandout?: boolean | null; isPool?: boolean | null } | null
  rights?: { licence?: string | null; usageTerms?: string | null; expiresAt?: string | null } | null
  capturedAt?: string | null
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  focalX?: number | null
  focalY?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null; filesize?: number | null; filename?: string | null }> | null
}

/** A correspondent as a public list or a byline at depth 1 gives them. */
export type PublicCorrespondent = PublicPerson & {
  bio?: string | null
  photo?: MediaDoc | number | null
  active?: boolean | null
}

/**
 * One story in a public list (`GET /api/dispatches?depth=1`). Only the fields a list page needs
 * are promised; relations arrive populated at depth ≥ 1 and as ids at depth 0.
 */
export type ListEntry = {
  id: number
  slug: string
  headline: string
  standfirst?: string | null
  dateline?: string | null
  tags?: string[] | null
  byline?: Array<{ role: string; correspondent: PublicCorrespondent | number }> | null
  media?: Array<MediaDoc | number> | null
  publishedAt?: string | null
  firstPublishedAt?: string | null
  corrections?: PublicCorrection[] | null
  updatedAt?: string
}

/**
 * A page of a public list. Page numbers (`page`, `hasNextPage`, …) or a cursor (`nextCursor`,
 * passed back as `?before=`), whichever the server offers.
 */
export type StoryList = {
  docs: ListEntry[]
  limit?: number
  page?: number
  hasNextPage?: boolean
  hasPrevPage?: boolean
  nextPage?: number | null
  prevPage?: number | null
  totalPages?: number
  totalDocs?: number
  nextCursor?: string | null
}

/** A correspondent's public page: public fields, photo, their latest live stories. */
export type CorrespondentPage = {
  id: number
  name: string
  slug: string
  title: string | null
  kind: string | null
  bio: string | null
  bureau: string | null
  photo: MediaDoc | null
  stories: ListEntry[]
  nextCursor?: string | null
}

/** Every Dateline error answer: a stable code per problem, a message naming it. */
export type ApiErrorBody = {
  errors: Array<{ code?: string; message: string; [key: string]: unknown }>
}

/** A reason the publish gate refuses a story now. */
export type GateReason = {
  code: string
  message: string
  subject?: { kind: 'quote' | 'media' | 'legal_read'; id: string | number }
}

/** `GET /api/dispatches/:id/workflow` (staff): status, whether a version is live, moves, blockers. */
export type WorkflowPanel = {
  status: string
  hasLiveCopy: boolean
  moves: Array<{ action: string; to: string; label: string; needsNote: boolean; needsEmbargo: boolean; runsGate: boolean }>
  blockers: GateReason[]
}

/** `POST /api/dispatches/:id/preview-links`. */
export type PreviewLink = { id: number | string; url: string; expiresAt: string }
