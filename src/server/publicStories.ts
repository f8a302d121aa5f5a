import { getDataLoader, isolateObjectProperty, type Payload, type PayloadRequest } from 'payload'

import type { Correspondent, Dispatch, MediaAsset } from '../../payload-types'
import type { PersonPage } from '../delivery/projection'
import { publicMedia, publicPerson, toStoryPage, type StoryPage } from '../delivery/storyPage'

/*
 * What the public read model is computed from: reads that Payload answers as for an anonymous
 * reader, so the collection and field access rules decide what they contain (live copy, cleared
 * quotes, public fields), whoever made the change; the story-page mapper keeps only named fields.
 * Readers themselves never come here: they read the model (src/db/publicModel.ts).
 */

/*
 * Only what a story page shows is read: the select skips private and working fields (and the
 * joins and relations behind them), and populate keeps related documents to their public
 * fields, so an uncached story page costs less than Payload's own REST read of the same story.
 */
const STORY_FIELDS = {
  slug: true,
  headline: true,
  standfirst: true,
  dateline: true,
  body: true,
  tags: true,
  byline: true,
  media: true,
  quotes: true,
  corrections: true,
  embargoUntil: true,
  publishedAt: true,
  firstPublishedAt: true,
  updatedAt: true,
} as const

const POPULATED_FIELDS = {
  correspondents: { name: true, slug: true, title: true, kind: true, bureau: true },
  'media-assets': {
    alt: true,
    caption: true,
    creditLine: true,
    credit: true,
    rights: true,
    capturedAt: true,
    filename: true,
    url: true,
    mimeType: true,
    filesize: true,
    width: true,
    height: true,
    focalX: true,
    focalY: true,
    sizes: true,
  },
  quotes: { text: true, speaker: true, context: true },
} as const

export type StoryLookup = { status: 'live'; story: StoryPage } | { status: 'withdrawn' } | { status: 'unknown' }

/**
 * Returns a copy of the request that reads as an anonymous reader inside the same transaction:
 * the read model is computed from exactly what the public may see, whoever made the change.
 */
function asReader(req: PayloadRequest | undefined): PayloadRequest | undefined {
  if (!req) return undefined
  const reader = isolateObjectProperty(req, ['user', 'context', 'payloadDataLoader'])
  reader.user = null
  reader.context = {}
  // Relations and joins are populated through the request's data loader, which reads as the
  // request it was made for: the acting editor's would give readers the working copy of a quote.
  reader.payloadDataLoader = getDataLoader(reader)
  return reader
}

/**
 * Computes the live story with this slug from Payload, as the public may read it, or says whether
 * it was withdrawn or never went out. What the read model stores for it (src/services/publicModel.ts)
 * must equal this; the property test checks it.
 */
export async function computeStoryBySlug(payload: Payload, slug: string, origin: string, req?: PayloadRequest): Promise<StoryLookup> {
  const live = await payload.find({
    collection: 'dispatches',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: STORY_FIELDS,
    populate: POPULATED_FIELDS,
    req: asReader(req),
  })
  if (live.docs[0]) return { status: 'live', story: toStoryPage(live.docs[0] as Dispatch, origin) }
  // Taken down: the main row exists, is no longer published, and was live once.
  const gone = await payload.count({
    collection: 'dispatches',
    where: { and: [{ slug: { equals: slug } }, { firstPublishedAt: { exists: true } }, { _status: { not_equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return gone.totalDocs > 0 ? { status: 'withdrawn' } : { status: 'unknown' }
}

export type ComputedStory = { id: number; status: 'live'; story: StoryPage } | { id: number; status: 'withdrawn'; slug: string; publishedAt: string }

/**
 * Computes the public state of these dispatches from Payload inside the caller's transaction:
 * the live story page for each that is live, `withdrawn` for one that was live once, and nothing
 * for the rest (never published, or deleted).
 */
export async function computeStories(payload: Payload, ids: number[], origin: string, req?: PayloadRequest): Promise<Map<number, ComputedStory>> {
  const out = new Map<number, ComputedStory>()
  if (ids.length === 0) return out
  const live = await payload.find({
    collection: 'dispatches',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    select: STORY_FIELDS,
    populate: POPULATED_FIELDS,
    req: asReader(req),
  })
  for (const doc of live.docs as Dispatch[]) out.set(doc.id, { id: doc.id, status: 'live', story: toStoryPage(doc, origin) })
  const rest = ids.filter((id) => !out.has(id))
  if (rest.length === 0) return out
  const gone = await payload.find({
    collection: 'dispatches',
    where: { and: [{ id: { in: rest } }, { firstPublishedAt: { exists: true } }, { _status: { not_equals: 'published' } }] },
    draft: false,
    depth: 0,
    limit: rest.length,
    pagination: false,
    overrideAccess: true,
    select: { slug: true, publishedAt: true },
    req,
  })
  for (const doc of gone.docs as Dispatch[]) {
    out.set(doc.id, { id: doc.id, status: 'withdrawn', slug: doc.slug, publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : '' })
  }
  return out
}

/** Computes the newest live stories from Payload, as the feeds showed them (byline and media, no quotes). */
export async function computeLatestStories(payload: Payload, limit: number, origin: string): Promise<StoryPage[]> {
  const { docs } = await payload.find({
    collection: 'dispatches',
    where: { _status: { equals: 'published' } },
    sort: '-publishedAt',
    draft: false,
    depth: 1,
    limit,
    pagination: false,
    joins: false,
    overrideAccess: false,
    select: STORY_FIELDS,
    populate: POPULATED_FIELDS,
  })
  return (docs as Dispatch[]).map((doc) => toStoryPage(doc, origin))
}

const PERSON_FIELDS = { name: true, slug: true, title: true, kind: true, bureau: true, bio: true, photo: true, active: true } as const

/** Computes correspondents' public pages (without their stories) from Payload, as the public may read them. */
export async function computePeople(payload: Payload, ids: number[], origin: string, req?: PayloadRequest): Promise<Map<number, PersonPage>> {
  const out = new Map<number, PersonPage>()
  if (ids.length === 0) return out
  const { docs } = await payload.find({
    collection: 'correspondents',
    where: { id: { in: ids } },
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    select: PERSON_FIELDS,
    populate: { 'media-assets': POPULATED_FIELDS['media-assets'] },
    req: asReader(req),
  })
  for (const person of docs as Correspondent[]) {
    out.set(person.id, {
      ...publicPerson(person),
      bio: person.bio ?? null,
      active: person.active !== false,
      photo: person.photo && typeof person.photo === 'object' ? publicMedia(person.photo as MediaAsset, origin) : null,
    })
  }
  return out
}
