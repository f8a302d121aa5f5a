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
  changedPublicText,
  CORRESPONDENT_PUBLIC_TEXT,
  mayClearPublicText,
  sealedTextRefusal,
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

/** The stories that show the picture (media list or body) or carry the correspondent's byline. */
const showing = (collection: Collection, id: Id): Where =>
  collection === 'media-assets' ? { or: [{ media: { in: [id] } }, { bodyMedia: { in: [id] } }] } : { 'byline.correspondent': { equals: id } }

/** Returns the live (published) stories that show the picture or carry the correspondent's byline. */
async function liveStoriesShowing(collection: Collection, id: Id, req: PayloadRequest): Promise<LiveShowing[]> {
  const shows = showing(collection, id)
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
 * Returns the live stories showing the record that legal is involved in and has decided on
 * (sealed approval): one whose live copy legal read (a passage, a read asked for) or that carries
 * a sensitive quote. What readers get of them is what legal approved, so any change waits for it.
 */
async function sealedLiveStories(collection: Collection, id: Id, req: PayloadRequest): Promise<LiveShowing[]> {
  const shows = showing(collection, id)
  const { docs } = await req.payload.find({
    collection: 'dispatches',
    where: { and: [{ _status: { equals: 'published' } }, shows] },
    select: { headline: true, slug: true, legalRead: { status: true, required: true } },
    sort: '-publishedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return []
  const read = docs.filter((doc) => doc.legalRead?.required || (doc.legalRead?.status && doc.legalRead.status !== 'not_required'))
  const rest = docs.filter((doc) => !read.includes(doc))
  const withQuotes = new Set<string>()
  if (rest.length > 0) {
    const quotes = await req.payload.find({
      collection: 'quotes',
      where: { and: [{ dispatch: { in: rest.map((doc) => doc.id) } }, { sensitive: { equals: true } }] },
      select: { dispatch: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const quote of quotes.docs) withQuotes.add(String(typeof quote.dispatch === 'object' && quote.dispatch ? quote.dispatch.id : quote.dispatch))
  }
  const involved = docs.filter((doc) => read.includes(doc) || withQuotes.has(String(doc.id)))
  if (involved.length === 0) return []
  // As at the gate (src/legal/sealed.ts sealRequired): a story is sealed once legal has decided
  // on it through its desk; stories only server code wrote (the demo load) take fixes as before.
  const decided = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ dispatch: { in: involved.map((doc) => doc.id) } }, { kind: { in: ['legal_decision', 'legal_read'] } }] },
    select: { dispatch: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const sealed = new Set(decided.docs.map((event) => String(typeof event.dispatch === 'object' && event.dispatch ? event.dispatch.id : event.dispatch)))
  return involved
    .filter((doc) => sealed.has(String(doc.id)))
    .slice(0, NAMED_STORIES)
    .map((doc) => ({ id: doc.id, headline: doc.headline ?? '', slug: doc.slug ?? null }))
}

/**
 * Runs the rule on one save of a media asset or a correspondent. `before` is the stored record
 * (null on create), `after` the record as it will be stored. Saves without a user (the demo load,
 * migrations, the server's own visibility writes) are server code and are not asked.
 */
export async function holdPublicTextForLegal(collection: Collection, id: Id | undefined, before: unknown, after: unknown, req: PayloadRequest): Promise<void> {
  if (!req.user) return
  const fields = collection === 'media-assets' ? MEDIA_PUBLIC_TEXT : CORRESPONDENT_PUBLIC_TEXT
  const changed = id === undefined ? [] : changedPublicText(fields, before, after)
  if (changed.length > 0 && !mayClearPublicText(req.user.roles ?? [])) {
    const sealed = await sealedLiveStories(collection, id!, req)
    const refusal = sealedTextRefusal(collection === 'media-assets' ? 'picture' : 'correspondent', id!, changed, sealed)
    if (refusal !== null) {
      throw new LegalReviewRequiredError(refusal, {
        subject: { collection, id: id ?? null },
        findings: changed.map((field) => ({ field, kind: 'changed' })),
        stories: sealed.map(({ id: storyId, headline, slug }) => ({ id: storyId, headline, slug })),
      })
    }
  }
  const findings = newLegalWords(fields, before, after)
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
