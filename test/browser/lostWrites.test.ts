/**
 * No lost writes, as an editor sees it in the real admin: someone saves the story after the
 * editor opened it; the editor's next autosave is refused (409 STALE_VERSION) and the form says who
 * saved and when, keeps what the editor typed, and offers a reload that shows the other change.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium'
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

const PASSWORD = 'browser-lost-writes-password'
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  server = await startServerProcess({ DEMO_PASSWORD: PASSWORD, ADMIN_ENABLED: 'true' }, 180_000)
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
})

afterAll(async () => {
  await browser?.close()
  const code = await server?.stop()
  expect(code).toBe(0)
})

async function token(role: 'admin' | 'editor'): Promise<string> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `${role}@dateline.local`, password: PASSWORD }),
  })
  return ((await login.json()) as { token: string }).token
}

test('a save overtaken by someone else says who saved, keeps the text, and offers a reload', async () => {
  const editorToken = await token('editor')
  const reporters = await fetch(`${server.url}/api/correspondents?where[name][equals]=John%20Ray&depth=0`, {
    headers: { Authorization: `JWT ${editorToken}` },
  })
  const reporter = ((await reporters.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
  const created = await fetch(`${server.url}/api/dispatches?draft=true`, {
    method: 'POST',
    headers: { Authorization: `JWT ${editorToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ headline: `Ferry services resume ${Date.now()}`, byline: [{ correspondent: reporter, role: 'reporter' }] }),
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id

  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.locator('input[name="email"]').fill('editor@dateline.local')
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  await page.goto(`${server.url}/admin/collections/dispatches/${id}`)
  await page.locator('#workflow-status').waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')

  // The admin saves the same draft after the editor opened it.
  const adminSave = await fetch(`${server.url}/api/dispatches/${id}?draft=true`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${await token('admin')}`, 'Content-Type': 'application/json', 'If-Match': '*' },
    body: JSON.stringify({ dateline: 'Dover, England' }),
  })
  expect(adminSave.status).toBe(200)

  // The editor types; the autosave that follows is based on the version they loaded.
  const typed = 'Crossings to Calais resumed at dawn.'
  await page.locator('textarea[name="standfirst"]').fill(typed)
  const refused = page.locator('#save-refused[data-kind="stale"]')
  await refused.waitFor({ timeout: 30_000 })
  const message = (await refused.textContent()) ?? ''
  expect(message).toMatch(/^Saved by (Admin|admin@dateline\.local|[^ ].*) at \d\d:\d\d after you opened this — reload to see their changes/)
  // What the editor typed is still there to copy, and the server kept the admin's change.
  expect(await page.locator('textarea[name="standfirst"]').inputValue()).toBe(typed)
  await page.screenshot({ path: path.join(SHOTS, 'lost-writes-01-stale-save.png'), fullPage: true })
  const stored = await fetch(`${server.url}/api/dispatches/${id}?draft=true&depth=0`, { headers: { Authorization: `JWT ${editorToken}` } })
  expect(((await stored.json()) as { dateline: string; standfirst?: string | null }).standfirst ?? null).toBeNull()

  await page.locator('#save-refused-reload').click()
  await page.locator('#workflow-status').waitFor({ timeout: 60_000 })
  expect(await page.locator('input[name="dateline"]').inputValue()).toBe('Dover, England')
  expect(await page.locator('#save-refused').count()).toBe(0)
  await page.screenshot({ path: path.join(SHOTS, 'lost-writes-02-reloaded.png'), fullPage: true })
})
