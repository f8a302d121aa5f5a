import { checkWebhookTarget, parseWebhookUrl, type ResolvedAddress, type Resolver } from '../../../src/webhooks/target'

const closed = { allowLoopback: false, allowPrivate: false }
const loopbackOk = { allowLoopback: true, allowPrivate: false }

/** A resolver answering from a table; unknown names fail as DNS would. */
const fakeDns =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const answers = table[host]
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
    return answers.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 }))
  }

const dns = fakeDns({
  'hooks.partner.net': ['93.184.216.34'],
  'dual.partner.net': ['93.184.216.34', '2606:4700::1'],
  'sneaky.partner.net': ['93.184.216.34', '169.254.169.254'],
  'intranet.partner.net': ['10.1.2.3'],
  localhost: ['127.0.0.1', '::1'],
  'empty.partner.net': [],
})

async function check(raw: string, policy = closed) {
  const parsed = parseWebhookUrl(raw)
  if (!parsed.ok) return parsed
  return checkWebhookTarget(parsed.url, policy, dns)
}

describe('parseWebhookUrl', () => {
  it.each([
    ['', 'a webhook URL is required'],
    ['not a url', '"not a url" is not a valid URL'],
    ['/relative/path', 'is not a valid URL'],
    ['ftp://hooks.partner.net/x', 'must use http or https, not ftp'],
    ['file:///etc/passwd', 'must use http or https, not file'],
    ['javascript:alert(1)', 'must use http or https, not javascript'],
  ])('refuses %j: %s', (raw, reason) => {
    const parsed = parseWebhookUrl(raw)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toContain(reason)
  })

  it('refuses a value that is not a string', () => {
    expect(parseWebhookUrl(42)).toEqual({ ok: false, reason: 'a webhook URL is required' })
  })

  it('accepts http and https URLs', () => {
    expect(parseWebhookUrl('https://hooks.partner.net/dateline?x=1').ok).toBe(true)
    expect(parseWebhookUrl('http://93.184.216.34:8080/hook').ok).toBe(true)
  })
})

describe('checkWebhookTarget', () => {
  it('passes a host whose every address is public, and returns them for the connection', async () => {
    expect(await check('https://dual.partner.net/hook')).toEqual({
      ok: true,
      addresses: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:4700::1', family: 6 },
      ],
    })
  })

  it('refuses a host with one forbidden address among public ones', async () => {
    expect(await check('https://sneaky.partner.net/hook')).toEqual({
      ok: false,
      reason: 'sneaky.partner.net resolves to 169.254.169.254 is a cloud metadata address',
    })
  })

  it.each([
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a cloud metadata address'],
    ['http://[fd00:ec2::254]/', 'fd00:ec2::254 is a cloud metadata address'],
    ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
    ['http://169.254.1.1/', 'link-local'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata.google.internal is a cloud metadata host'],
    ['http://127.0.0.1:8080/', 'loopback address (allowed only with WEBHOOK_ALLOW_LOOPBACK=true)'],
    ['http://localhost:8080/', 'localhost resolves to 127.0.0.1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://intranet.partner.net/', 'intranet.partner.net resolves to 10.1.2.3 is a private network address'],
    ['http://0.0.0.0:3000/', 'unspecified'],
    ['http://nowhere.partner.net/', 'nowhere.partner.net does not resolve to an address'],
    ['http://empty.partner.net/', 'empty.partner.net does not resolve to an address'],
  ])('refuses %s (%s)', async (raw, reason) => {
    const result = await check(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })

  it('lets loopback through only when configured, and never metadata', async () => {
    expect((await check('http://localhost:8080/hook', loopbackOk)).ok).toBe(true)
    expect((await check('http://127.0.0.1:8080/hook', loopbackOk)).ok).toBe(true)
    expect((await check('http://169.254.169.254/', { allowLoopback: true, allowPrivate: true })).ok).toBe(false)
  })
})
