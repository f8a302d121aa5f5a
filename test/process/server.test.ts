/**
 * Dateline as an operator runs it: `src/server.ts` in its own process, API-only, on SQLite.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { startServerProcess } from '../helpers/serverProcess'

const root = path.resolve(import.meta.dirname, '../..')

// Whole processes start slowly while the other suites load the machine.
const SLOW = 300_000

describe('the server process', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-process-'))
  })
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('loads the demo on a fresh database, keeps it on the second start, and stops cleanly on SIGTERM', async () => {
    const env = {
      ADMIN_ENABLED: 'false',
      DEMO_PASSWORD: 'process-test-password',
      DATABASE_URL: `file:${path.join(dataDir, 'dateline.db')}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
    }
    const first = await startServerProcess(env)
    expect(first.output()).toContain('Demo newsroom loaded')
    expect(first.output()).toContain('editor@dateline.local')
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200)
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({ status: 'ready' })

    // A request in flight when SIGTERM arrives still gets its answer: the body is only half
    // sent when the signal lands, and the rest follows after it.
    const body = JSON.stringify({ email: 'editor@dateline.local', password: 'process-test-password' })
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${first.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      })
      req.on('response', (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      req.on('error', reject)
      req.write(body.slice(0, 10))
      setTimeout(() => {
        first.child.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(10)), 500)
      }, 500)
    })
    const finished = await answer
    expect(finished.status).toBe(200)
    expect(JSON.parse(finished.text).user.email).toBe('editor@dateline.local')
    expect(await first.stop()).toBe(0)
    expect(first.output()).toContain('SIGTERM: finishing in-flight requests and closing the database')

    const second = await startServerProcess(env)
    expect(second.output()).not.toContain('Demo newsroom loaded')
    const list = await (await fetch(`${second.url}/api/dispatches`)).json()
    // Public lists count nothing (no totalDocs): the one live story is the only entry.
    expect(list.docs.map((doc: { slug: string }) => doc.slug)).toHaveLength(1)
    expect(await second.stop()).toBe(0)
    expect(fs.readdirSync(path.join(dataDir, 'media')).filter((f) => f.endsWith('.jpg')).length).toBeGreaterThan(0)
  }, SLOW)

  it('runs under `npm start` (scripts/start.mjs), which passes SIGTERM on to the server', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-npm-start-'))
    const started = await startServerProcess(
      {
        ADMIN_ENABLED: 'false',
        DEMO_PASSWORD: 'npm-start-password',
        DATABASE_URL: `file:${path.join(dir, 'dateline.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
      },
      120_000,
      ['scripts/start.mjs'],
    )
    try {
      expect(started.output()).toContain('Demo newsroom loaded')
      const res = await fetch(`${started.url}/api/dispatches`)
      expect((await res.json()).docs[0].headline).toContain('Battle for Raqqa')
      expect(await started.stop()).toBe(0)
      expect(started.output()).toContain('SIGTERM: finishing in-flight requests')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, SLOW)

  it.each([
    [{ PORT: 'eighty' }, 'PORT: must be a number'],
    [{ DATABASE_URL: 'mysql://db/dateline' }, 'DATABASE_URL: must start with file:, postgres:// or mongodb://'],
    [{ NODE_ENV: 'production', PAYLOAD_SECRET: '' }, 'PAYLOAD_SECRET: production needs a real secret'],
  ])('refuses to start with %j, naming the variable', (env, message) => {
    const result = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ADMIN_ENABLED: 'false', ...env } as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(78)
    expect(result.stderr).toContain(message)
  })
})
