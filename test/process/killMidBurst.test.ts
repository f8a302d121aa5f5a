/**
 * Durability under `kill -9`: the real server process on SQLite takes a burst of writes from
 * several clients at once (imports through POST /api/dispatches/ingest, draft saves with their
 * version, workflow moves, publishes that enqueue webhooks) and is killed with SIGKILL in the
 * middle of it. After a restart every write that was answered 2xx is there (a write in flight at
 * the kill may or may not be, but nothing in between), no import is half-written, every
 * acknowledged publish has its webhook delivery queued, and SQLite's integrity_check passes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { freePort, startServerProcess, type RunningServer } from '../helpers/serverProcess'

const PASSWORD = 'process-test-password'
const WORKERS = 3
const BURST_MS = 4_000
const STATUSES = ['draft', 'in_review', 'approved', 'published'] as const

type Json = Record<string, unknown> & { doc?: Record<string, unknown>; docs?: Array<Record<string, unknown>> }

async function call(base: string, auth: string, method: string, route: string, body?: unknown, type = 'application/json'): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: auth, 'content-type': type },
    body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : String(body),
  })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Json }
}

async function login(base: string, role: string): Promise<string> {
  const { status, json } = await call(base, '', 'POST', '/api/users/login', { email: `${role}@dateline.local`, password: PASSWORD })
  expect(status).toBe(200)
  return `JWT ${json.token as string}`
}

const story = (worker: number, round: number) => `Convoy ${worker}-${round} reaches the besieged city of Taiz

The first aid convoy in months, number ${worker}-${round}, has reached the Yemeni city of Taiz.

Senior Correspondent Maria Lopez and cameraman Tom Hughes travelled with the convoy from Aden.

Trucks carrying flour queue at checkpoint ${worker}-${round}. Credit: UN OCHA/Handout

"We have not seen bread for ${round + 2} weeks," said Dr Amal Haddad, who runs the city's only children's hospital.

A boy waits for food at a distribution point. Credit: Reuters

The convoy left again before dark.`

/** What one client saw: the last write of each kind answered 2xx, and the one it sent after (in flight at the kill). */
type Seen = {
  imports: Array<{ id: number; headline: string; quotes: number; media: number }>
  stories: Map<number, { dateline: { acked: string | null; next: string | null }; status: { acked: number; next: number | null } }>
}

/** One client: import, then file a story, save it twice with its version, move it to published. Until killed. */
async function client(base: string, editor: string, reporter: number, worker: number, seen: Seen, stop: { now: boolean }): Promise<void> {
  for (let round = 0; !stop.now; round += 1) {
    try {
      const imported = await call(base, editor, 'POST', '/api/dispatches/ingest', story(worker, round), 'text/plain; charset=utf-8')
      if (imported.status === 201) {
        const json = imported.json as unknown as { dispatch: { id: number; headline: string }; quotes: unknown[]; media: unknown[] }
        seen.imports.push({ id: json.dispatch.id, headline: json.dispatch.headline, quotes: json.quotes.length, media: json.media.length })
      } else throw new Error(`ingest answered ${imported.status}: ${JSON.stringify(imported.json)}`)

      const created = await call(base, editor, 'POST', '/api/dispatches?draft=true', {
        headline: `Burst story ${worker}-${round}`,
        byline: [{ correspondent: reporter, role: 'reporter' }],
      })
      if (created.status !== 201) throw new Error(`create answered ${created.status}`)
      const id = created.json.doc!.id as number
      const state = { dateline: { acked: null as string | null, next: null as string | null }, status: { acked: 0, next: null as number | null } }
      seen.stories.set(id, state)
      let updatedAt = created.json.doc!.updatedAt as string
      for (const take of [1, 2]) {
        const dateline = `Aden ${worker}-${round}-${take}`
        state.dateline.next = dateline
        const saved = await call(base, editor, 'PATCH', `/api/dispatches/${id}?draft=true`, { dateline, updatedAt })
        if (saved.status !== 200) throw new Error(`save answered ${saved.status}: ${JSON.stringify(saved.json)}`)
        state.dateline = { acked: dateline, next: null }
        updatedAt = saved.json.doc!.updatedAt as string
      }
      for (let to = 1; to < STATUSES.length; to += 1) {
        state.status.next = to
        const moved = await call(base, editor, 'POST', `/api/dispatches/${id}/transition`, { to: STATUSES[to] })
        if (moved.status !== 200) throw new Error(`transition to ${STATUSES[to]} answered ${moved.status}: ${JSON.stringify(moved.json)}`)
        state.status = { acked: to, next: null }
      }
    } catch (error) {
      // The kill cuts requests off mid-flight; anything else is a failure of the test itself.
      if (stop.now) return
      throw error
    }
  }
}

