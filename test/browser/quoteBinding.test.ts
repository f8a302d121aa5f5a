/**
 * Quotes come from the words, as an editor sees it in the real admin: quoted speech typed into the
 * body becomes a quote record when the autosave reaches the server, and the list under the body
 * shows it as pending legal; legal finds it in the queue, in its paragraph.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium'
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

const PASSWORD = 'browser-quote-binding-password'
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const SPOKEN = 'Now is the time for Jihad against the city'

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

async function signIn(role: 'editor' | 'legal'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.locator('input[name="email"]').fill(`${role}@dateline.local`)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  return page
}

test('a quote typed into the body appears under it as pending legal, and in the Legal queue', async () => {
  const editor = await signIn('editor')
  await editor.goto(`${server.url}/admin/collections/dispatches/create`)
  await editor.locator('input[name="headline"]').waitFor({ timeout: 60_000 })
  await editor.waitForLoadState('networkidle')
  const headline = `Radio traffic from the old city ${Date.now()}`
  await editor.locator('input[name="headline"]').fill(headline)
  await editor.locator('#action-save-draft').click()
  await editor.waitForURL(/\/admin\/collections\/dispatches\/\d+/, { timeout: 60_000 })
  await editor.locator('#workflow-status').waitFor({ timeout: 60_000 })
  await editor.locator('#quoted-passages').getByText('No quoted speech in this story yet.').waitFor({ timeout: 30_000 })

  const body = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await editor.keyboard.type('The intercepted messages grew more desperate by the hour. ')
  await editor.keyboard.type(`“${SPOKEN},” a commander urged his fighters.`)

  // The autosave lets the server find the passage and bind it to a new record.
  const item = editor.locator('#quoted-passages .quoted-passages__item', { hasText: SPOKEN })
  await item.waitFor({ timeout: 60_000 })
  await item.locator('.legal-badge--pending').waitFor({ timeout: 30_000 })
  expect(await item.locator('.legal-badge').textContent()).toBe('Pending legal')
  await editor.screenshot({ path: path.join(SHOTS, 'quote-binding-01-typed-quote-pending.png'), fullPage: true })

  const legal = await signIn('legal')
  await legal.goto(`${server.url}/admin/legal-queue`)
  const row = legal.locator('.legal-queue__item', { hasText: SPOKEN }).first()
  await row.waitFor({ timeout: 30_000 })
  expect(await row.locator('.legal-queue__mark').textContent()).toContain(SPOKEN)
  expect(await row.textContent()).toContain(headline)
  await legal.screenshot({ path: path.join(SHOTS, 'quote-binding-02-in-the-queue.png'), fullPage: true })
})
