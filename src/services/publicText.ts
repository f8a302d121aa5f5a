/**
 * Holds words for legal out of the text readers see on pictures and correspondents (the rule is
 * src/legal/publicText.ts). One command per save, inside the save's transaction: it reads which
 * live stories show the record, refuses (409 LEGAL_REVIEW_REQUIRED, nothing written) or, for
 * legal and admins, lets the save through with an audit row on each live story that shows it.
 */
import type { PayloadRequest, Where } from 'payload'

import { DatelineError } from '../errors/DatelineError'
import { LegalReviewRequiredError } from '../errors/LegalReviewRequiredError'
import {
  CORRESPONDENT_PUBLIC_TEXT,
  describeFinding,
  MEDIA_PUBLIC_TEXT,
  newLegalWords,
  pictureFileRefusal,
  publicTextRefusal,
  type LiveShowing,
  type PublicTextFinding,
  type PublicTextSubject,
} from '../legal/publicText'
import { recordEvent } from './records'

type Id = number | string
type Collection = 'media-assets' | 'correspondents'

/** Enough stories to name in a message; the count says how many more. */
const NAMED_STORIES = 20

/** Returns the live (published) stories that show the picture or carry the correspondent's byline. */
async function liveStoriesShowing(collection: Collection, id: Id, req: PayloadRequest): Promise<LiveShowing[]> {
  const shows: Where =
    collection === 'media-assets'
      ? { or: [{ media: { in: [id] } }, { bodyMedia: { in: [id] } }] }
      : { 'byline.correspondent': { equals: id } }
  // The collection's own table holds the live copy (a draft save writes only a version).
  const { docs } = await req.payload.find({
    collection: 'dispatches',
    where: { and: [{ _status: { equals: 'published' } }, shows] },
    select: { headline: true, slug: true },
    sort: '-publishedAt',
    limit: NAMED_STORIES,
    // The names, not a count of every live story showing it (a scan of them all).
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, headline: doc.headline ?? '', slug: doc.slug ?? null }))
}

/**
 * Runs the rule on one save of a media asset or a correspondent. `before` is the stored record
 * (null on create), `after` the record as it will be stored. Saves without a user (the demo load,
 * migrations, the server's own visibility writes) are server code and are not asked.
 */
export async function holdPublicTextForLegal(collection: Collection, id: Id | undefined, before: unknown, after: unknown, req: PayloadRequest): Promise<void> {
  if (!req.user) return
  const findings = newLegalWords(collection === 'media-assets' ? MEDIA_PUBLIC_TEXT : CORRESPONDENT_PUBLIC_TEXT, before, after)
  if (findings.length === 0) return
  // A picture being created is shown by no story yet; a new correspondent is public at once.
  const stories = id === undefined ? [] : await liveStoriesShowing(collection, id, req)
  const slug = (after as { slug?: string | null } | null)?.slug ?? null
  const subject: PublicTextSubject =
    collection === 'media-assets' ? { kind: 'picture', id: id ?? 'new', stories } : { kind: 'correspondent', id: id ?? 'new', slug, stories }
  const roles = req.user.roles ?? []
  const refusal = publicTextRefusal(roles, subject, findings)
  if (refusal !== null) {
    throw new LegalReviewRequiredError(refusal, {
      subject: { collection, id: id ?? null },
      findings: findings.map(({ field, kind, words, reasons }) => ({ field, kind, words, ...(reasons && { reasons }) })),
      stories: stories.map(({ id: storyId, headline, slug: storySlug }) => ({ id: storyId, headline, slug: storySlug })),
    })
  }
  if (subject.kind === 'picture' && stories.length === 0) return
  await recordClearance(subject, collection, findings, req)
}

/** Legal (or an admin) typed the words: that is legal clearing them, on the record of each story readers read them in. */
async function recordClearance(subject: PublicTextSubject, collection: Collection, findings: PublicTextFinding[], req: PayloadRequest): Promise<void> {
  const who = `${req.user?.email ?? 'user'} (${(req.user?.roles ?? []).join(', ')})`
  const record = collection === 'media-assets' ? `picture ${subject.id}` : `correspondent ${subject.id}`
  const note = `Cleared by typing it, on ${record}: ${findings.map(describeFinding).join('; ')}`
  const actor = req.user?.collection === 'users' ? (req.user.id as number) : null
  const at = new Date().toISOString()
  for (const story of subject.stories) {
    await recordEvent({ dispatch: story.id as number, kind: 'legal_decision', actor, note, at }, req)
  }
  // An audit row belongs to a story; a profile no live story bylines has none to carry it.
  req.payload.logger.info({ msg: `Public text cleared by ${who}: ${note}`, collection, id: subject.id, findings })
}

/**
 * Refuses (409 PICTURE_SHOWN_LIVE, nothing written) a save that replaces the file of a picture a
 * live story shows; server code without a user is not asked. `replaced`: the save carries a new
 * file (an upload) or names another stored file.
 */
export async function holdPictureFileForLegal(id: Id, replaced: boolean, req: PayloadRequest): Promise<void> {
  if (!req.user || !replaced) return
  const stories = await liveStoriesShowing('media-assets', id, req)
  const refusal = pictureFileRefusal(id, stories)
  if (refusal === null) return
  throw new DatelineError('PICTURE_SHOWN_LIVE', refusal, 409, {
    subject: { collection: 'media-assets', id },
    stories: stories.map(({ id: storyId, headline, slug }) => ({ id: storyId, headline, slug })),
  })
}
