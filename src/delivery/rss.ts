import { XMLBuilder } from 'fast-xml-parser'

import type { StoryPage } from './storyPage'
import { bylineText, storyUrl } from './storyText'

export type FeedChannel = { title: string; description: string; siteUrl: string; feedUrl: string; language: string }

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  suppressEmptyNode: true,
  // `isPermaLink="true"` must stay an attribute with a value: XML has no bare attributes.
  suppressBooleanAttributes: false,
  format: false,
})

/** Media RSS's `medium` for a MIME type. */
const medium = (mimeType: string | null): string =>
  mimeType?.startsWith('video/') ? 'video' : mimeType?.startsWith('audio/') ? 'audio' : 'image'

/**
 * Returns an RSS 2.0 document for the stories, newest first as given: each item with its link,
 * byline (`dc:creator`), tags, the lead picture as the `enclosure`, and every picture as Media
 * RSS `media:content` with caption, alt text and the credit line exactly as printed.
 */
export function toRss(stories: StoryPage[], channel: FeedChannel): string {
  const newest = stories.map((story) => story.publishedAt).filter(Boolean).sort().at(-1)
  const items = stories.map((story) => {
    const link = storyUrl(channel.siteUrl, story)
    const lead = story.media.find((asset) => asset.url)
    return {
      title: story.headline,
      link,
      guid: { '#text': link, '@_isPermaLink': 'true' },
      description: story.standfirst ?? undefined,
      'dc:creator': bylineText(story) || undefined,
      pubDate: story.publishedAt ? new Date(story.publishedAt).toUTCString() : undefined,
      category: story.tags.length ? story.tags : undefined,
      enclosure: lead
        ? { '@_url': lead.url, '@_type': lead.mimeType ?? 'application/octet-stream', '@_length': String(lead.filesize ?? 0) }
        : undefined,
      'media:content': story.media
        .filter((asset) => asset.url)
        .map((asset) => ({
          '@_url': asset.url,
          '@_type': asset.mimeType ?? undefined,
          '@_medium': medium(asset.mimeType),
          '@_width': asset.width ?? undefined,
          '@_height': asset.height ?? undefined,
          '@_fileSize': asset.filesize ?? undefined,
          'media:description': asset.caption ?? undefined,
          'media:text': asset.alt ? { '#text': asset.alt, '@_type': 'plain' } : undefined,
          'media:credit': { '#text': asset.creditLine, '@_role': 'photographer', '@_scheme': 'urn:ebu' },
          'media:copyright': asset.credit.organisation ?? undefined,
          'media:thumbnail': asset.sizes.thumbnail
            ? { '@_url': asset.sizes.thumbnail.url, '@_width': asset.sizes.thumbnail.width ?? undefined, '@_height': asset.sizes.thumbnail.height ?? undefined }
            : undefined,
        })),
    }
  })
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      '@_xmlns:media': 'http://search.yahoo.com/mrss/',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      channel: {
        title: channel.title,
        link: channel.siteUrl,
        description: channel.description,
        language: channel.language,
        'atom:link': { '@_href': channel.feedUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
        lastBuildDate: newest ? new Date(newest).toUTCString() : undefined,
        item: items,
      },
    },
  }) as string
}
