/**
 * The zod schemas of Dateline's own endpoints' request bodies, in one place: the endpoints
 * validate with them and /api/openapi.json is generated from them (src/openapi), so the
 * description cannot drift from what the server accepts.
 */
import { z } from 'zod'

import { InvalidRequest } from '../errors/DatelineError'

import { WORKFLOW_STATUSES } from '../workflow/copyRights'

export { createPreviewLinkBody } from '../preview/schemas'

// `to` is any string here so that an unknown status gets the workflow's own message, naming the
// statuses there are; everything else is checked for shape only, the rules decide the rest.
/** `POST /api/dispatches/:id/transition`. */
export const transitionBody = z
  .object({
    to: z.string({ message: 'to must be the target workflow status' }).meta({ description: `One of ${WORKFLOW_STATUSES.join(', ')}` }),
    note: z.string().max(10000).nullish().meta({ description: 'Required to request changes, withdraw or correct' }),
    embargoUntil: z.string().nullish().meta({ description: 'ISO 8601 date-time; required to schedule' }),
    expectedFrom: z.enum(WORKFLOW_STATUSES).nullish().meta({ description: 'Refuse (409 STALE_STATE) unless the story is still in this status' }),
  })
  .strict()

/** The hash a legal decision names: what legal read, so a decision never lands on words it has not seen. */
export const reviewedHash = z
  .string({
    message:
      'reviewed is required: the hash of what you read (`hash` of GET /api/dispatches/:id/legal-review for a story, `legal.reviewHash` of the quote for a quote)',
  })
  .regex(/^[0-9a-f]{64}$/, { message: 'reviewed must be the 64-character hex hash of the words you read' })
  .meta({ description: "The hash of what legal read: the story's `hash` (GET /api/dispatches/:id/legal-review: its text and everything readers get) or the quote's `legal.reviewHash`. 409 REVIEW_STALE when it changed since" })

/** Returns `reviewed` as given over GraphQL, checked as REST checks it (400 INVALID_REQUEST naming the field). */
export function parseReviewed(value: unknown): string {
  const parsed = reviewedHash.safeParse(value)
  if (!parsed.success) throw new InvalidRequest(`reviewed: ${parsed.error.issues[0]!.message}`)
  return parsed.data
}

/** `POST /api/dispatches/:id/legal-review`: legal's decision on the story (and the base of a quote's). */
export const legalReviewBody = z
  .object({
    decision: z.enum(['approve', 'reject'], { message: 'decision must be "approve" or "reject"' }),
    note: z.string().max(5000).nullish(),
    reviewed: reviewedHash,
  })
  .strict()

/** The story as legal saw it beside a quote: what lets the quote's approval seal the story. */
export const storySeenHash = z
  .string({ message: 'story must be the `hash` of GET /api/dispatches/:id/legal-review, the story as you saw it' })
  .regex(/^[0-9a-f]{64}$/, { message: 'story must be the 64-character hex hash of the story as you saw it' })
  .meta({
    description:
      "The story as legal saw it (the `hash` of GET /api/dispatches/:id/legal-review). The approval that leaves nothing waiting for legal seals the story only with it (without it the story waits for legal's own approval); 409 REVIEW_STALE when the story changed since",
  })

/** Returns `story` as given over GraphQL, checked as REST checks it (400 INVALID_REQUEST naming the field). */
export function parseStorySeen(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  const parsed = storySeenHash.safeParse(value)
  if (!parsed.success) throw new InvalidRequest(`story: ${parsed.error.issues[0]!.message}`)
  return parsed.data
}

/** `POST /api/quotes/:id/legal-review`. */
export const quoteLegalReviewBody = legalReviewBody.extend({ story: storySeenHash.nullish() }).strict()

/** `POST /api/dispatches/:id/legal-read`: legal asks for a read of the whole story, or drops the request. */
export const legalReadBody = z
  .object({
    required: z.boolean({ message: 'required must be true or false' }),
    note: z.string().max(5000).nullish(),
  })
  .strict()

/** `POST /api/dispatches/:id/legal-hold`. */
export const legalHoldBody = z
  .object({
    active: z.boolean({ message: 'active must be true or false' }),
    reason: z.string().max(2000).nullish(),
    // Placing a hold on a live story can take it down in the same move (docs/legal.md).
    withdraw: z.boolean({ message: 'withdraw must be true or false' }).optional(),
  })
  .strict()

/** `POST /api/dispatches/ingest` as JSON (the endpoint takes text/plain as well). */
export const ingestJsonBody = z.object({ text: z.string({ message: 'text must be the story as a string' }) }).strict()
