/**
 * Dateline as `npm start` runs it, with no LEGAL_READ_EVERY_STORY set: every story goes through
 * legal, not only those the word rules flag. A story with no word a rule knows waits for legal's
 * read; legal's approval of what it read lets it out; a typo fixed after publication comes back
 * to legal before readers see it (README "Legal review").
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

const SLOW = 180_000
const PASSWORD = 'process-test-password'

let server: RunningServer
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-legal-default-'))
  server = await startServerProcess({
    ADMIN_ENABLED: 'false',
    DEMO_PASSWORD: PASSWORD,
    DATABASE_URL: `file:${path.join(dataDir, 'dateline.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    // Unset, as on a fresh clone: the server's own default decides.
    LEGAL_READ_EVERY_STORY: 'default',
  })
}, SLOW)

afterAll(async () => {
  await server?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function as(role: 'editor' | 'legal') {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${role}@dateline.local`, password: PASSWORD }),
  })
  const headers = { 'content-type': 'application/json', authorization: `JWT ${(await login.json()).token}` }
  return async (method: string, route: string, body?: unknown) => {
    const res = await fetch(`${server.url}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    return { status: res.status, body: (await res.json().catch(() => null)) as any }
  }
}

it('a story no word rule flags waits for legal; legal approves what it read; a later fix comes back to legal before readers see it', async () => {
  const editor = await as('editor')
  const legal = await as('legal')
  const reporter = (await editor('GET', '/api/correspondents?limit=1')).body.docs[0].id
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] })
  const body = (text: string) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(text)] } })
  const created = await editor('POST', '/api/dispatches?draft=true', {
    headline: 'Council opens new library on the harbour',
    body: body('The library opened on Monday with two thousand books.'),
    byline: [{ correspondent: reporter, role: 'reporter' }],
  })
  expect(created.status).toBe(201)
  const { id, slug } = created.body.doc as { id: number; slug: string }
  const move = (to: string, note?: string) => editor('POST', `/api/dispatches/${id}/transition`, { to, ...(note && { note }) })
  expect((await move('in_review')).status).toBe(200)
  expect((await move('approved')).status).toBe(200)

  const refused = await move('published')
  expect(refused.status).toBe(409)
  expect(JSON.stringify(refused.body)).toContain('LEGAL_READ_REQUIRED')
  expect((await fetch(`${server.url}/api/dispatches/slug/${slug}`)).status).toBe(404)

  const review = await legal('GET', `/api/dispatches/${id}/legal-review`)
  expect(review.status).toBe(200)
  expect((await legal('POST', `/api/dispatches/${id}/legal-review`, { decision: 'approve', reviewed: review.body.hash })).status).toBe(200)
  expect((await move('published')).status).toBe(200)
  expect((await fetch(`${server.url}/api/dispatches/slug/${slug}`)).status).toBe(200)

  // A typo fixed on the live story: a correction, and the words wait for legal again.
  expect((await editor('PATCH', `/api/dispatches/${id}?draft=true`, { body: body('The library opened on Monday with 2,000 books.') })).status).toBe(200)
  expect((await move('in_review', 'An earlier version gave the number of books in words.')).status).toBe(200)
  expect((await move('approved')).status).toBe(200)
  const again = await move('published')
  expect(again.status).toBe(409)
  expect(JSON.stringify(again.body)).toContain('LEGAL_READ_REQUIRED')
  const live = await (await fetch(`${server.url}/api/dispatches/slug/${slug}`)).json()
  expect(JSON.stringify(live)).toContain('two thousand books')
  expect(JSON.stringify(live)).not.toContain('2,000 books')
}, SLOW)
