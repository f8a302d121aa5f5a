import { signatureFor, verifySignature } from '../../../src/webhooks/signature'

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of the body (RFC 4231 test case 2)', () => {
    expect(signatureFor('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    )
  })

  it('verifies the exact body with the secret, and nothing else', () => {
    const body = '{"id":"d1","event":"dispatch.published"}'
    const header = signatureFor(body, 'a-long-enough-secret')
    expect(verifySignature(body, 'a-long-enough-secret', header)).toBe(true)
    expect(verifySignature(Buffer.from(body), 'a-long-enough-secret', header)).toBe(true)
    expect(verifySignature(`${body} `, 'a-long-enough-secret', header)).toBe(false)
    expect(verifySignature(body, 'another-long-secret!', header)).toBe(false)
    expect(verifySignature(body, 'a-long-enough-secret', header.replace('sha256=', ''))).toBe(false)
    expect(verifySignature(body, 'a-long-enough-secret', undefined)).toBe(false)
  })
})
