import type { Correspondent, Dispatch, MediaAsset, Quote } from '../../payload-types'

/**
 * The public shape of a story page, built field by field from what the public may read: a
 * field that someone adds to a collection later does not reach readers until it is named here.
 */
export type PublicPerson = Pick<Correspondent, 'id' | 'name' | 'slug'> & {
  title: string | null
  kind: string | null
  bureau: string | null
}

export type PublicRendition = { url: string; width: number | null; height: number | null; mimeType: string | null; filesize: number | null }

export type PublicMedia = {
  id: number
  alt: string | null
  caption: string | null
  creditLine: string
  credit: { organisation: string | null; creatorName: string | null; isHandout: boolean; isPool: boolean }
  licence: string | null
  usageTerms: string | null
  capturedAt: string | null
  url: string | null
  mimeType: string | null
  filesize: number | null
  width: number | null
  height: number | null
  focalX: number | null
  focalY: number | null
  sizes: Record<string, PublicRendition>
}

export type PublicQuote = {
  id: number
  text: string
  speaker: { name: string | null; description: string | null; isAnonymous: boolean }
  context: string | null
}

export type StoryPage = {
  id: number
  slug: string
  headline: string
  standfirst: string | null
  dateline: string | null
  body: Dispatch['body']
  tags: string[]
  byline: Array<{ role: string; correspondent: PublicPerson }>
  media: PublicMedia[]
  quotes: { docs: PublicQuote[] }
  corrections: Array<{ at: string; text: string }>
  embargoUntil: string | null
  publishedAt: string | null
  firstPublishedAt: string | null
  updatedAt: string
}

const isObject = <T>(value: number | T | null | undefined): value is T => typeof value === 'object' && value !== null

/** Returns an absolute URL: Payload hands out paths when it has no server URL of its own. */
export const absoluteUrl = (url: string | null | undefined, origin: string): string | null =>
  url ? new URL(url, origin).toString() : null

/** Returns the public fields of a correspondent. */
export function publicPerson(person: Correspondent): PublicPerson {
  return {
    id: person.id,
    name: person.name,
    slug: person.slug,
    title: person.title ?? null,
    kind: person.kind ?? null,
    bureau: person.bureau ?? null,
  }
}

/** Returns the public fields of a media asset, with absolute URLs for the file and every size. */
export function publicMedia(asset: MediaAsset, origin: string): PublicMedia {
  const sizes: Record<string, PublicRendition> = {}
  for (const [name, size] of Object.entries(asset.sizes ?? {})) {
    const url = absoluteUrl(size?.url, origin)
    if (!size || !url) continue
    sizes[name] = {
      url,
      width: size.width ?? null,
      height: size.height ?? null,
      mimeType: size.mimeType ?? null,
      filesize: size.filesize ?? null,
    }
  }
  return {
    id: asset.id,
    alt: asset.alt ?? null,
    caption: asset.caption ?? null,
    creditLine: asset.creditLine,
    credit: {
      organisation: asset.credit?.organisation ?? null,
      creatorName: asset.credit?.creatorName ?? null,
      isHandout: Boolean(asset.credit?.isHandout),
      isPool: Boolean(asset.credit?.isPool),
    },
    licence: asset.rights?.licence ?? null,
    usageTerms: asset.rights?.usageTerms ?? null,
    capturedAt: asset.capturedAt ?? null,
    url: absoluteUrl(asset.url, origin),
    mimeType: asset.mimeType ?? null,
    filesize: asset.filesize ?? null,
    width: asset.width ?? null,
    height: asset.height ?? null,
    focalX: asset.focalX ?? null,
    focalY: asset.focalY ?? null,
    sizes,
  }
}

/** Returns the public fields of a quote (the read already left out quotes legal has not cleared). */
export function publicQuote(quote: Quote): PublicQuote {
  return {
    id: quote.id,
    text: quote.text,
    speaker: {
      name: quote.speaker?.name ?? null,
      description: quote.speaker?.description ?? null,
      isAnonymous: Boolean(quote.speaker?.isAnonymous),
    },
    context: quote.context ?? null,
  }
}

/** Returns the body with every inline picture reduced to its public fields. */
function publicBody(body: Dispatch['body'], origin: string): Dispatch['body'] {
  if (!body) return null
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (!node || typeof node !== 'object') return node
    const record = node as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(record)) {
      out[key] =
        record.type === 'upload' && key === 'value' && isObject<MediaAsset>(value as MediaAsset)
          ? publicMedia(value as MediaAsset, origin)
          : visit(value)
    }
    return out
  }
  return visit(body) as Dispatch['body']
}

/**
 * Returns the story page for a live dispatch read with public access at depth 2: byline with
 * names and titles, media with sizes and credits, cleared quotes, corrections; nothing private.
 */
export function toStoryPage(doc: Dispatch, origin: string): StoryPage {
  return {
    id: doc.id,
    slug: doc.slug,
    headline: doc.headline,
    standfirst: doc.standfirst ?? null,
    dateline: doc.dateline ?? null,
    body: publicBody(doc.body, origin),
    tags: doc.tags ?? [],
    byline: (doc.byline ?? [])
      .filter((entry) => isObject(entry.correspondent))
      .map((entry) => ({ role: entry.role, correspondent: publicPerson(entry.correspondent as Correspondent) })),
    media: (doc.media ?? []).filter(isObject).map((asset) => publicMedia(asset, origin)),
    quotes: { docs: (doc.quotes?.docs ?? []).filter(isObject).map(publicQuote) },
    corrections: (doc.corrections ?? []).map((c) => ({ at: c.at, text: c.text })),
    embargoUntil: doc.embargoUntil ?? null,
    publishedAt: doc.publishedAt ?? null,
    firstPublishedAt: doc.firstPublishedAt ?? null,
    updatedAt: doc.updatedAt,
  }
}
