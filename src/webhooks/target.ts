import { isIP } from 'node:net'

import { addressRefusal, hostnameRefusal, type AddressPolicy } from './addressPolicy'

export type ResolvedAddress = { address: string; family: 4 | 6 }
/** Resolves a host name to every address it has (dns.lookup with `all: true` in production). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export type ParsedUrl = { ok: true; url: URL } | { ok: false; reason: string }

/** Returns the URL when it is an absolute http(s) URL Dateline could post to, or why it is not. */
export function parseWebhookUrl(raw: unknown): ParsedUrl {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: 'a webhook URL is required' }
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return { ok: false, reason: `"${raw}" is not a valid URL` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `webhook URLs must use http or https, not ${url.protocol.replace(/:$/, '')}` }
  }
  if (!url.hostname) return { ok: false, reason: 'the webhook URL has no host' }
  return { ok: true, url }
}

/** Returns the host as an address or name, without IPv6 brackets. */
export const bareHost = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1')

export type TargetCheck = { ok: true; addresses: ResolvedAddress[] } | { ok: false; reason: string }

/**
 * Returns the addresses Dateline may connect to for a webhook URL, or why it may not: every
 * address the host resolves to must pass the policy (one forbidden address is enough to refuse,
 * since the connection could go to any of them).
 */
export async function checkWebhookTarget(url: URL, policy: AddressPolicy, resolve: Resolver): Promise<TargetCheck> {
  const host = bareHost(url)
  const byName = hostnameRefusal(host)
  if (byName) return { ok: false, reason: byName }
  const family = isIP(host)
  let addresses: ResolvedAddress[]
  if (family === 4 || family === 6) {
    addresses = [{ address: host, family }]
  } else {
    try {
      addresses = await resolve(host)
    } catch {
      return { ok: false, reason: `${host} does not resolve to an address` }
    }
    if (addresses.length === 0) return { ok: false, reason: `${host} does not resolve to an address` }
  }
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, policy)
    if (refusal) return { ok: false, reason: family ? refusal : `${host} resolves to ${refusal}` }
  }
  return { ok: true, addresses }
}
