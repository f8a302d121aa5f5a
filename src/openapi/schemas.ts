/**
 * zod descriptions of Dateline's public answers, for the OpenAPI document. They describe the
 * same shapes as src/public/types.ts (test/unit/openapi.test.ts holds the two together, and
 * test/http/openapi.test.ts checks real answers against the generated schemas).
 */
import { z } from 'zod'

const isoDate = z.string().meta({ format: 'date-time' })

export const errorBody = z
  .object({
    errors: z
      .array(
        z.looseObject({
          code: z.string().meta({ description: 'Stable code to branch on: NOT_FOUND, WITHDRAWN, INVALID_REQUEST, ROLE_NOT_ALLOWED, …' }),
          message: z.string().meta({ description: 'Names the problem, for people' }),
        }),
      )
      .min(1),
  })
  .meta({ id: 'Error', description: 'Every Dateline error answer. Gate refusals add `reasons[]`; Payload validation errors add `details`.' })

export const bodyNode = z
  .looseObject({ type: z.string() })
  .meta({ id: 'BodyNode', description: "A Lexical node. `upload` nodes carry the placed picture's public fields as `value`." })

export const publicPerson = z
  .strictObject({ id: z.number().int(), name: z.string(), slug: z.string(), title: z.string().nullable(), kind: z.string().nullable(), bureau: z.string().nullable() })
  .meta({ id: 'PublicPerson', description: 'A person in a byline, with their title as printed' })

export const publicRendition = z
  .object({ url: z.string(), width: z.number().nullable(), height: z.number().nullable(), mimeType: z.string().nullable(), filesize: z.number().nullable() })
  .meta({ id: 'Rendition' })