describe('kill -9 in the middle of a burst of writes', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-kill9-'))
  })
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('keeps every write answered 2xx, no half import, webhooks queued, integrity_check ok', async () => {
    const file = path.join(dataDir, 'dateline.db')
    const env: Record<string, string> = {
      ADMIN_ENABLED: 'false',
      DEMO_PASSWORD: PASSWORD,
      DATABASE_URL: `file:${file}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
      WEBHOOK_ALLOW_LOOPBACK: 'true',
      WEBHOOK_POLL_MS: '200',
      WEBHOOK_RETRY_BASE_MS: '60000',
    }
    const seen: Seen = { imports: [], stories: new Map() }
    let first: RunningServer | undefined = await startServerProcess(env)
    try {
      const base = first.url
      const admin = await login(base, 'admin')
      const editor = await login(base, 'editor')
      // Nobody listens there: every publish leaves a pending delivery in the outbox.
      const hook = await call(base, admin, 'POST', '/api/webhook-subscriptions', {
        url: `http://127.0.0.1:${await freePort()}/hook`,
        secret: 'kill-nine-webhook-secret',
        events: ['dispatch.published'],
      })
      expect(hook.status).toBe(201)
      const reporter = (await call(base, editor, 'GET', '/api/correspondents?limit=1')).json.docs![0].id as number

      const stop = { now: false }
      const clients = Array.from({ length: WORKERS }, (_, worker) => client(base, editor, reporter, worker, seen, stop))
      await new Promise((resolve) => setTimeout(resolve, BURST_MS))
      stop.now = true
      first.child.kill('SIGKILL')
      await Promise.all(clients)
      await first.stop()
      first = undefined
    } finally {
      await first?.stop()
    }
    if (process.env.DATELINE_REPORT) {
      const published = [...seen.stories.values()].filter((state) => state.status.acked === STATUSES.length - 1).length
      console.log(`acknowledged before the kill: ${seen.imports.length} imports, ${seen.stories.size} stories, ${published} published`)
    }
    expect(seen.imports.length).toBeGreaterThan(0)
    expect(seen.stories.size).toBeGreaterThan(0)

    // The database as the kill left it, WAL included.
    const db = createClient({ url: `file:${file}` })
    expect((await db.execute('PRAGMA integrity_check')).rows.map((row) => row[0])).toEqual(['ok'])
    db.close()

    const second = await startServerProcess(env)
    try {
      const base = second.url
      const admin = await login(base, 'admin')
      const read = async (route: string) => {
        const { status, json } = await call(base, admin, 'GET', route)
        expect([route, status]).toEqual([route, 200])
        return json
      }
      for (const done of seen.imports) {
        const doc = await read(`/api/dispatches/${done.id}?draft=true&depth=0`)
        expect(doc.headline).toBe(done.headline)
      }
      // Every import that reached the database, answered or not, is whole: its quotes and pictures.
      const expectedQuotes = seen.imports[0]!.quotes
      const expectedMedia = seen.imports[0]!.media
      const imported = await read('/api/dispatches?draft=true&depth=0&limit=1000&where[intakeHash][exists]=true')
      expect(imported.docs!.length).toBeGreaterThanOrEqual(seen.imports.length)
      for (const doc of imported.docs!) {
        const quotes = await read(`/api/quotes?where[dispatch][equals]=${doc.id as number}&limit=0&depth=0`)
        expect([doc.id, quotes.totalDocs, (doc.bodyMedia as unknown[]).length]).toEqual([doc.id, expectedQuotes, expectedMedia])
      }

      const deliveries = (await read('/api/webhook-deliveries?limit=1000&depth=0')).docs!
      for (const [id, state] of seen.stories) {
        const doc = await read(`/api/dispatches/${id}?draft=true&depth=0`)
        // The last save answered is there, or the one in flight at the kill; never an older one.
        const datelines = [state.dateline.acked, ...(state.dateline.next === null ? [] : [state.dateline.next])]
        expect([id, datelines]).toEqual([id, expect.arrayContaining([doc.dateline ?? null])])
        const stored = STATUSES.indexOf(doc.workflowStatus as (typeof STATUSES)[number])
        expect([id, [state.status.acked, state.status.next ?? state.status.acked]]).toEqual([id, expect.arrayContaining([stored])])
        if (state.status.acked === STATUSES.length - 1) {
          expect(deliveries.filter((d) => d.dispatchId === id && d.event === 'dispatch.published')).toHaveLength(1)
          expect((await call(base, '', 'GET', `/api/dispatches/${id}`)).status).toBe(200)
        }
      }
    } catch (error) {
      throw new Error(`${String(error)}\nserver output:\n${second.output().slice(-3000)}`)
    } finally {
      const code = await second.stop()
      if (code !== 0) throw new Error(`second server exited ${code}:\n${second.output().slice(-3000)}`)
    }
    const after = createClient({ url: `file:${file}` })
    expect((await after.execute('PRAGMA integrity_check')).rows.map((row) => row[0])).toEqual(['ok'])
    after.close()
  })
})
