import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { toJsonFeed } from '../delivery/jsonFeed'
import { toNinjs } from '../delivery/ninjs'
import type { FeedChannel } from '../delivery/rss'
import { toRss } from '../delivery/rss'
import { latestStories, storyBySlug } from './publicStories'
import { problem } from './problem'

const channel = (env: Env, feedPath: string): FeedChannel => ({
  title: 'Dateline',
  description: 'Latest dispatches',
  siteUrl: env.PUBLIC_SITE_URL,
  feedUrl: `${env.SERVER_URL}${feedPath}`,
  language: 'en',
})

/** GET /feeds/rss.xml — RSS 2.0 with Media RSS pictures and credits. */
export async function rssFeed(payload: Payload, env: Env): Promise<Response> {
  const stories = await latestStories(payload, env.FEED_ITEMS, env.SERVER_URL)
  return new Response(toRss(stories, channel(env, '/feeds/rss.xml')), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}

/** GET /feeds/feed.json — JSON Feed 1.1. */
export async function jsonFeed(payload: Payload, env: Env): Promise<Response> {
  const stories = await latestStories(payload, env.FEED_ITEMS, env.SERVER_URL)
  return new Response(JSON.stringify(toJsonFeed(stories, channel(env, '/feeds/feed.json'))), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
}

/** GET /api/ninjs/dispatches/:slug — one live story as IPTC ninjs 3.1; 404 unknown, 410 withdrawn. */
export async function ninjsItem(payload: Payload, env: Env, slug: string): Promise<Response> {
  const found = await storyBySlug(payload, slug, env.SERVER_URL)
  if (found.status === 'withdrawn') return problem(410, 'WITHDRAWN', 'This story has been withdrawn')
  if (found.status === 'unknown') return problem(404, 'NOT_FOUND', `No published story with slug "${slug}"`)
  const item = toNinjs(found.story, { serverUrl: env.SERVER_URL, siteUrl: env.PUBLIC_SITE_URL, language: 'en' })
  return new Response(JSON.stringify(item), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