export const publicMedia = z
  .object({
    id: z.number().int(),
    alt: z.string().nullable(),
    caption: z.string().nullable(),
    creditLine: z.string().meta({ description: 'Exactly as printed, e.g. "ITV News/Sean Swan"' }),
    credit: z.object({ organisation: z.string().nullable(), creatorName: z.string().nullable(), isHandout: z.boolean(), isPool: z.boolean() }),
    licence: z.string().nullable(),
    usageTerms: z.string().nullable(),
    capturedAt: z.string().nullable(),
    url: z.string().nullable(),
    mimeType: z.string().nullable(),
    filesize: z.number().nullable(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    focalX: z.number().nullable(),
    focalY: z.number().nullable(),
    sizes: z.record(z.string(), publicRendition).meta({ description: '`thumbnail` (square crop), `card`, `hero`' }),
  })
  .strict()
  .meta({ id: 'PublicMedia', description: 'A picture with its caption and credit line' })

export const publicQuote = z
  .object({
    id: z.number().int(),
    text: z.string(),
    speaker: z.object({ name: z.string().nullable(), description: z.string().nullable(), isAnonymous: z.boolean() }),
    context: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'PublicQuote', description: 'A quote legal has cleared, or that never needed clearing' })

export const correction = z.object({ at: isoDate, text: z.string() }).meta({ id: 'Correction' })

export const storyPage = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    headline: z.string(),
    standfirst: z.string().nullable(),
    dateline: z.string().nullable(),
    body: z.object({ root: bodyNode }).nullable(),
    tags: z.array(z.string()),
    byline: z.array(z.object({ role: z.string(), correspondent: publicPerson })),
    media: z.array(publicMedia),
    quotes: z.object({ docs: z.array(publicQuote) }),
    corrections: z.array(correction),
    embargoUntil: z.string().nullable(),
    publishedAt: z.string().nullable(),
    firstPublishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  // Exactly these fields: a story page that carried anything more would be a leak.
  .strict()
  .meta({ id: 'StoryPage', description: 'One live story, everything a page needs; nothing private' })

export const mediaDoc = z
  .looseObject({
    id: z.number().int(),
    alt: z.string().nullish(),
    caption: z.string().nullish(),
    creditLine: z.string(),
    credit: z.looseObject({ organisation: z.string().nullish(), creatorName: z.string().nullish(), isHandout: z.boolean().nullish(), isPool: z.boolean().nullish() }).nullish(),
    rights: z.looseObject({ licence: z.string().nullish(), usageTerms: z.string().nullish(), expiresAt: z.string().nullish() }).nullish(),
    capturedAt: z.string().nullish(),
    url: z.string().nullish(),
    filename: z.string().nullish(),
    mimeType: z.string().nullish(),
    filesize: z.number().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    focalX: z.number().nullish(),
    focalY: z.number().nullish(),
    sizes: z.record(z.string(), z.looseObject({ url: z.string().nullish(), width: z.number().nullish(), height: z.number().nullish(), mimeType: z.string().nullish(), filesize: z.number().nullish(), filename: z.string().nullish() })).nullish(),
  })
  .meta({ id: 'MediaDoc', description: "A picture as Payload's REST reads give it (licence under `rights`)" })

export const publicCorrespondent = publicPerson
  .extend({ bio: z.string().nullish(), photo: z.union([mediaDoc, z.number(), z.null()]).optional(), active: z.boolean().nullish() })
  .loose()
  .meta({ id: 'PublicCorrespondent' })

export const listEntry = z
  .looseObject({
    id: z.number().int(),
    slug: z.string(),
    headline: z.string(),
    standfirst: z.string().nullish(),
    dateline: z.string().nullish(),
    tags: z.array(z.string()).nullish(),
    byline: z.array(z.looseObject({ role: z.string(), correspondent: z.union([publicCorrespondent, z.number()]) })).nullish(),
    media: z.array(z.union([mediaDoc, z.number()])).nullish(),
    publishedAt: z.string().nullish(),
    firstPublishedAt: z.string().nullish(),
    corrections: z.array(correction).nullish(),
    updatedAt: z.string().optional(),
  })
  .meta({ id: 'ListEntry', description: 'A live story in a list; relations are populated at depth ≥ 1, ids at depth 0' })

export const storyList = z
  .looseObject({
    docs: z.array(listEntry),
    limit: z.number().optional(),
    page: z.number().optional(),
    hasNextPage: z.boolean().optional(),
    hasPrevPage: z.boolean().optional(),
    nextPage: z.number().nullish(),
    prevPage: z.number().nullish(),
    totalPages: z.number().optional(),
    totalDocs: z.number().optional(),
    nextCursor: z.string().nullish().meta({ description: 'Pass back as `?before=` for the next page, where the server pages by cursor' }),
  })
  .meta({ id: 'StoryList' })

export const correspondentList = z.looseObject({ docs: z.array(publicCorrespondent) }).meta({ id: 'CorrespondentList' })

export const correspondentPage = z
  .looseObject({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    title: z.string().nullable(),
    kind: z.string().nullable(),
    bio: z.string().nullable(),
    bureau: z.string().nullable(),
    // A union, not .nullable(): the generator writes a nullable reference as allOf, which null cannot meet.
    photo: z.union([mediaDoc, z.null()]),
    stories: z.array(listEntry),
    nextCursor: z.string().nullish(),
  })
  .meta({ id: 'CorrespondentPage', description: 'A correspondent: public fields, photo, latest live stories (`nextCursor` pages on)' })

export const mediaList = z.looseObject({ docs: z.array(mediaDoc) }).meta({ id: 'MediaList' })

export const gateReason = z
  .object({ code: z.string(), message: z.string(), subject: z.object({ kind: z.enum(['quote', 'media', 'legal_read']), id: z.union([z.string(), z.number()]) }).optional() })
  .meta({ id: 'GateReason' })

export const workflowPanel = z
  .object({
    status: z.string(),
    hasLiveCopy: z.boolean(),
    moves: z.array(z.object({ action: z.string(), to: z.string(), label: z.string(), needsNote: z.boolean(), needsEmbargo: z.boolean(), runsGate: z.boolean() })),
    blockers: z.array(gateReason),
  })
  .meta({ id: 'WorkflowPanel' })

export const legalReview = z
  .object({
    id: z.union([z.number().int(), z.string()]),
    status: z.enum(['not_required', 'pending', 'approved', 'rejected']),
    required: z.boolean().meta({ description: 'Legal asked to read the whole story' }),
    needed: z.boolean().meta({ description: 'The story publishes only after legal approves its text' }),
    passages: z.array(z.object({ text: z.string(), reasons: z.array(z.string()) })).meta({ description: 'Narrative sentences flagged for legal, found in the text as it is now' }),
    text: z.string().meta({ description: 'Headline, standfirst and body as legal reads them, one paragraph a line' }),
    hash: z.string().meta({ description: 'The story as legal sees it (its `text` and the fingerprint of everything readers get): a decision names it as `reviewed` (a quote decision as `story`)' }),
    textHash: z.string().meta({ description: 'SHA-256 of `text` alone' }),
    diff: z
      .array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }))
      .nullable()
      .meta({ description: 'Word diff from the text legal last approved to this one; null before any approval' }),
    approvedTextMatches: z.boolean(),
    reviewer: z.union([z.number().int(), z.string()]).nullable(),
    reviewedAt: isoDate.nullable(),
    note: z.string().nullable(),
    sealed: z
      .object({
        involved: z.boolean().meta({ description: 'A sensitive quote, a flagged passage or a read asked for' }),
        required: z.boolean().meta({ description: 'The story publishes only as legal last approved it (legal is involved and has decided on it)' }),
        approved: z.boolean().meta({ description: "Legal's last approval names the story as readers would get it now" }),
        fingerprint: z.string().meta({ description: 'SHA-256 of everything readers get of the story (docs/legal.md "Sealed approval")' }),
        changes: z.array(z.string()).meta({ description: 'What changed since that approval beyond the words ("link target changed"), and speakers the copy gives otherwise' }),
      })
      .nullable(),
  })
  .meta({ id: 'LegalReview', description: "A story's legal read" })

