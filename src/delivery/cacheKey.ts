/**
 * Returns the cache key of a public read: the path without a trailing slash, then the query
 * parameters sorted by name and value, so `?b=1&a=2` and `?a=2&b=1` share one entry.
 */
export function cacheKey(path: string, params: URLSearchParams): string {
  const cleanPath = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : path
  if (params.size === 0) return cleanPath
  const sorted = [...params.entries()].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
  return `${cleanPath}?${new URLSearchParams(sorted).toString()}`
}
