import { lexicalToPlainText } from '../lexical/build'
import type { PublicMedia, StoryPage } from './storyPage'

/** Returns the story body as plain text, one paragraph a line. */
export const bodyText = (story: StoryPage): string => lexicalToPlainText(story.body)

/** Returns the body as XHTML paragraphs (text escaped), for consumers that want markup. */
export const bodyXhtml = (story: StoryPage): string =>
  bodyText(story)
    .split('\n')
    .filter(Boolean)
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('')

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Returns the byline as printed: "John Irvine, Senior International Correspondent; Sean Swan, cameraman". */
export const bylineText = (story: StoryPage): string =>
  story.byline
    .map(({ correspondent }) => (correspondent.title ? `${correspondent.name}, ${correspondent.title}` : correspondent.name))
    .join('; ')

/** Returns the public URL where readers open the story. */
export const storyUrl = (siteUrl: string, story: Pick<StoryPage, 'slug'>): string =>
  `${siteUrl}/stories/${encodeURIComponent(story.slug)}`

/** Returns the largest rendition up to `hero`, the one to show where one picture fits. */
export function leadImageUrl(media: PublicMedia | undefined): string | null {
  if (!media) return null
  return media.sizes.hero?.url ?? media.sizes.card?.url ?? media.url
}

/** Counts words the way a sub-editor would: runs of non-space characters. */
export const wordCount = (text: string): number => (text.match(/\S+/g) ?? []).length
