import { createHash } from 'node:crypto'

/** Returns a strong entity tag for exactly these bytes: a quoted base64url SHA-1. */
export function strongEtag(body: Uint8Array | string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/**
 * Returns true when an If-None-Match header names this tag (or is `*`), so a 304 may answer.
 * Comparison is weak as RFC 9110 §13.1.2 asks (a `W/` prefix is ignored); anything that does
 * not parse as a list of quoted tags simply does not match.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  for (const part of header.split(',')) {
    const candidate = part.trim().replace(/^W\//, '')
    if (candidate === etag) return true
  }
  return false
}
