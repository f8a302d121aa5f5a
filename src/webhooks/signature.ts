import { createHmac, timingSafeEqual } from 'node:crypto'

/** Returns the `X-Dateline-Signature` value: `sha256=` and the hex HMAC-SHA256 of the raw body with the secret. */
export function signatureFor(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/** Returns true when `header` is the signature of the raw body with the secret (constant-time compare), as a receiver checks it. */
export function verifySignature(body: string | Buffer, secret: string, header: string | null | undefined): boolean {
  if (!header) return false
  const expected = Buffer.from(signatureFor(body, secret))
  const given = Buffer.from(header)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
