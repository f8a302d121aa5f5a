import { strongEtag } from './etag'
import { toJsonFeed } from './jsonFeed'
import { toNinjs } from './ninjs'
import { toRss, type FeedChannel } from './rss'
import type { PublicMedia, PublicPerson, StoryPage } from './storyPage'
import { bylineKey, LIST_KEY, personKey, pictureKey, storyKey, tagKey } from './surrogateKeys'

/*
 * The public projections of a live story, computed once when it changes and stored as the exact
 * bytes served (src/db/publicModel.ts). Each is built by the same builder the computed reads used,
 * so the model serves what Payload would have given, byte for byte.
 */

export type ProjectionOptions = { serverUrl: string; siteUrl: string; language: string; feedItems: number }

/** A story in a public list: the story page without its body and quotes. */
export type StoryListEntry = Omit<StoryPage, 'body' | 'quotes'>

export function toListEntry(story: StoryPage): StoryListEntry {
  const { body: _body, quotes: _quotes, ...entry } = story
  return entry
}

/** Returns the ids of every picture a story page shows: its media list and pictures placed in the body. */
export function pictureIds(story: StoryPage): number[] {
  const ids = new Set(story.media.map((asset) => asset.id))
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>
      if (record.type === 'upload' && record.value && typeof record.value === 'object') ids.add((record.value as PublicMedia).id)
      for (const value of Object.values(record)) if (value && typeof value === 'object') visit(value)
    }
  }
  visit(story.body)
  return [...ids]
}

export type StoryProjection = {
  slug: string
  publishedAt: string
  page: string
  pageEtag: string
  ninjs: string
  ninjsEtag: string
  entry: string
  /** Surrogate keys of the story page and ninjs: the story, its people and its pictures. */
  keys: string[]
  refs: Array<{ kind: 'person' | 'picture' | 'tag'; ref: string }>
}

export function projectStory(story: StoryPage, options: ProjectionOptions): StoryProjection {
  const page = JSON.stringify(story)
  const ninjs = JSON.stringify(toNinjs(story, { serverUrl: options.serverUrl, siteUrl: options.siteUrl, language: options.language }))
  const people = [...new Set(story.byline.map(({ correspondent }) => correspondent.id))]
  const pictures = pictureIds(story)
  return {
    slug: story.slug,
    publishedAt: story.publishedAt ? new Date(story.publishedAt).toISOString() : '',
    page,
    pageEtag: strongEtag(page),
    ninjs,
    ninjsEtag: strongEtag(ninjs),
    entry: JSON.stringify(toListEntry(story)),
    keys: [storyKey(story.id), ...people.map(personKey), ...pictures.map(pictureKey)],
    refs: [
      ...people.map((id) => ({ kind: 'person' as const, ref: String(id) })),
      ...pictures.map((id) => ({ kind: 'picture' as const, ref: String(id) })),
      ...[...new Set(story.tags)].map((tag) => ({ kind: 'tag' as const, ref: tag })),
    ],
  }
}

/** The lists a story with these refs appears on: the story list, its tags' lists, its people's pages. */
export function listKeysOf(refs: ReadonlyArray<{ kind: string; ref: string }>): string[] {
  return [
    LIST_KEY,
    ...refs.filter((r) => r.kind === 'tag').map((r) => tagKey(r.ref)),
    ...refs.filter((r) => r.kind === 'person').map((r) => bylineKey(r.ref)),
  ]
}

export const FEED_DOCUMENTS = {
  rss: { key: 'feed:rss', path: '/feeds/rss.xml', contentType: 'application/rss+xml; charset=utf-8' },
  json: { key: 'feed:json', path: '/feeds/feed.json', contentType: 'application/feed+json; charset=utf-8' },
} as const

const channel = (options: ProjectionOptions, feedPath: string): FeedChannel => ({
  title: 'Dateline',
  description: 'Latest dispatches',
  siteUrl: options.siteUrl,
  feedUrl: `${options.serverUrl}${feedPath}`,
  language: options.language,
})

/** Returns both feed documents for the newest stories (newest first), as the bytes served. */
export function feedDocuments(stories: StoryPage[], options: ProjectionOptions): Record<keyof typeof FEED_DOCUMENTS, string> {
  // The feeds never showed quotes (their read skipped the join); the stored pages carry them.
  const feedStories = stories.map((story) => ({ ...story, quotes: { docs: [] } }))
  return {
    rss: toRss(feedStories, channel(options, FEED_DOCUMENTS.rss.path)),
    json: JSON.stringify(toJsonFeed(feedStories, channel(options, FEED_DOCUMENTS.json.path))),
  }
}

/** A correspondent's public page, without their stories (added when it is read). */
export type PersonPage = PublicPerson & { bio: string | null; active: boolean; photo: PublicMedia | null }
