/**
 * No webhook is lost when the receiver or Dateline restarts: the real server process on SQLite
 * queues deliveries while the receiver is down, is stopped with them pending, and after both come
 * back every delivery arrives, exactly once per delivery id.
 */
import { createHmac } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, startServerProcess } from '../helpers/serverProcess'
import { startReceiver } from '../helpers/webhookReceiver'

const SLOW = 300_000
const SECRET = 'process-test-webhook-secret'
const PASSWORD = 'process-test-password'

/** The parts of Payload's answers this test reads. */
type Answer = { doc: { id: number }; docs: Array<{ id: number }> }
type Delivery = { id: number; deliveryId: string; event: string; status: string; attempts: number; lastError: string | null; body: string }

async function login(base: string, role: string): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@dateline.local`, password: PASSWORD }),
  })
  expect(res.status).toBe(200)
  return `JWT ${(await res.json()).token}`
}

async function call(base: string, auth: string, method: string, route: string, body?: unknown): Promise<{ status: number; json: Answer }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as Answer }
}

async function deliveries(base: string, admin: string): Promise<Delivery[]> {
  const { status, json } = await call(base, admin, 'GET', '/api/webhook-deliveries?limit=100&sort=createdAt&depth=0')
  expect(status).toBe(200)
  return json.docs as unknown as Delivery[]
}

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`${what}: not reached after ${timeoutMs} ms; last: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('webhooks across restarts', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-webhooks-'))
  })
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('deliveries queued while the receiver is down arrive after Dateline and the receiver restart, once per id', async () => {
    const receiverPort = await freePort()
    const env = {
      ADMIN_ENABLED: 'false',
      DEMO_PASSWORD: PASSWORD,
      DATABASE_URL: `file:${path.join(dataDir, 'dateline.db')}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_POLL_MS: '200',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_MS: '1000',
      WEBHOOK_MAX_ATTEMPTS: '100',
    }

    // The receiver is down: nothing listens on its port.
    const first = await startServerProcess(env)
    let expected: Delivery[]
    try {
      const base = first.url
      const admin = await login(base, 'admin')
      const editor = await login(base, 'editor')
      const sub = await call(base, admin, 'POST', '/api/webhook-subscriptions', {
        url: `http://127.0.0.1:${receiverPort}/hook`,
        secret: SECRET,
        events: ['dispatch.published', 'dispatch.withdrawn'],
      })
      expect(sub.status).toBe(201)

      const correspondents = await call(base, editor, 'GET', '/api/correspondents?limit=1')
      const reporter = correspondents.json.docs[0].id
      const ids: number[] = []
      for (let i = 1; i <= 3; i += 1) {
        const created = await call(base, editor, 'POST', '/api/dispatches?draft=true', {
          headline: `Restart story ${i}`,
          byline: [{ correspondent: reporter, role: 'reporter' }],
        })
        expect(created.status).toBe(201)
        const id = created.json.doc.id as number
        for (const to of ['in_review', 'approved', 'published']) {
          expect((await call(base, editor, 'POST', `/api/dispatches/${id}/transition`, { to })).status).toBe(200)
        }
        ids.push(id)
      }
      expect((await call(base, editor, 'POST', `/api/dispatches/${ids[0]}/transition`, { to: 'withdrawn', note: 'Pulled' })).status).toBe(200)

      // Every delivery has been tried and refused by the missing receiver, and is still pending.
      expected = await until(
        'deliveries attempted while the receiver is down',
        () => deliveries(base, admin),
        (docs) => docs.length === 4 && docs.every((d) => d.status === 'pending' && d.attempts >= 1 && /ECONNREFUSED/.test(d.lastError ?? '')),
      )
      expect(expected.map((d) => d.event).sort()).toEqual(['dispatch.published', 'dispatch.published', 'dispatch.published', 'dispatch.withdrawn'])
    } finally {
      expect(await first.stop()).toBe(0)
    }

    const receiver = await startReceiver(receiverPort)
    const second = await startServerProcess(env)
    try {
      await receiver.waitFor((received) => received.length >= 4, 60_000)
      const admin = await login(second.url, 'admin')
      const after = await until('all delivered', () => deliveries(second.url, admin), (docs) => docs.every((d) => d.status === 'delivered'))
      // Give a duplicate, if there were one, time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1_500))

      const counts = receiver.countsById()
      expect(new Set(counts.keys())).toEqual(new Set(expected.map((d) => d.deliveryId)))
      for (const d of expected) expect(counts.get(d.deliveryId)).toBe(1)
      expect(receiver.received).toHaveLength(4)
      for (const request of receiver.received) {
        const signature = `sha256=${createHmac('sha256', SECRET).update(request.rawBody).digest('hex')}`
        expect(request.headers['x-dateline-signature']).toBe(signature)
        const stored = after.find((d) => d.deliveryId === request.headers['x-dateline-delivery'])
        expect(stored?.body).toBe(request.rawBody)
      }
    } finally {
      expect(await second.stop()).toBe(0)
      await receiver.close()
    }
  }, SLOW)
})
