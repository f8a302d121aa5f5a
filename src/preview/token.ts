import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Signed preview tokens. A token names the story and its expiry and is signed with a key derived
 * from PAYLOAD_SECRET, so a tampered or made-up token is refused before any lookup; the server
 * keeps only a hash of each token, so a copy of the database holds no usable link.
 */
export type PreviewClaims = {
  /** The dispatch whose working copy the link shows. */
  dispatch: number | string
  /** Expiry, epoch milliseconds. */
  expiresAt: number
}

const VERSION = 'v1'
/** Longer than any token we issue: a bigger string is not worth decoding. */
export const MAX_TOKEN_LENGTH = 400

/** Returns the signing key for preview tokens, derived from the Payload secret (never the secret itself). */
export function previewKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('dateline:preview-links:v1').digest()
}

const sign = (key: Buffer, body: string): string => createHmac('sha256', key).update(`${VERSION}.${body}`).digest('base64url')

/** Returns a new token for these claims (with a random nonce, so two links never share a token). */
export function signPreviewToken(claims: PreviewClaims, key: Buffer): string {
  const body = Buffer.from(JSON.stringify({ d: claims.dispatch, e: claims.expiresAt, n: randomBytes(12).toString('base64url') })).toString('base64url')
  return `${VERSION}.${body}.${sign(key, body)}`
}

/** Returns the claims of a token signed with this key, or null for anything else (malformed, tampered, other key). */
export function verifyPreviewToken(token: string, key: Buffer): PreviewClaims | null {
  if (token.length > MAX_TOKEN_LENGTH) return null
  const parts = token.split('.')
  if (parts.length !== 3 || parts[0] !== VERSION || !/^[\w-]+$/.test(parts[1]!) || !/^[\w-]+$/.test(parts[2]!)) return null
  const expected = Buffer.from(sign(key, parts[1]!))
  const given = Buffer.from(parts[2]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { d?: unknown; e?: unknown }
    const dispatch = claims.d
    if ((typeof dispatch !== 'number' && typeof dispatch !== 'string') || typeof claims.e !== 'number') return null
    return { dispatch, expiresAt: claims.e }
  } catch {
    return null
  }
}

/** Returns what the server stores of a token: its SHA-256, hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
