/**
 * Two Dateline server processes on one PostgreSQL database send one outbox: every delivery
 * arrives once. (SQLite is one process by design, so this runs on PostgreSQL only.)
 */
import { createStoryFixture } from '../helpers/storyFixture'
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'
import { startTestApp, testDatabase, type TestApp } from '../helpers/testApp'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver'

const onPostgres = testDatabase() === 'postgres' ? describe : describe.skip

onPostgres('webhooks with two instances on one PostgreSQL', () => {
  let t: TestApp
  let receiver: Receiver
  const servers: RunningServer[] = []

  beforeAll(async () => {
    receiver = await startReceiver()
    // This process only writes; the two server processes do all the sending.
    t = await startTestApp({ WEBHOOK_DISPATCHER: 'false', WEBHOOK_ALLOW_LOOPBACK: 'true' })
    const env = {
      ADMIN_ENABLED: 'false',
      DATABASE_URL: t.databaseUrl,
      PAYLOAD_SECRET: 'test-secret-for-dateline-only',
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_POLL_MS: '30',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_RETRY_MAX_MS: '300',
    }
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])))
  }, 300_000)
  afterAll(async () => {
    for (const server of servers) expect(await server.stop()).toBe(0)
    await t?.stop()
    await receiver?.close()
  })

  it('every delivery is sent once, whichever instance claims it', async () => {
    const admin = `JWT ${await t.token('admin')}`
    const editor = `JWT ${await t.token('editor')}`
    const sub = await t.http
      .post('/api/webhook-subscriptions')
      .set('Authorization', admin)
      .send({ url: receiver.url, secret: 'two-instances-secret-0123', events: ['dispatch.published', 'dispatch.withdrawn'] })
    expect(sub.status).toBe(201)
    // Slow answers keep sends in flight while the other instance polls; one 500 makes one retry.
    receiver.delayMs = 20
    receiver.answers = [500]
    const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
    for (let i = 0; i < 10; i += 1) {
      const story = await createStoryFixture(t.payload, docs[0].id, 'approved', {}, 'Two instances')
      expect((await t.http.post(`/api/dispatches/${story.id}/transition`).set('Authorization', editor).send({ to: 'published' })).status).toBe(200)
      expect(
        (await t.http.post(`/api/dispatches/${story.id}/transition`).set('Authorization', editor).send({ to: 'withdrawn', note: 'Test' })).status,
      ).toBe(200)
    }
    const deadline = Date.now() + 60_000
    for (;;) {
      const { docs: log } = await t.payload.find({ collection: 'webhook-deliveries', pagination: false, depth: 0 })
      if (log.length === 20 && log.every((d) => d.status === 'delivered')) break
      if (Date.now() > deadline) throw new Error(`not all delivered: ${JSON.stringify(log.map((d) => [d.status, d.attempts, d.lastError]))}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    const counts = receiver.countsById()
    expect(counts.size).toBe(20)
    // One delivery was answered 500 once and sent again; every other id arrived exactly once.
    expect([...counts.values()].sort()).toEqual([...Array(19).fill(1), 2])
    expect(receiver.received.filter((r) => r.answeredWith === 200)).toHaveLength(20)
  }, 180_000)
})
