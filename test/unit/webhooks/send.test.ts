/** One delivery against a real receiver on loopback: headers, outcomes, timeout, and the address check at send time. */
import { createHmac } from 'node:crypto'

import { sendDelivery, type SendOptions } from '../../../src/webhooks/send'
import type { Resolver } from '../../../src/webhooks/target'
import { freePort } from '../../helpers/serverProcess'
import { startReceiver, type Receiver } from '../../helpers/webhookReceiver'

const SECRET = 'unit-test-secret-0123456789'
const delivery = { deliveryId: 'd-123', event: 'dispatch.published', body: '{"id":"d-123","event":"dispatch.published"}' }
/** Every name resolves to the given addresses, as a DNS server under someone else's control might answer. */
const resolvingTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }))
const options = (extra: Partial<SendOptions> = {}): SendOptions => ({
  timeoutMs: 2_000,
  policy: { allowLoopback: true, allowPrivate: false },
  resolve: resolvingTo('127.0.0.1'),
  ...extra,
})

let receiver: Receiver
beforeAll(async () => {
  receiver = await startReceiver()
})
afterEach(() => {
  receiver.answers = []
  receiver.otherwise = 200
  receiver.delayMs = 0
  receiver.received.length = 0
})
afterAll(() => receiver.close())

describe('sendDelivery', () => {
  it('POSTs the exact body with event, delivery id and signature headers; 2xx is success', async () => {
    receiver.otherwise = 204
    expect(await sendDelivery(delivery, { url: receiver.url, secret: SECRET }, options())).toEqual({ ok: true, statusCode: 204 })
    const [request] = receiver.received
    expect(request.rawBody).toBe(delivery.body)
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'x-dateline-event': 'dispatch.published',
      'x-dateline-delivery': 'd-123',
      'x-dateline-signature': `sha256=${createHmac('sha256', SECRET).update(delivery.body).digest('hex')}`,
    })
  })

  it.each([301, 404, 500, 503])('HTTP %i is a failure to retry', async (status) => {
    receiver.otherwise = status
    expect(await sendDelivery(delivery, { url: receiver.url, secret: SECRET }, options())).toEqual({
      ok: false,
      statusCode: status,
      error: `receiver answered HTTP ${status}`,
      retry: true,
    })
  })

  it('gives up on a receiver that does not answer within the timeout, and retries later', async () => {
    receiver.delayMs = 1_000
    const started = Date.now()
    const outcome = await sendDelivery(delivery, { url: receiver.url, secret: SECRET }, options({ timeoutMs: 200 }))
    expect(outcome).toEqual({ ok: false, statusCode: null, error: 'no answer within 200 ms', retry: true })
    expect(Date.now() - started).toBeLessThan(900)
  })

  it('a receiver that is down is a failure to retry', async () => {
    const port = await freePort()
    const outcome = await sendDelivery(delivery, { url: `http://127.0.0.1:${port}/hook`, secret: SECRET }, options())
    expect(outcome).toMatchObject({ ok: false, statusCode: null, retry: true })
    if (!outcome.ok) expect(outcome.error).toContain('ECONNREFUSED')
  })

  it('connects a host name only to the addresses it checked', async () => {
    const url = `http://partner.example.test:${receiver.port}/pinned`
    expect(await sendDelivery(delivery, { url, secret: SECRET }, options())).toEqual({ ok: true, statusCode: 200 })
    expect(receiver.received.map((r) => [r.path, r.headers.host])).toEqual([['/pinned', `partner.example.test:${receiver.port}`]])
  })

  it.each([
    [resolvingTo('169.254.169.254'), { allowLoopback: true, allowPrivate: true }, 'partner.example.test resolves to 169.254.169.254 is a cloud metadata address'],
    [resolvingTo('127.0.0.1'), { allowLoopback: false, allowPrivate: false }, 'partner.example.test resolves to 127.0.0.1 is a loopback address'],
    [resolvingTo('93.184.216.34', '10.0.0.5'), { allowLoopback: true, allowPrivate: false }, 'partner.example.test resolves to 10.0.0.5 is a private network address'],
  ])('refuses, without a request and for good, a name that now resolves to a forbidden address (%#)', async (resolve, policy, reason) => {
    const outcome = await sendDelivery(delivery, { url: `http://partner.example.test:${receiver.port}/x`, secret: SECRET }, options({ resolve, policy }))
    expect(outcome).toMatchObject({ ok: false, statusCode: null, retry: false })
    if (!outcome.ok) expect(outcome.error).toContain(`refused: ${reason}`)
    expect(receiver.received).toEqual([])
  })
})
