import type { StoryPage } from '../public'
import { largestImage, latest } from './format'

/** Byline roles that write the story; the others (camera, producer, photographer) contribute to it. */
const AUTHOR_ROLES = new Set(['reporter', 'editor'])

type Person = { '@type': 'Person'; name: string; jobTitle?: string; url: string }

/** Returns the date a story last changed for readers: its last publish or its last correction. */
export function modifiedAt(story: StoryPage): string | null {
  return latest(story.publishedAt, story.firstPublishedAt, ...story.corrections.map((c) => c.at))
}

/** Returns the schema.org NewsArticle of a story page, for a `<script type="application/ld+json">`. */
export function newsArticle(story: StoryPage, siteUrl: string): Record<string, unknown> {
  const url = `${siteUrl}/stories/${encodeURIComponent(story.slug)}`
  const person = (entry: StoryPage['byline'][number]): Person => ({
    '@type': 'Person',
    name: entry.correspondent.name,
    ...(entry.correspondent.title ? { jobTitle: entry.correspondent.title } : {}),
    url: `${siteUrl}/people/${encodeURIComponent(entry.correspondent.slug)}`,
  })
  const writers = story.byline.filter((entry) => AUTHOR_ROLES.has(entry.role))
  const authors = writers.length > 0 ? writers : story.byline
  const contributors = story.byline.filter((entry) => !authors.includes(entry))
  const images = story.media.flatMap((media) => {
    const file = largestImage(media)
    if (!file) return []
    return [
      {
        '@type': 'ImageObject',
        url: file.url,
        contentUrl: file.url,
        width: file.width,
        height: file.height,
        ...(media.caption ? { caption: media.caption } : {}),
        creditText: media.creditLine,
        copyrightNotice: media.credit.organisation ?? media.creditLine,
        ...(media.credit.creatorName ? { creator: { '@type': 'Person', name: media.credit.creatorName } } : {}),
      },
    ]
  })
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: story.headline,
    ...(story.standfirst ? { description: story.standfirst } : {}),
    ...(story.dateline ? { dateline: story.dateline } : {}),
    datePublished: story.firstPublishedAt ?? story.publishedAt,
    dateModified: modifiedAt(story),
    author: authors.map(person),
    ...(contributors.length ? { contributor: contributors.map(person) } : {}),
    ...(images.length ? { image: images } : {}),
    ...(story.tags.length ? { keywords: story.tags.join(', ') } : {}),
    ...(story.corrections.length
      ? { correction: story.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.at })) }
      : {}),
    publisher: { '@type': 'Organization', name: 'Dateline', url: siteUrl },
  }
}

/** Returns JSON safe inside a <script> element (no `</script>`, no HTML comment openers). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}
