/**
 * A desk editor signs into the real admin (Next.js build served by Dateline's express server,
 * Debian's chromium driven by playwright-core) and opens both demo stories.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium'
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

const PASSWORD = 'browser-demo-password'
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let server: RunningServer
let browser: Browser
let page: Page

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  server = await startServerProcess({ DEMO_PASSWORD: PASSWORD, ADMIN_ENABLED: 'true' }, 180_000)
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
})

afterAll(async () => {
  await browser?.close()
  const code = await server?.stop()
  expect(code).toBe(0)
})

async function signIn(email: string): Promise<void> {
  await page.goto(`${server.url}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}

async function openStory(headline: string): Promise<void> {
  await page.goto(`${server.url}/admin/collections/dispatches`)
  await page.getByRole('link', { name: headline }).first().click()
  await page.waitForURL(/\/admin\/collections\/dispatches\/\d+/)
  const field = page.locator('input[name="headline"]')
  await field.waitFor()
  expect(await field.inputValue()).toBe(headline)
}

const STORY_001 = 'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days'
const STORY_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'

test('an editor signs in and sees both stories in the list', async () => {
  await signIn('editor@dateline.local')
  await page.goto(`${server.url}/admin/collections/dispatches`)
  await page.getByRole('link', { name: STORY_001 }).first().waitFor()
  await page.getByRole('link', { name: STORY_000 }).first().waitFor()
  await page.screenshot({ path: path.join(SHOTS, '01-dispatch-list.png'), fullPage: true })
})

test('story 001 opens with its byline and credited pictures', async () => {
  await openStory(STORY_001)
  const form = page.locator('form')
  for (const name of ['John Irvine', 'Sean Swan', 'Lutfi Abu Aun']) {
    await form.getByText(name, { exact: false }).first().waitFor()
  }
  await form.getByText('Refugees shelter from the fighting.').first().waitFor()
  await page.screenshot({ path: path.join(SHOTS, '02-story-001.png'), fullPage: true })
})

test('story 000 opens with its quotes and their legal state', async () => {
  await openStory(STORY_000)
  const form = page.locator('form')
  await form.getByText('John Ray').first().waitFor()
  await form.getByText('Drone footage obtained exclusively by ITV News').first().waitFor()
  // The quotes join field lists the story's quotes in its own table, below the body copy.
  const quotes = page.locator('#field-quotes')
  await quotes.getByText('Now is the time for Jihad').first().waitFor()
  await quotes.getByText('They stole money and they saw his neck').first().waitFor()
  expect(await quotes.locator('tbody tr').count()).toBe(8)
  await page.screenshot({ path: path.join(SHOTS, '03-story-000.png'), fullPage: true })
})

test('a picture shows its credit line', async () => {
  await page.goto(`${server.url}/admin/collections/media-assets`)
  await page.getByText('ITV News/Barnaby Green').first().waitFor()
  await page.screenshot({ path: path.join(SHOTS, '04-media-credits.png'), fullPage: true })
})

const PASTED = `Floodwaters cut off villages north of Sylhet

Heavy rain has cut off dozens of villages in north-eastern Bangladesh.

Correspondent Nadia Rahman and cameraman Omar Faruk reached the area by boat.

Villagers wade through flooded rice fields. Credit: Reuters

"We lost everything in one night," said a farmer who asked not to be named.

The water is expected to rise again this week.`

test('an editor pastes a story into "Import story" and lands on the new draft', async () => {
  await page.goto(`${server.url}/admin/collections/dispatches`)
  await page.locator('#import-story-open').click()
  await page.locator('#import-story-text').fill(PASTED)
  await page.screenshot({ path: path.join(SHOTS, '05-import-story.png'), fullPage: true })
  await page.locator('#import-story-submit').click()
  await page.waitForURL(/\/admin\/collections\/dispatches\/\d+$/, { timeout: 60_000 })
  const field = page.locator('input[name="headline"]')
  await field.waitFor()
  expect(await field.inputValue()).toBe('Floodwaters cut off villages north of Sylhet')
  const form = page.locator('form')
  await form.getByText('Nadia Rahman').first().waitFor()
  await form.getByText('Villagers wade through flooded rice fields.').first().waitFor()
  const quotes = page.locator('#field-quotes')
  await quotes.getByText('We lost everything in one night').first().waitFor()
  await page.screenshot({ path: path.join(SHOTS, '06-imported-draft.png'), fullPage: true })
})
