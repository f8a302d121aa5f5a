/**
 * Webhooks over HTTP: admins register subscriptions, editors publish and withdraw, a receiver on
 * loopback gets signed deliveries from the outbox; retries, failure, redelivery, SSRF refusals,
 * and who may see or touch any of it.
 */
import { createHmac } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Dispatch, WebhookDelivery, WebhookSubscription } from '../../payload-types'
import { resetEnv } from '../../src/config/env'
import { startWebhookDispatcher } from '../../src/webhooks/dispatcher'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { startReceiver, type Received, type Receiver } from '../helpers/webhookReceiver'

const SECRET = 'receiver-shared-secret-0123456789'
const MASK = '••••••••'
const MAX_ATTEMPTS = 3
const ENV = {
  WEBHOOK_ALLOW_LOOPBACK: 'true',
  WEBHOOK_POLL_MS: '100',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_MS: '300',
  WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  WEBHOOK_TIMEOUT_MS: '5000',
}

let t: TestApp
let receiver: Receiver
let reporterId = 0
let pathCounter = 0

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`

/** A receiver URL of its own for one test, so each test counts only what was sent to it. */
const freshPath = (): { url: string; path: string } => {
  pathCounter += 1
  const path = `/hook/${pathCounter}`
  return { url: `http://127.0.0.1:${receiver.port}${path}`, path }
}
const at = (path: string): Received[] => receiver.received.filter((r) => r.path === path)

async function subscribe(body: Record<string, unknown>, role: DemoRole = 'admin') {
  return t.http
    .post('/api/webhook-subscriptions')
    .set('Authorization', await jwt(role))
    .send({ secret: SECRET, events: ['dispatch.published', 'dispatch.updated', 'dispatch.withdrawn'], ...body })
}

async function subscribed(events?: string[], extra: Record<string, unknown> = {}): Promise<{ sub: WebhookSubscription; path: string; url: string }> {
  const { url, path } = freshPath()
  const res = await subscribe({ url, ...(events && { events }), ...extra })
  expect(res.status).toBe(201)
  return { sub: res.body.doc, path, url }
}

async function transition(id: number, body: Record<string, unknown>, role: DemoRole = 'editor') {
  const res = await t.http.post(`/api/dispatches/${id}/transition`).set('Authorization', await jwt(role)).send(body)
  expect(res.status).toBe(200)
  return res
}

const story = (status: Dispatch['workflowStatus'] = 'approved'): Promise<Dispatch> => createStoryFixture(t.payload, reporterId, status, {}, 'Webhook story')

