/**
 * PURGE_URL: after each commit that changes public answers, a CDN gets a signed POST of their
 * surrogate keys from the webhook outbox, retried like a webhook; a receiver that is down or slow
 * never fails or slows the change.
 */
import { signatureFor } from '../../src/webhooks/signature'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver'

const SECRET = 'purge-secret-for-tests-only'
let t: TestApp
let cdn: Receiver
let reporter = 0

beforeAll(async () => {
  cdn = await startReceiver()
  t = await startTestApp({
    PURGE_URL: cdn.url,
    PURGE_SECRET: SECRET,
    WEBHOOK_POLL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_RETRY_MAX_MS: '300',
    WEBHOOK_TIMEOUT_MS: '5000',
  })
  reporter = (await t.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Ray' } } })).docs[0].id
})

afterAll(async () => {
  await t?.stop()
  await cdn?.close()
})

const publish = async (label: string) => {
  const s = await createStoryFixture(t.payload, reporter, 'approved', { tags: ['purged'] }, label)
  const started = Date.now()
  const res = await t.http.post(`/api/dispatches/${s.id}/transition`).set('Authorization', `JWT ${await t.token('editor')}`).send({ to: 'published' })
  return { story: s, status: res.status, ms: Date.now() - started }
}

const keysIn = (body: string): string[] => (JSON.parse(body) as { keys: string[] }).keys

it('POSTs the keys a publish changed, signed, once it has committed', async () => {
  const { story, status } = await publish('Purged story')
  expect(status).toBe(200)
  await cdn.waitFor((got) => got.some((r) => keysIn(r.rawBody).includes(`story-${story.id}`)))
  const purge = cdn.received.find((r) => keysIn(r.rawBody).includes(`story-${story.id}`))!
  expect(purge.headers['x-dateline-event']).toBe('cdn.purge')
  expect(purge.headers['x-dateline-signature']).toBe(signatureFor(purge.rawBody, SECRET))
  expect(keysIn(purge.rawBody)).toEqual(expect.arrayContaining(['stories', 'feed', 'tag-purged', `byline-${reporter}`]))
})

it('a draft save of a live story purges nothing', async () => {
  const { story } = await publish('Quiet story')
  await cdn.waitFor((got) => got.some((r) => keysIn(r.rawBody).includes(`story-${story.id}`)))
  const before = cdn.received.length
  const saved = await t.http.patch(`/api/dispatches/${story.id}?draft=true`).set('Authorization', `JWT ${await t.token('editor')}`).send({ headline: 'Unapproved rewrite' })
  expect(saved.status).toBe(200)
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(cdn.received.length).toBe(before)
})

it('a CDN that is down or slow neither fails nor slows the change; the purge is retried until it lands', async () => {
  cdn.answers.push(503, 503)
  cdn.delayMs = 1500
  const { story, status, ms } = await publish('Story while the CDN is down')
  expect(status).toBe(200)
  // The change commits without waiting for the receiver (which holds each answer 1.5 s).
  expect(ms).toBeLessThan(1500)
  cdn.delayMs = 0
  await cdn.waitFor((got) => got.some((r) => r.answeredWith === 200 && keysIn(r.rawBody).includes(`story-${story.id}`)), 30_000)
  const attempts = cdn.received.filter((r) => keysIn(r.rawBody).includes(`story-${story.id}`))
  expect(attempts.length).toBeGreaterThanOrEqual(2)
  // Every attempt is the same delivery, with the same bytes.
  expect(new Set(attempts.map((r) => r.headers['x-dateline-delivery'])).size).toBe(1)
})