export const legalQueue = z
  .object({
    counts: z
      .object({ quotes: z.number().int(), stories: z.number().int(), total: z.number().int() })
      .meta({ description: "What legal's dashboard card counts: sensitive quotes pending, stories waiting for legal's approval as a whole" }),
    stories: z.array(
      z.looseObject({
        id: z.number().int(),
        headline: z.string(),
        reviewed: z.string().nullable().meta({ description: 'The story as listed (its legal-review `hash`): the decision names it' }),
        sealed: z
          .object({ changes: z.array(z.string()) })
          .nullable()
          .meta({ description: 'Set when the seal holds the story (changed since legal approved it, or quote decisions did not seal it): what changed beyond the words' }),
      }),
    ),
  })
  .meta({ id: 'LegalQueue', description: "The stories legal's queue lists (a read of the text pending, a seal to give) and the dashboard's counts" })

export const previewLink = z
  .object({ id: z.number().int(), url: z.string().meta({ format: 'uri' }), expiresAt: isoDate })
  .meta({ id: 'PreviewLink', description: 'The URL carries a signed token; open it without an account' })

export const revokedPreviewLink = z.object({ id: z.number().int(), revokedAt: isoDate }).meta({ id: 'RevokedPreviewLink' })

export const dispatchDocument = z
  .looseObject({ id: z.number().int(), headline: z.string(), slug: z.string() })
  .meta({ id: 'Dispatch', description: "The dispatch's working copy as the caller may read it (Payload's document)" })

export const quoteDocument = z.looseObject({ id: z.number().int(), text: z.string() }).meta({ id: 'Quote', description: 'The quote as the caller may read it' })

export const ingestResult = z
  .looseObject({ dispatch: z.looseObject({ id: z.number().int(), api: z.string() }) })
  .meta({ id: 'IngestResult', description: 'Links to the draft, its media assets, quotes and any new correspondents' })

export const ninjsItem = z
  .looseObject({ uri: z.string(), type: z.string(), headlines: z.array(z.looseObject({})).optional() })
  .meta({ id: 'NinjsItem', description: 'IPTC ninjs 3.1 (https://www.iptc.org/std/ninjs/)' })

export const jsonFeed = z
  .looseObject({ version: z.string(), title: z.string(), items: z.array(z.looseObject({ id: z.string() })) })
  .meta({ id: 'JsonFeed', description: 'JSON Feed 1.1 with the `_dateline` extension (bylines with titles, credits, corrections)' })
