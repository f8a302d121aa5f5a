import type { PublicMedia, StoryPage } from './storyPage'
import { bodyText, bodyXhtml, bylineText, storyUrl, wordCount } from './storyText'

export type NinjsOptions = { serverUrl: string; siteUrl: string; language: string }

type Rendition = { name: string; href: string; contentType?: string; width?: number; height?: number; sizeInBytes?: number }

const defined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T

const iso = (date: string | null): string | undefined => (date ? new Date(date).toISOString() : undefined)

/** Returns the renditions of a picture: the original and every generated size. */
function renditions(asset: PublicMedia): Rendition[] {
  const out: Rendition[] = []
  if (asset.url) {
    out.push(defined({ name: 'original', href: asset.url, contentType: asset.mimeType ?? undefined, width: asset.width ?? undefined, height: asset.height ?? undefined, sizeInBytes: asset.filesize ?? undefined }))
  }
  for (const [name, size] of Object.entries(asset.sizes)) {
    out.push(defined({ name, href: size.url, contentType: size.mimeType ?? undefined, width: size.width ?? undefined, height: size.height ?? undefined, sizeInBytes: size.filesize ?? undefined }))
  }
  return out
}

/** Returns one picture as a ninjs association: renditions, caption, and the credit line as `by`. */
function pictureAssociation(asset: PublicMedia, index: number, options: NinjsOptions): Record<string, unknown> {
  return defined({
    name: `picture${index + 1}`,
    rel: 'image',
    uri: `${options.serverUrl}/api/media-assets/${asset.id}`,
    type: asset.mimeType?.startsWith('video/') ? 'video' : asset.mimeType?.startsWith('audio/') ? 'audio' : 'picture',
    by: asset.creditLine,
    copyrightHolder: asset.credit.organisation ?? undefined,
    usageTerms: asset.usageTerms ?? undefined,
    contentCreated: iso(asset.capturedAt),
    descriptions: [
      ...(asset.caption ? [{ role: 'caption', value: asset.caption }] : []),
      ...(asset.alt ? [{ role: 'alt', value: asset.alt }] : []),
    ],
    renditions: renditions(asset),
  })
}

/**
 * Returns an IPTC ninjs 3.1 news item for a live story: headline, standfirst, plain and XHTML
 * bodies, byline (`by` and `people`), `located` from the dateline, embargo, `pubStatus`, and
 * each picture as an association whose renditions carry sizes and whose `by` is the credit line.
 */
export function toNinjs(story: StoryPage, options: NinjsOptions): Record<string, unknown> {
  const text = bodyText(story)
  return defined({
    uri: `${options.serverUrl}/api/dispatches/${story.id}`,
    type: 'text',
    representationType: 'full',
    profile: story.media.length ? 'text-photo' : 'text-only',
    version: String(story.corrections.length + 1),
    firstCreated: iso(story.firstPublishedAt ?? story.publishedAt),
    versionCreated: iso(story.publishedAt) ?? iso(story.updatedAt),
    embargoedUntil: iso(story.embargoUntil),
    pubStatus: 'usable',
    language: options.language,
    slugline: story.slug,
    headlines: [{ role: 'main', value: story.headline }],
    descriptions: [
      ...(story.standfirst ? [{ role: 'summary', value: story.standfirst }] : []),
      ...story.corrections.map((c) => ({ role: 'correction', value: c.text })),
    ],
    bodies: text
      ? [
          { role: 'main', contentType: 'text/plain', charCount: text.length, wordCount: wordCount(text), value: text },
          { role: 'richtext', contentType: 'application/xhtml+xml', value: bodyXhtml(story) },
        ]
      : undefined,
    by: bylineText(story) || undefined,
    people: story.byline.map(({ role, correspondent }) => ({ name: correspondent.name, rel: role })),
    located: story.dateline ?? undefined,
    subjects: story.tags.length ? story.tags.map((tag) => ({ name: tag })) : undefined,
    renditions: [{ name: 'web', href: storyUrl(options.siteUrl, story), contentType: 'text/html' }],
    associations: story.media.map((asset, index) => pictureAssociation(asset, index, options)),
  })
}
