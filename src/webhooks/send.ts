import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import type { AddressPolicy } from './addressPolicy'
import type { AttemptOutcome } from './backoff'
import { signatureFor } from './signature'
import { checkWebhookTarget, parseWebhookUrl, type ResolvedAddress, type Resolver } from './target'

export type Delivery = { deliveryId: string; event: string; body: string }
export type Target = { url: string; secret: string }
export type SendOptions = { timeoutMs: number; policy: AddressPolicy; resolve: Resolver }

/** Returns the headers of a delivery: event, delivery id and the signature of the exact body. */
export function deliveryHeaders(delivery: Delivery, secret: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Dateline-Webhooks/1',
    'x-dateline-event': delivery.event,
    'x-dateline-delivery': delivery.deliveryId,
    'x-dateline-signature': signatureFor(delivery.body, secret),
  }
}

/** A lookup that hands the connection only the addresses already checked, so DNS cannot change between check and connect. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) {
      ;(callback as (error: null, addresses: ResolvedAddress[]) => void)(null, addresses)
    } else {
      const wanted = options.family === 6 || options.family === 4 ? addresses.find((a) => a.family === options.family) : undefined
      const chosen = wanted ?? addresses[0]
      callback(null, chosen.address, chosen.family)
    }
  }
}

/**
 * POSTs one delivery. The host is resolved and checked against the address policy now, at send
 * time (a name that resolved to a public address when the subscription was saved may point inside
 * the network today), and the connection goes only to the checked addresses. 2xx is success;
 * anything else, a timeout or a network error is retried; a refused address is not.
 */
export async function sendDelivery(delivery: Delivery, target: Target, options: SendOptions): Promise<AttemptOutcome> {
  const parsed = parseWebhookUrl(target.url)
  if (!parsed.ok) return { ok: false, statusCode: null, error: `refused: ${parsed.reason}`, retry: false }
  const checked = await checkWebhookTarget(parsed.url, options.policy, options.resolve)
  if (!checked.ok) return { ok: false, statusCode: null, error: `refused: ${checked.reason}`, retry: false }

  const client = parsed.url.protocol === 'https:' ? https : http
  const body = Buffer.from(delivery.body)
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false
    const finish = (outcome: AttemptOutcome): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(outcome)
    }
    const request = client.request(parsed.url, {
      method: 'POST',
      headers: { ...deliveryHeaders(delivery, target.secret), 'content-length': String(body.length) },
      lookup: pinnedLookup(checked.addresses),
      // A fresh connection per delivery: nothing pooled outlives a shutdown or skips the address check.
      agent: false,
    })
    const timer = setTimeout(() => {
      finish({ ok: false, statusCode: null, error: `no answer within ${options.timeoutMs} ms`, retry: true })
      request.destroy()
    }, options.timeoutMs)
    request.on('response', (response) => {
      const statusCode = response.statusCode ?? 0
      // The receiver's answer is not used; drain it so the socket closes.
      response.resume()
      response.on('end', () => {
        if (statusCode >= 200 && statusCode < 300) finish({ ok: true, statusCode })
        else finish({ ok: false, statusCode, error: `receiver answered HTTP ${statusCode}`, retry: true })
      })
      response.on('error', (error) => finish({ ok: false, statusCode, error: error.message, retry: true }))
    })
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, statusCode: null, error: error.code ? `${error.code}: ${error.message}` : error.message, retry: true }),
    )
    request.end(body)
  })
}
