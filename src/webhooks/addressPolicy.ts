import { BlockList, isIP } from 'node:net'

/** What an IP address is, for deciding whether Dateline may send a webhook to it. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'metadata' | 'unspecified' | 'multicast' | 'reserved'

export type AddressPolicy = {
  /** Loopback (127.0.0.0/8, ::1): tests and development. */
  allowLoopback: boolean
  /** Private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7): receivers inside the newsroom's network. */
  allowPrivate: boolean
}

function list(entries: Array<[string, number, 'ipv4' | 'ipv6']>): BlockList {
  const blocks = new BlockList()
  for (const [network, prefix, type] of entries) blocks.addSubnet(network, prefix, type)
  return blocks
}

// Cloud instance metadata: AWS/GCP/Azure/OpenStack/Oracle (169.254.169.254), AWS over IPv6
// (fd00:ec2::254), Alibaba (100.100.100.200). Checked before the wider ranges that hold them.
const METADATA = list([
  ['169.254.169.254', 32, 'ipv4'],
  ['100.100.100.200', 32, 'ipv4'],
  ['fd00:ec2::254', 128, 'ipv6'],
])
const UNSPECIFIED = list([
  ['0.0.0.0', 8, 'ipv4'], // "this network": Linux connects 0.0.0.0 to the local host
  ['::', 128, 'ipv6'],
])
const LOOPBACK = list([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
])
const LINK_LOCAL = list([
  ['169.254.0.0', 16, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
])
const PRIVATE = list([
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['192.0.0.0', 24, 'ipv4'], // IETF protocol assignments
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['fc00::', 7, 'ipv6'], // unique local
  ['fec0::', 10, 'ipv6'], // old site-local
])
const MULTICAST = list([
  ['224.0.0.0', 4, 'ipv4'],
  ['ff00::', 8, 'ipv6'],
])
const RESERVED = list([
  ['240.0.0.0', 4, 'ipv4'], // includes 255.255.255.255
  ['192.0.2.0', 24, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['2001:db8::', 32, 'ipv6'],
])

/** Returns the eight 16-bit groups of an IPv6 address (with or without a dotted IPv4 tail). */
function ipv6Groups(ip: string): number[] {
  let text = ip.split('%')[0].toLowerCase()
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted[1].split('.').map(Number)
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  return [...left, ...fill, ...right].map((group) => parseInt(group, 16))
}

/** Returns the IPv4 address an IPv6 address carries (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d), or null. */
export function embeddedIPv4(ip: string): string | null {
  if (isIP(ip) !== 6) return null
  const g = ipv6Groups(ip)
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)
  if (!mapped && !nat64) return null
  return [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff].join('.')
}

/** Returns what kind of address `ip` is; throws on a string that is not an IP address. */
export function classifyAddress(ip: string): AddressKind {
  const version = isIP(ip.split('%')[0])
  if (version === 0) throw new TypeError(`"${ip}" is not an IP address`)
  const v4 = embeddedIPv4(ip)
  if (v4) return classifyAddress(v4)
  const address = ip.split('%')[0]
  const type = version === 4 ? 'ipv4' : 'ipv6'
  if (METADATA.check(address, type)) return 'metadata'
  if (UNSPECIFIED.check(address, type)) return 'unspecified'
  if (LOOPBACK.check(address, type)) return 'loopback'
  if (LINK_LOCAL.check(address, type)) return 'link-local'
  if (PRIVATE.check(address, type)) return 'private'
  if (MULTICAST.check(address, type)) return 'multicast'
  if (RESERVED.check(address, type)) return 'reserved'
  return 'public'
}

const DESCRIPTIONS: Record<Exclude<AddressKind, 'public'>, string> = {
  metadata: 'a cloud metadata address',
  unspecified: 'an unspecified address',
  loopback: 'a loopback address (allowed only with WEBHOOK_ALLOW_LOOPBACK=true)',
  'link-local': 'a link-local address',
  private: 'a private network address (allowed only with WEBHOOK_ALLOW_PRIVATE=true)',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
}

/** Returns why Dateline must not send to `ip` under the policy, or null when it may. */
export function addressRefusal(ip: string, policy: AddressPolicy): string | null {
  const kind = classifyAddress(ip)
  if (kind === 'public') return null
  if (kind === 'loopback' && policy.allowLoopback) return null
  if (kind === 'private' && policy.allowPrivate) return null
  return `${ip} is ${DESCRIPTIONS[kind]}`
}

/** Host names of cloud metadata services, refused whatever they resolve to. */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data', 'instance-data.ec2.internal'])

/** Returns why a host name is refused by name alone, or null. */
export function hostnameRefusal(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return METADATA_HOSTS.has(host) ? `${host} is a cloud metadata host` : null
}
