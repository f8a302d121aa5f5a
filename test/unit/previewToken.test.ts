/** Preview tokens: what verifies, and every way a token can be wrong. */
import { createHmac } from 'node:crypto'

import { previewKey, signPreviewToken, tokenHash, verifyPreviewToken } from '../../src/preview/token'

const key = previewKey('a-secret-of-at-least-thirty-two-characters')
const claims = { dispatch: 42, expiresAt: 1_800_000_000_000 }

test('a token verifies to its claims with the key it was signed with, and no two tokens are alike', () => {
  const token = signPreviewToken(claims, key)
  expect(verifyPreviewToken(token, key)).toEqual(claims)
  expect(signPreviewToken(claims, key)).not.toBe(token)
  expect(tokenHash(token)).toMatch(/^[0-9a-f]{64}$/)
  expect(tokenHash(token)).not.toBe(tokenHash(signPreviewToken(claims, key)))
})

test('the key is derived from the secret, not the secret', () => {
  expect(key.toString('utf8')).not.toContain('a-secret')
  expect(previewKey('another')).not.toEqual(key)
})

test.each([
  ['signed with another key', () => signPreviewToken(claims, previewKey('other-secret'))],
  ['claims swapped', () => {
    const [v, , sig] = signPreviewToken(claims, key).split('.')
    return `${v}.${Buffer.from(JSON.stringify({ d: 43, e: claims.expiresAt, n: 'x' })).toString('base64url')}.${sig}`
  }],
  ['signature cut', () => signPreviewToken(claims, key).slice(0, -1)],
  ['signature extended', () => `${signPreviewToken(claims, key)}A`],
  ['another version', () => signPreviewToken(claims, key).replace(/^v1/, 'v2')],
  ['two parts', () => signPreviewToken(claims, key).split('.').slice(0, 2).join('.')],
  ['four parts', () => `${signPreviewToken(claims, key)}.x`],
  ['not base64url', () => 'v1.ab+c.de/f'],
  ['empty', () => ''],
  ['huge', () => `v1.${'a'.repeat(1000)}.b`],
])('%s: refused', (_label, make) => {
  expect(verifyPreviewToken(make(), key)).toBeNull()
})

test('signed claims that are not claims are refused', () => {
  // Signed with the right key but carrying the wrong shape (a future format, a bug): refused, never thrown.
  const body = Buffer.from(JSON.stringify({ d: { id: 1 }, e: 'soon' })).toString('base64url')
  const sig = createHmac('sha256', key).update(`v1.${body}`).digest('base64url')
  expect(verifyPreviewToken(`v1.${body}.${sig}`, key)).toBeNull()
  const notJson = Buffer.from('{nope').toString('base64url')
  const sig2 = createHmac('sha256', key).update(`v1.${notJson}`).digest('base64url')
  expect(verifyPreviewToken(`v1.${notJson}.${sig2}`, key)).toBeNull()
})
