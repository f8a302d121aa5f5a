import type { FeedChannel } from './rss'
import type { StoryPage } from './storyPage'
import { bodyText, leadImageUrl, storyUrl } from './storyText'

/** Returns a JSON Feed 1.1 document; picture credits ride in the `_dateline` extension. */
export function toJsonFeed(stories: StoryPage[], channel: FeedChannel): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.siteUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.language,
    items: stories.map((story) => {
      const url = storyUrl(channel.siteUrl, story)
      return {
        id: url,
        url,
        title: story.headline,
        ...(story.standfirst && { summary: story.standfirst }),
        content_text: bodyText(story) || story.standfirst || story.headline,
        ...(leadImageUrl(story.media[0]) && { image: leadImageUrl(story.media[0]) }),
        ...(story.firstPublishedAt && { date_published: new Date(story.firstPublishedAt).toISOString() }),
        ...(story.publishedAt && { date_modified: new Date(story.publishedAt).toISOString() }),
        authors: story.byline.map(({ correspondent }) => ({ name: correspondent.name })),
        ...(story.tags.length && { tags: story.tags }),
        attachments: story.media
          .filter((asset) => asset.url)
          .map((asset) => ({
            url: asset.url,
            mime_type: asset.mimeType ?? 'application/octet-stream',
            ...(asset.caption && { title: asset.caption }),
            ...(asset.filesize && { size_in_bytes: asset.filesize }),
          })),
        _dateline: {
          dateline: story.dateline,
          byline: story.byline.map(({ role, correspondent }) => ({ name: correspondent.name, title: correspondent.title, role })),
          media: story.media.map((asset) => ({
            url: asset.url,
            caption: asset.caption,
            alt: asset.alt,
            creditLine: asset.creditLine,
            credit: asset.credit,
          })),
          corrections: story.corrections,
        },
      }
    }),
  }
}
