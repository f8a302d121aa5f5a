/**
 * Two Dateline instances on one PostgreSQL database: a change made through instance A reaches
 * readers of instance B (whose public cache holds the old answer) within a second, through
 * LISTEN/NOTIFY. On SQLite (one process, one file) invalidation is in-process only, so this
 * file runs on PostgreSQL.
 */
import pg from 'pg'

import { createStoryFixture } from '../helpers/storyFixture'
import { startSecondInstance, startTestApp, testDatabase, type TestApp } from '../helpers/testApp'

const onPostgres = testDatabase() === 'postgres'
const describePg = onPostgres ? describe : describe.skip

let a: TestApp
let b: Awaited<ReturnType<typeof startSecondInstance>>

/** Milliseconds until `check` passes on B, failing after `limit` ms. */
async function msUntil(check: () => Promise<boolean>, limit = 1000): Promise<number> {
  const start = Date.now()
  for (;;) {
    if (await check()) return Date.now() - start
    if (Date.now() - start > limit) throw new Error(`not visible on the other instance within ${limit} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const listeners = async (databaseUrl: string): Promise<number> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows } = await client.query(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'dateline-invalidation' AND datname = current_database()",
  )
  await client.end()
  return rows[0].n as number
}

describePg('two instances on one PostgreSQL database', () => {
  let reporter = 0

  beforeAll(async () => {
    a = await startTestApp()
    b = await startSecondInstance(a)
    reporter = (await a.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Ray' } } })).docs[0].id
  })

  afterAll(async () => {
    await b?.close()
    await a?.stop()
  })

  const jwt = async (): Promise<string> => `JWT ${await a.token('editor')}`

  it('each instance listens on its own connection', async () => {
    expect(await listeners(a.databaseUrl)).toBe(2)
  })

  it('a publish, a retitle and a withdrawal on A are served by B within a second', async () => {
    const story = await createStoryFixture(a.payload, reporter, 'approved', {}, 'Two instances')
    const list = '/api/dispatches?limit=100&depth=0'
    const page = `/api/dispatches/slug/${story.slug}`

    // B caches the list without the story (once the NOTIFY of the fixture's own save has arrived).
    await msUntil(async () => {
      await b.http.get(list)
      return (await b.http.get(list)).headers['x-cache'] === 'HIT'
    })
    expect((await b.http.get(list)).body.docs.map((d: { id: number }) => d.id)).not.toContain(story.id)

    const published = await a.http.post(`/api/dispatches/${story.id}/transition`).set('Authorization', await jwt()).send({ to: 'published' })
    expect(published.status).toBe(200)
    const publishMs = await msUntil(async () => (await b.http.get(list)).body.docs.some((d: { id: number }) => d.id === story.id))

    // B caches the story page, then A retitles its reporter.
    await msUntil(async () => {
      await b.http.get(page)
      return (await b.http.get(page)).headers['x-cache'] === 'HIT'
    })
    await a.http.patch(`/api/correspondents/${reporter}`).set('Authorization', await jwt()).send({ title: 'Chief Correspondent' })
    const retitleMs = await msUntil(async () => (await b.http.get(page)).body.byline?.[0]?.correspondent.title === 'Chief Correspondent')

    await b.http.get('/feeds/rss.xml')
    const withdrawn = await a.http
      .post(`/api/dispatches/${story.id}/transition`)
      .set('Authorization', await jwt())
      .send({ to: 'withdrawn', note: 'Taken down' })
    expect(withdrawn.status).toBe(200)
    const withdrawMs = await msUntil(async () => (await b.http.get(page)).status === 410)
    expect((await b.http.get('/feeds/rss.xml')).text).not.toContain(story.headline)
    expect((await b.http.get(list)).body.docs.map((d: { id: number }) => d.id)).not.toContain(story.id)

    for (const ms of [publishMs, retitleMs, withdrawMs]) expect(ms).toBeLessThan(1000)
  })

  it('B drops only the answers under the keys A changed, and nothing for a draft save', async () => {
    const publish = async (label: string) => {
      const s = await createStoryFixture(a.payload, reporter, 'approved', {}, label)
      expect((await a.http.post(`/api/dispatches/${s.id}/transition`).set('Authorization', await jwt()).send({ to: 'published' })).status).toBe(200)
      return s
    }
    const [one, two] = [await publish('Keyed one'), await publish('Keyed two')]
    const pageOne = `/api/dispatches/slug/${one.slug}`
    const pageTwo = `/api/dispatches/slug/${two.slug}`
    for (const url of [pageOne, pageTwo]) {
      await msUntil(async () => {
        await b.http.get(url)
        return (await b.http.get(url)).headers['x-cache'] === 'HIT'
      })
    }
    // A draft save of a live story: B keeps both.
    await a.http.patch(`/api/dispatches/${one.id}?draft=true`).set('Authorization', await jwt()).send({ headline: 'An unapproved rewrite' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await b.http.get(pageOne)).headers['x-cache']).toBe('HIT')
    // A withdrawal of one: B drops it within a second and keeps the other.
    await a.http.post(`/api/dispatches/${one.id}/transition`).set('Authorization', await jwt()).send({ to: 'withdrawn', note: 'Taken down' })
    expect(await msUntil(async () => (await b.http.get(pageOne)).status === 410)).toBeLessThan(1000)
    expect((await b.http.get(pageTwo)).headers['x-cache']).toBe('HIT')
  })

  it('a listener that loses its connection stops caching until it is back, then invalidates again', async () => {
    const list = '/api/dispatches?limit=50&depth=0'
    await b.http.get(list)
    expect((await b.http.get(list)).headers['x-cache']).toBe('HIT')

    const admin = new pg.Client({ connectionString: a.databaseUrl })
    await admin.connect()
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dateline-invalidation' AND datname = current_database()",
    )
    await admin.end()
    // While B cannot hear A, B does not answer from its cache.
    await msUntil(async () => (await b.http.get(list)).headers['x-cache'] === undefined || (await b.http.get(list)).headers['x-cache'] === 'MISS', 2000)
    // Both reconnect (backoff starts at 250 ms), caching resumes, and A's changes reach B again.
    await msUntil(async () => (await listeners(a.databaseUrl)) === 2, 5000)
    await msUntil(async () => {
      await b.http.get(list)
      return (await b.http.get(list)).headers['x-cache'] === 'HIT'
    }, 3000)
    const story = await createStoryFixture(a.payload, reporter, 'approved', {}, 'After reconnect')
    expect((await a.http.post(`/api/dispatches/${story.id}/transition`).set('Authorization', await jwt()).send({ to: 'published' })).status).toBe(200)
    expect(await msUntil(async () => (await b.http.get(list)).body.docs.some((d: { id: number }) => d.id === story.id))).toBeLessThan(1000)
  })

  it('stops listening when an instance stops', async () => {
    const c = await startSecondInstance(a)
    expect(await listeners(a.databaseUrl)).toBe(3)
    await c.close()
    expect(await listeners(a.databaseUrl)).toBe(2)
  })
})
