/** What staff and draft answers carry: no shared or browser cache may keep them. */
export const PRIVATE_NO_STORE = 'private, no-store'

/** Responses to public reads differ by who asks (credentials) and CORS by origin. */
export const PUBLIC_VARY = 'Origin, Authorization, Cookie'

/** Returns the Cache-Control of a public answer: shared caches may keep it `maxAge` seconds. */
export function publicCacheControl(maxAge: number, staleWhileRevalidate: number): string {
  return `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`
}
