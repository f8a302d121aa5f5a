/**
 * The embargo job as an operator runs Dateline: one server process, stopped and started again
 * while a story waits for its embargo. The job is in the database, so the next process releases it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { startServerProcess } from '../helpers/serverProcess'

const SLOW = 300_000

it('a story scheduled before a restart (even one cut off mid-run) goes out after it, on its own', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-release-'))
  const env = {
    ADMIN_ENABLED: 'false',
    DEMO_PASSWORD: 'process-test-password',
    DATABASE_URL: `file:${path.join(dataDir, 'dateline.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
  }
  try {
    const first = await startServerProcess(env)
    const login = await fetch(`${first.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@dateline.local', password: 'process-test-password' }),
    })
    const auth = { 'content-type': 'application/json', authorization: `JWT ${(await login.json()).token}` }
    const reporter = (await (await fetch(`${first.url}/api/correspondents?limit=1`, { headers: auth })).json()).docs[0].id
    const created = await (
      await fetch(`${first.url}/api/dispatches?draft=true`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ headline: 'Ceasefire agreed at dawn', byline: [{ correspondent: reporter, role: 'reporter' }] }),
      })
    ).json()
    const id = created.doc.id
    const slug = created.doc.slug
    const move = (body: Record<string, unknown>) =>
      fetch(`${first.url}/api/dispatches/${id}/transition`, { method: 'POST', headers: auth, body: JSON.stringify(body) })
    expect((await move({ to: 'in_review' })).status).toBe(200)
    expect((await move({ to: 'approved' })).status).toBe(200)
    const embargo = new Date(Date.now() + 5000).toISOString()
    expect((await move({ to: 'scheduled', embargoUntil: embargo })).status).toBe(200)
    expect(await first.stop()).toBe(0)
    // As if the first process had crashed while running the job: Payload would never pick it again.
    const db = createClient({ url: env.DATABASE_URL })
    const marked = await db.execute('UPDATE payload_jobs SET processing = 1 WHERE completed_at IS NULL')
    db.close()
    expect(marked.rowsAffected).toBe(1)

    const second = await startServerProcess(env)
    try {
      const deadline = Date.now() + 60_000
      let status = 0
      while (Date.now() < deadline) {
        status = (await fetch(`${second.url}/api/dispatches/slug/${slug}`)).status
        if (status === 200) break
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(status).toBe(200)
      const live = await (await fetch(`${second.url}/api/dispatches/slug/${slug}`)).json()
      expect(Date.parse(live.publishedAt)).toBeGreaterThanOrEqual(Date.parse(embargo))
    } finally {
      expect(await second.stop()).toBe(0)
    }
    expect(second.output()).not.toMatch(/"level":50/)
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}, SLOW)
