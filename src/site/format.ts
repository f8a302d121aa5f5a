/** Anything with a file and sizes: a story page's picture or a REST media document. */
export type ImageLike = {
  url?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null } | undefined> | null
}

const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })
const short = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

/** Returns "1 December 2026 at 16:19 UTC", or null for a missing or unreadable date. */
export function longDate(iso: string | null | undefined): string | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : `${long.format(date)} UTC`
}

/** Returns "1 Dec 2026", or null. */
export function shortDate(iso: string | null | undefined): string | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : short.format(date)
}

/** Returns the latest of these dates (ISO strings), or null. */
export function latest(...dates: Array<string | null | undefined>): string | null {
  let best: string | null = null
  for (const date of dates) if (date && (!best || Date.parse(date) > Date.parse(best))) best = date
  return best
}

type Candidate = { url: string; width: number; height: number }

/**
 * Returns the renditions of a picture that keep its shape (the square thumbnail crop does not),
 * the original included, narrowest first: the candidates of a `srcset`.
 */
export function sameShapeRenditions(media: ImageLike): Candidate[] {
  const all: Candidate[] = []
  const ratio = media.width && media.height ? media.width / media.height : null
  for (const size of Object.values(media.sizes ?? {})) {
    if (!size?.url || !size.width || !size.height) continue
    if (ratio && Math.abs(size.width / size.height - ratio) > 0.02) continue
    all.push({ url: size.url, width: size.width, height: size.height })
  }
  // After the generated sizes: a size as wide as the original (hero, never enlarged) is the lighter file.
  if (media.url && media.width && media.height) all.push({ url: media.url, width: media.width, height: media.height })
  const byWidth = new Map<number, Candidate>()
  for (const c of all) if (!byWidth.has(c.width)) byWidth.set(c.width, c)
  return [...byWidth.values()].sort((a, b) => a.width - b.width)
}

/** Returns `src`, `srcset`, width and height for an <img> of this picture, or null without a file. */
export function imageSource(media: ImageLike, preferWidth = 768): { src: string; srcSet: string; width: number; height: number } | null {
  const candidates = sameShapeRenditions(media)
  if (candidates.length === 0) {
    const fallback = media.url ?? Object.values(media.sizes ?? {})[0]?.url ?? null
    return fallback ? { src: fallback, srcSet: '', width: media.width ?? 0, height: media.height ?? 0 } : null
  }
  const pick = candidates.find((c) => c.width >= preferWidth) ?? candidates[candidates.length - 1]!
  return { src: pick.url, srcSet: candidates.map((c) => `${c.url} ${c.width}w`).join(', '), width: pick.width, height: pick.height }
}

/** Returns the largest same-shape rendition's URL (for social cards and JSON-LD), or null. */
export function largestImage(media: ImageLike): Candidate | null {
  const candidates = sameShapeRenditions(media)
  return candidates[candidates.length - 1] ?? null
}

/** Returns a link target that is safe to print: http(s), mailto or a site path; null otherwise. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  if (/^(https?:|mailto:)/i.test(trimmed) || /^\/(?!\/)/.test(trimmed)) return trimmed
  return null
}