async function deliveriesOf(subscription: number): Promise<WebhookDelivery[]> {
  const { docs } = await t.payload.find({
    collection: 'webhook-deliveries',
    where: { subscription: { equals: subscription } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

async function waitForDeliveries(subscription: number, done: (d: WebhookDelivery[]) => boolean, timeoutMs = 20_000): Promise<WebhookDelivery[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const docs = await deliveriesOf(subscription)
    if (done(docs)) return docs
    if (Date.now() > deadline) throw new Error(`deliveries not as expected after ${timeoutMs} ms: ${JSON.stringify(docs, null, 1)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The secret as stored, read past the API (which only ever shows the mask). */
async function storedSecret(id: number): Promise<string | undefined> {
  const raw = (await t.payload.db.findOne({ collection: 'webhook-subscriptions', where: { id: { equals: id } } })) as { secret?: string } | null
  return raw?.secret
}

/** Every message in an error answer, Payload's field errors included. */
const messagesOf = (body: { errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }> }): string =>
  (body.errors ?? []).flatMap((e) => [e.message ?? '', ...(e.data?.errors ?? []).map((d) => d.message ?? '')]).join('\n')

const hmac = (body: string, secret: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

/** Sets a webhook setting for the rest of the test, as a restart with that environment would. */
function setEnv(name: string, value: string): void {
  process.env[name] = value
  resetEnv()
}

beforeAll(async () => {
  receiver = await startReceiver()
  t = await startTestApp(ENV)
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  reporterId = docs[0].id
})
afterEach(async () => {
  setEnv('WEBHOOK_ALLOW_LOOPBACK', 'true')
  setEnv('WEBHOOK_ALLOW_PRIVATE', 'false')
  receiver.answers = []
  receiver.otherwise = 200
  receiver.delayMs = 0
  // Each test starts with no subscriptions; their leftover deliveries fail without a request.
  await t.payload.delete({ collection: 'webhook-subscriptions', where: { id: { exists: true } } })
})
afterAll(async () => {
  await t?.stop()
  await receiver?.close()
})

describe('subscriptions', () => {
  it('an admin registers one; the secret is write-only and survives saves that do not change it', async () => {
    const { url } = freshPath()
    const created = await subscribe({ url, events: ['dispatch.published'], description: 'Partner site' })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ url, events: ['dispatch.published'], active: true, secret: MASK })
    const id = created.body.doc.id as number
    expect(await storedSecret(id)).toBe(SECRET)

    const read = await t.http.get(`/api/webhook-subscriptions/${id}`).set('Authorization', await jwt('admin'))
    expect(read.status).toBe(200)
    expect(read.body.secret).toBe(MASK)
    expect(JSON.stringify(read.body)).not.toContain(SECRET)
    const listed = await t.http.get('/api/webhook-subscriptions').set('Authorization', await jwt('admin'))
    expect(JSON.stringify(listed.body)).not.toContain(SECRET)
    const gql = await t.http
      .post('/api/graphql')
      .set('Authorization', await jwt('admin'))
      .send({ query: `{ WebhookSubscription(id: ${id}) { url secret } }` })
    expect(gql.body.data.WebhookSubscription).toEqual({ url, secret: MASK })

    // A save without the secret, or echoing the mask (the admin form does), keeps it.
    const patch = async (body: Record<string, unknown>) =>
      t.http.patch(`/api/webhook-subscriptions/${id}`).set('Authorization', await jwt('admin')).send(body)
    expect((await patch({ events: ['dispatch.published', 'dispatch.withdrawn'] })).status).toBe(200)
    expect(await storedSecret(id)).toBe(SECRET)
    expect((await patch({ secret: MASK, active: false })).status).toBe(200)
    expect(await storedSecret(id)).toBe(SECRET)
    // A new secret replaces it.
    const rotated = await patch({ secret: 'a-brand-new-secret-for-partner' })
    expect(rotated.status).toBe(200)
    expect(rotated.body.doc.secret).toBe(MASK)
    expect(await storedSecret(id)).toBe('a-brand-new-secret-for-partner')
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['an invalid URL', { url: 'not a url' }, '"not a url" is not a valid URL'],
    ['a missing URL', { url: '' }, 'Webhook URL refused: a webhook URL is required'],
    ['a non-http URL', { url: 'ftp://example.com/hook' }, 'must use http or https, not ftp'],
    ['a file URL', { url: 'file:///etc/passwd' }, 'must use http or https, not file'],
    ['the cloud metadata address', { url: 'http://169.254.169.254/latest/meta-data/' }, '169.254.169.254 is a cloud metadata address'],
    ['the GCP metadata host', { url: 'http://metadata.google.internal/computeMetadata/v1/' }, 'metadata.google.internal is a cloud metadata host'],
    ['the AWS IPv6 metadata address', { url: 'http://[fd00:ec2::254]/' }, 'fd00:ec2::254 is a cloud metadata address'],
    ['a link-local address', { url: 'http://169.254.10.20/hook' }, '169.254.10.20 is a link-local address'],
    ['an IPv6 link-local address', { url: 'http://[fe80::1]/hook' }, 'fe80::1 is a link-local address'],
    ['a metadata address in IPv6 clothing', { url: 'http://[::ffff:169.254.169.254]/' }, 'cloud metadata address'],
    ['a private address', { url: 'http://10.0.0.8/hook' }, '10.0.0.8 is a private network address (allowed only with WEBHOOK_ALLOW_PRIVATE=true)'],
    ['the unspecified address', { url: 'http://0.0.0.0:3000/hook' }, '0.0.0.0 is an unspecified address'],
    ['a host that does not resolve', { url: 'http://no-such-host.invalid/hook' }, 'no-such-host.invalid does not resolve'],
    ['an unknown event', { events: ['dispatch.deleted'] }, 'Unknown event "dispatch.deleted"; events are dispatch.published, dispatch.updated, dispatch.withdrawn'],
    ['no events', { events: [] }, 'Choose at least one event'],
    ['a short secret', { secret: 'short' }, 'The signing secret must be at least 16 characters'],
    ['an unknown field', { colour: 'blue' }, 'Unknown field "colour"'],
  ])('refuses %s with a 400 naming the problem, and writes nothing', async (_name, body, message) => {
    const before = await t.payload.count({ collection: 'webhook-subscriptions' })
    const res = await subscribe({ url: freshPath().url, ...body })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain(message)
    expect((await t.payload.count({ collection: 'webhook-subscriptions' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses an update to a forbidden URL and keeps the old one', async () => {
    const { sub, url } = await subscribed()
    const res = await t.http
      .patch(`/api/webhook-subscriptions/${sub.id}`)
      .set('Authorization', await jwt('admin'))
      .send({ url: 'http://169.254.169.254/' })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain('cloud metadata address')
    const bad = await t.http
      .patch(`/api/webhook-subscriptions/${sub.id}`)
      .set('Authorization', await jwt('admin'))
      .send({ events: ['story.published'] })
    expect(bad.status).toBe(400)
    const stored = await t.payload.findByID({ collection: 'webhook-subscriptions', id: sub.id, depth: 0 })
    expect(stored.url).toBe(url)
    expect(stored.events).toEqual(['dispatch.published', 'dispatch.updated', 'dispatch.withdrawn'])
  })

  it('refuses loopback receivers unless WEBHOOK_ALLOW_LOOPBACK=true', async () => {
    setEnv('WEBHOOK_ALLOW_LOOPBACK', 'false')
    for (const url of [receiver.url, `http://localhost:${receiver.port}/hook`, `http://[::1]:${receiver.port}/hook`]) {
      const res = await subscribe({ url })
      expect(res.status).toBe(400)
      expect(messagesOf(res.body)).toContain('loopback address (allowed only with WEBHOOK_ALLOW_LOOPBACK=true)')
    }
    setEnv('WEBHOOK_ALLOW_PRIVATE', 'true')
    expect((await subscribe({ url: 'http://10.0.0.8/hook' })).status).toBe(201)
  })
})

describe('who may see and touch webhooks', () => {
  it.each<DemoRole | null>(['editor', 'correspondent', 'legal', 'frontend', null])('%s: 403 on subscriptions and deliveries, 401/403 on redeliver', async (role) => {
    const { sub } = await subscribed()
    const s = await story()
    await transition(s.id, { to: 'published' })
    const [delivery] = await waitForDeliveries(sub.id, (d) => d.length === 1)
    const auth = role ? await jwt(role) : ''
    const as = <T extends { set: (k: string, v: string) => T }>(req: T): T => (role ? req.set('Authorization', auth) : req)

    expect((await as(t.http.get('/api/webhook-subscriptions'))).status).toBe(403)
    expect((await as(t.http.get(`/api/webhook-subscriptions/${sub.id}`))).status).toBe(403)
    expect((await as(t.http.post('/api/webhook-subscriptions')).send({ url: freshPath().url, secret: SECRET, events: ['dispatch.published'] })).status).toBe(403)
    expect((await as(t.http.patch(`/api/webhook-subscriptions/${sub.id}`)).send({ active: false })).status).toBe(403)
    expect((await as(t.http.delete(`/api/webhook-subscriptions/${sub.id}`))).status).toBe(403)
    expect((await as(t.http.get('/api/webhook-deliveries'))).status).toBe(403)
    expect((await as(t.http.get(`/api/webhook-deliveries/${delivery.id}`))).status).toBe(403)
    expect((await as(t.http.post(`/api/webhook-deliveries/${delivery.id}/redeliver`))).status).toBe(role ? 403 : 401)
    const gql = await as(t.http.post('/api/graphql')).send({ query: '{ WebhookSubscriptions { docs { url secret } } }' })
    expect(JSON.stringify(gql.body)).not.toContain(SECRET)
    expect(gql.body.data?.WebhookSubscriptions ?? null).toBeNull()

    // Nothing changed.
    const stored = await t.payload.findByID({ collection: 'webhook-subscriptions', id: sub.id, depth: 0 })
    expect(stored.active).toBe(true)
  })

  it('admins read the delivery log but cannot write it except through redeliver', async () => {
    const { sub } = await subscribed()
    const s = await story()
    await transition(s.id, { to: 'published' })
    const [delivery] = await waitForDeliveries(sub.id, (d) => d.length === 1 && d[0].status === 'delivered')
    const admin = await jwt('admin')
    const log = await t.http.get('/api/webhook-deliveries').set('Authorization', admin)
    expect(log.status).toBe(200)
    expect(log.body.docs.map((d: WebhookDelivery) => d.deliveryId)).toContain(delivery.deliveryId)
    expect((await t.http.post('/api/webhook-deliveries').set('Authorization', admin).send({ deliveryId: 'x', event: 'dispatch.published', body: '{}' })).status).toBe(403)
    expect((await t.http.patch(`/api/webhook-deliveries/${delivery.id}`).set('Authorization', admin).send({ status: 'pending' })).status).toBe(403)
    expect((await t.http.delete(`/api/webhook-deliveries/${delivery.id}`).set('Authorization', admin)).status).toBe(403)
    expect((await t.payload.findByID({ collection: 'webhook-deliveries', id: delivery.id, depth: 0 })).status).toBe('delivered')
  })
})

describe('deliveries', () => {
  it('an editor publishes and withdraws: the receiver gets both events, signed with the secret', async () => {
    const { sub, path } = await subscribed()
    const s = await story()
    await transition(s.id, { to: 'published' })
    await receiver.waitFor(() => at(path).length === 1)
    await transition(s.id, { to: 'withdrawn', note: 'Legal advice' })
    await receiver.waitFor(() => at(path).length === 2)

    const [published, withdrawn] = at(path)
    for (const [request, event] of [
      [published, 'dispatch.published'],
      [withdrawn, 'dispatch.withdrawn'],
    ] as const) {
      expect(request.headers['content-type']).toBe('application/json')
      expect(request.headers['x-dateline-event']).toBe(event)
      expect(request.headers['x-dateline-signature']).toBe(hmac(request.rawBody, SECRET))
      const body = JSON.parse(request.rawBody)
      expect(Object.keys(body).sort()).toEqual(['at', 'dispatch', 'event', 'id'])
      expect(body).toMatchObject({ id: request.headers['x-dateline-delivery'], event, dispatch: { id: s.id, slug: s.slug, headline: s.headline } })
      expect(new Date(body.at).toISOString()).toBe(body.at)
    }
    expect(published.headers['x-dateline-delivery']).not.toBe(withdrawn.headers['x-dateline-delivery'])

    const log = await waitForDeliveries(sub.id, (d) => d.length === 2 && d.every((x) => x.status === 'delivered'))
    expect(log.map((d) => [d.event, d.status, d.attempts, d.lastStatusCode, d.dispatchId])).toEqual([
      ['dispatch.published', 'delivered', 1, 200, s.id],
      ['dispatch.withdrawn', 'delivered', 1, 200, s.id],
    ])
    expect(log[0].body).toBe(published.rawBody)
    expect(log[0].deliveryId).toBe(published.headers['x-dateline-delivery'])
    expect(log[0].deliveredAt).toBeTruthy()
  })

  it('sends only the events a subscription asked for, and nothing to inactive ones', async () => {
    const onlyWithdrawn = await subscribed(['dispatch.withdrawn'])
    const inactive = await subscribed(undefined, { active: false })
    const everything = await subscribed()
    const s = await story()
    await transition(s.id, { to: 'published' })
    await transition(s.id, { to: 'withdrawn', note: 'Pulled' })
    await receiver.waitFor(() => at(everything.path).length === 2 && at(onlyWithdrawn.path).length === 1)
    expect(at(onlyWithdrawn.path)[0].headers['x-dateline-event']).toBe('dispatch.withdrawn')
    expect(await deliveriesOf(inactive.sub.id)).toEqual([])
    expect(at(inactive.path)).toEqual([])
  })

  it('a correction republished is dispatch.published again; a server rewrite of the live copy is dispatch.updated; drafts announce nothing', async () => {
    const { sub, path } = await subscribed()
    const s = await story()
    await transition(s.id, { to: 'published' })
    await transition(s.id, { to: 'in_review', note: 'Corrected the date of the attack' })
    await transition(s.id, { to: 'approved' })
    // A draft save of the working copy is not an event.
    const draftSave = await t.http
      .patch(`/api/dispatches/${s.id}?draft=true`)
      .set('Authorization', await jwt('editor'))
      .send({ standfirst: 'Working copy only' })
    expect(draftSave.status).toBe(200)
    await transition(s.id, { to: 'published' })
    await t.payload.update({ collection: 'dispatches', id: s.id, draft: false, data: { headline: `${s.headline} (updated)` }, context: { workflowService: true } })
    await receiver.waitFor(() => at(path).length === 3)
    expect(at(path).map((r) => r.headers['x-dateline-event'])).toEqual(['dispatch.published', 'dispatch.published', 'dispatch.updated'])
    expect(JSON.parse(at(path)[2].rawBody).dispatch.headline).toBe(`${s.headline} (updated)`)
    expect(await deliveriesOf(sub.id)).toHaveLength(3)
  })

  it('writes the outbox row in the same transaction as the change: a rolled-back publish sends nothing', async () => {
    const { sub } = await subscribed()
    const s = await story()
    const publish = async (commit: boolean): Promise<number> => {
      const req = await createLocalReq({}, t.payload)
      await initTransaction(req)
      await t.payload.update({
        collection: 'dispatches',
        id: s.id,
        draft: false,
        data: { _status: 'published', workflowStatus: 'published' },
        context: { workflowService: true },
        req,
      })
      const inside = await t.payload.count({ collection: 'webhook-deliveries', where: { subscription: { equals: sub.id } }, req })
      if (commit) await commitTransaction(req)
      else await killTransaction(req)
      return inside.totalDocs
    }
    expect(await publish(false)).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await deliveriesOf(sub.id)).toEqual([])
    expect(await publish(true)).toBe(1)
    await waitForDeliveries(sub.id, (d) => d.length === 1 && d[0].status === 'delivered')
  })

  it('a receiver answering 500 then 200 gets the same delivery again and it is delivered once', async () => {
    const { sub, path } = await subscribed()
    receiver.answers = [500]
    const s = await story()
    await transition(s.id, { to: 'published' })
    const [delivery] = await waitForDeliveries(sub.id, (d) => d.length === 1 && d[0].status === 'delivered')
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200, status: 'delivered' })
    const requests = at(path)
    expect(requests.map((r) => r.answeredWith)).toEqual([500, 200])
    expect(new Set(requests.map((r) => r.headers['x-dateline-delivery']))).toEqual(new Set([delivery.deliveryId]))
    expect(requests[1].rawBody).toBe(requests[0].rawBody)
    expect(requests[1].headers['x-dateline-signature']).toBe(hmac(requests[0].rawBody, SECRET))
  })

  it(`fails after ${MAX_ATTEMPTS} attempts; an admin redelivers it with the same id and body`, async () => {
    const { sub, path } = await subscribed()
    receiver.otherwise = 503
    const s = await story()
    await transition(s.id, { to: 'published' })
    const [failed] = await waitForDeliveries(sub.id, (d) => d.length === 1 && d[0].status === 'failed')
    expect(failed).toMatchObject({ attempts: MAX_ATTEMPTS, lastStatusCode: 503, lastError: 'receiver answered HTTP 503' })
    expect(at(path)).toHaveLength(MAX_ATTEMPTS)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(at(path)).toHaveLength(MAX_ATTEMPTS)

    expect((await t.http.post(`/api/webhook-deliveries/${failed.id}/redeliver`).set('Authorization', await jwt('editor'))).status).toBe(403)
    receiver.otherwise = 200
    const res = await t.http.post(`/api/webhook-deliveries/${failed.id}/redeliver`).set('Authorization', await jwt('admin'))
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({ id: failed.id, status: 'pending', attempts: 0 })
    const [delivered] = await waitForDeliveries(sub.id, (d) => d[0].status === 'delivered')
    expect(delivered).toMatchObject({ attempts: 1, lastStatusCode: 200, deliveryId: failed.deliveryId, body: failed.body })
    const requests = at(path)
    expect(requests).toHaveLength(MAX_ATTEMPTS + 1)
    expect(requests[MAX_ATTEMPTS].headers['x-dateline-delivery']).toBe(failed.deliveryId)
    expect(requests[MAX_ATTEMPTS].rawBody).toBe(requests[0].rawBody)

    // A delivered one can be sent again on request, too.
    expect((await t.http.post(`/api/webhook-deliveries/${failed.id}/redeliver`).set('Authorization', await jwt('admin'))).status).toBe(202)
    await receiver.waitFor(() => at(path).length === MAX_ATTEMPTS + 2)
  })

  it('redeliver: 409 while the delivery is still queued or in flight, 404 for an unknown id', async () => {
    const { sub } = await subscribed()
    receiver.delayMs = 1_500
    const s = await story()
    await transition(s.id, { to: 'published' })
    const [inFlight] = await waitForDeliveries(sub.id, (d) => d.length === 1 && d[0].attempts === 1)
    const admin = await jwt('admin')
    const res = await t.http.post(`/api/webhook-deliveries/${inFlight.id}/redeliver`).set('Authorization', admin)
    expect(res.status).toBe(409)
    expect(res.body.errors[0]).toMatchObject({ code: 'DELIVERY_PENDING' })
    expect((await t.http.post('/api/webhook-deliveries/999999/redeliver').set('Authorization', admin)).status).toBe(404)
    expect((await t.http.post('/api/webhook-deliveries/abc/redeliver').set('Authorization', admin)).status).toBe(404)
    await waitForDeliveries(sub.id, (d) => d[0].status === 'delivered')
  })

  it('checks the address again at delivery time: a host that now resolves to a forbidden address gets nothing', async () => {
    const { url: hookUrl, path } = freshPath()
    const res = await subscribe({ url: hookUrl.replace('127.0.0.1', 'localhost') })
    expect(res.status).toBe(201)
    // As if DNS now pointed the partner's name inside the network (here: loopback no longer allowed).
    setEnv('WEBHOOK_ALLOW_LOOPBACK', 'false')
    const s = await story()
    await transition(s.id, { to: 'published' })
    const [refused] = await waitForDeliveries(res.body.doc.id, (d) => d.length === 1 && d[0].status === 'failed')
    expect(refused.lastError).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1) is a loopback address/)
    expect(refused.attempts).toBe(1)
    expect(at(path)).toEqual([])
  })

  it('several dispatchers on one database never send a delivery twice', async () => {
    const { sub, path } = await subscribed()
    receiver.delayMs = 30
    const env = { pollMs: 20, timeoutMs: 5_000, retry: { baseMs: 100, capMs: 300, maxAttempts: 3 }, policy: () => ({ allowLoopback: true, allowPrivate: false }), batchSize: 2 }
    const extra = [startWebhookDispatcher(t.payload, env), startWebhookDispatcher(t.payload, env)]
    try {
      for (let i = 0; i < 4; i += 1) {
        const s = await story()
        await transition(s.id, { to: 'published' })
        await transition(s.id, { to: 'withdrawn', note: 'Test' })
      }
      const log = await waitForDeliveries(sub.id, (d) => d.length === 8 && d.every((x) => x.status === 'delivered'), 30_000)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const counts = receiver.countsById()
      expect(at(path)).toHaveLength(8)
      for (const d of log) {
        expect(counts.get(d.deliveryId)).toBe(1)
        expect(d.attempts).toBe(1)
      }
    } finally {
      await Promise.all(extra.map((d) => d.stop()))
    }
  })
})
