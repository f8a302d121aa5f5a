import { addressRefusal, classifyAddress, embeddedIPv4, hostnameRefusal, type AddressKind } from '../../../src/webhooks/addressPolicy'

describe('classifyAddress', () => {
  it.each<[string, AddressKind]>([
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['169.254.0.1', 'link-local'],
    ['169.254.255.255', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['172.32.0.1', 'public'],
    ['169.253.255.255', 'public'],
    // IPv4 inside IPv6 is judged by the IPv4 address it carries.
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['64:ff9b::169.254.169.254', 'metadata'],
    ['::ffff:8.8.8.8', 'public'],
  ])('%s is %s', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind)
  })

  it('throws on a string that is not an address', () => {
    expect(() => classifyAddress('example.com')).toThrow(/not an IP address/)
  })
})

describe('embeddedIPv4', () => {
  it.each([
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['::ffff:0102:0304', '1.2.3.4'],
    ['64:ff9b::0a00:0001', '10.0.0.1'],
    ['2001:db8::1', null],
    ['1.2.3.4', null],
  ])('%s carries %s', (ip, v4) => {
    expect(embeddedIPv4(ip)).toBe(v4)
  })
})

describe('addressRefusal', () => {
  const closed = { allowLoopback: false, allowPrivate: false }
  const open = { allowLoopback: true, allowPrivate: true }

  it('never allows metadata, link-local, unspecified, multicast or reserved addresses, whatever the configuration', () => {
    for (const ip of ['169.254.169.254', 'fd00:ec2::254', '169.254.10.10', 'fe80::abcd', '0.0.0.0', '::', '224.0.0.251', '240.0.0.1']) {
      expect(addressRefusal(ip, open)).toMatch(new RegExp(`^${ip.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is an? `))
    }
    expect(addressRefusal('169.254.169.254', open)).toContain('cloud metadata')
    expect(addressRefusal('fe80::1', open)).toContain('link-local')
  })

  it('allows loopback and private addresses only when configured, naming the setting otherwise', () => {
    expect(addressRefusal('127.0.0.1', closed)).toContain('WEBHOOK_ALLOW_LOOPBACK=true')
    expect(addressRefusal('::1', closed)).toContain('loopback')
    expect(addressRefusal('127.0.0.1', { allowLoopback: true, allowPrivate: false })).toBeNull()
    expect(addressRefusal('10.0.0.1', { allowLoopback: true, allowPrivate: false })).toContain('WEBHOOK_ALLOW_PRIVATE=true')
    expect(addressRefusal('10.0.0.1', { allowLoopback: false, allowPrivate: true })).toBeNull()
    expect(addressRefusal('127.0.0.1', { allowLoopback: false, allowPrivate: true })).toContain('loopback')
  })

  it('allows public addresses', () => {
    expect(addressRefusal('8.8.8.8', closed)).toBeNull()
    expect(addressRefusal('2606:4700:4700::1111', closed)).toBeNull()
  })
})

describe('hostnameRefusal', () => {
  it.each(['metadata.google.internal', 'METADATA.GOOGLE.INTERNAL.', 'metadata.goog', 'instance-data.ec2.internal'])('refuses %s by name', (host) => {
    expect(hostnameRefusal(host)).toContain('cloud metadata host')
  })
  it.each(['example.com', 'metadata.example.com', 'hooks.partner.net'])('lets %s through to the address check', (host) => {
    expect(hostnameRefusal(host)).toBeNull()
  })
})
