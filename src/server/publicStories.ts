import type { Payload } from 'payload'

import type { Dispatch } from '../../payload-types'
import { toStoryPage, type StoryPage } from '../delivery/storyPage'

/*
 * Reads for front ends, feeds and partners. They run without a request, so Payload treats them
 * as anonymous: the collection and field access rules decide what they contain (live copy,
 * cleared quotes, public fields), whoever asked; the story-page mapper then keeps only named fields.
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

/** Returns the live story with this slug, or says whether it was withdrawn or never went out. */
export async function storyBySlug(payload: Payload, slug: string, origin: string): Promise<StoryLookup> {
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
  })
  if (live.docs[0]) return { status: 'live', story: toStoryPage(live.docs[0] as Dispatch, origin) }
  // Taken down: the main row exists, is no longer published, and was live once.
  const gone = await payload.count({
    collection: 'dispatches',
    where: { and: [{ slug: { equals: slug } }, { firstPublishedAt: { exists: true } }, { _status: { not_equals: 'published' } }] },
    overrideAccess: true,
  })
  return gone.totalDocs > 0 ? { status: 'withdrawn' } : { status: 'unknown' }
}

/** Returns the newest live stories for the feeds (byline and media, no quotes). */
export async function latestStories(payload: Payload, limit: number, origin: string): Promise<StoryPage[]> {
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
