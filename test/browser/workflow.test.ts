/**
 * One story through the newsroom in the real admin (Next.js build served by Dateline's express
 * server, Debian's chromium driven by playwright-core): a correspondent files it with a sensitive
 * quote and submits it from the workflow panel; an editor approves it; legal clears the quote in
 * the Legal queue; the editor publishes it; the public API then serves it. Each user has a browser
 * context of their own, and every step leaves a screenshot in test-results/screenshots/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Locator, type Page } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium'
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

const PASSWORD = 'browser-workflow-password'
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const STORY_001 = 'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days'
const STORY_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'

const stamp = Date.now()
const HEADLINE = `Border crossing reopens after three weeks ${stamp}`
const QUOTE = `The commander ordered the shelling himself ${stamp}`

let server: RunningServer
let browser: Browser
let dispatchId = ''

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  server = await startServerProcess({ DEMO_PASSWORD: PASSWORD, ADMIN_ENABLED: 'true' }, 180_000)
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  })
})

afterAll(async () => {
  await browser?.close()
  const code = await server?.stop()
  expect(code).toBe(0)
})

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(SHOTS, `workflow-${name}.png`), fullPage: true })

/** Signs in as a demo user in a fresh browser context and returns the page it lands on. */
async function signIn(role: 'correspondent' | 'editor' | 'legal'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.locator('input[name="email"]').fill(`${role}@dateline.local`)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  return page
}

/**
 * Clicks `button` until `appears` shows. A click that lands before React has hydrated the page is
 * lost, and this machine is slow; `appears` must be something the first effective click creates.
 */
async function clickUntil(button: Locator, appears: Locator): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if ((await appears.count()) === 0) await button.click()
    try {
      await appears.first().waitFor({ timeout: 5_000 })
      return
    } catch (error) {
      if (attempt >= 6) throw error
    }
  }
}

/** Picks an option in one of the admin's react-select inputs. */
async function choose(page: Page, fieldId: string, search: string, option: string): Promise<void> {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await field.locator('input.rs__input').fill(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function openDispatch(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/collections/dispatches/${dispatchId}`)
  await page.locator('#workflow-status').waitFor({ timeout: 60_000 })
}

const statusIs = (page: Page, status: string) => page.locator(`#workflow-status[data-status="${status}"]`).waitFor({ timeout: 30_000 })

/** The admin's own publishing controls must not be offered for dispatches. */
async function expectNoStockPublish(page: Page): Promise<void> {
  expect(await page.locator('#action-save').count()).toBe(0)
  expect(await page.getByRole('button', { name: /publish changes/i }).count()).toBe(0)
  expect(await page.locator('#schedule-publish, #action-revert-to-published').count()).toBe(0)
}

let correspondent: Page
let editor: Page
let legal: Page

test('a correspondent lands on their own dispatches', async () => {
  correspondent = await signIn('correspondent')
  await correspondent.waitForURL(/\/admin\/collections\/dispatches(\?|$)/, { timeout: 60_000 })
  // Story 000 carries their byline; story 001 is published but someone else's.
  await correspondent.getByRole('link', { name: STORY_000 }).first().waitFor()
  expect(await correspondent.getByRole('link', { name: STORY_001 }).count()).toBe(0)
  await shot(correspondent, '01-correspondent-list')
})

test('the correspondent files a draft with a byline, without a publish button', async () => {
  await correspondent.goto(`${server.url}/admin/collections/dispatches/create`)
  await correspondent.waitForLoadState('networkidle')
  await clickUntil(correspondent.locator('#field-byline .array-field__add-row'), correspondent.locator('#field-byline__0__correspondent'))
  await correspondent.locator('input[name="headline"]').fill(HEADLINE)
  await choose(correspondent, 'field-byline__0__correspondent', 'John Ray', 'John Ray')
  await choose(correspondent, 'field-byline__0__role', 'Reporter', 'Reporter')
  await expectNoStockPublish(correspondent)
  await shot(correspondent, '02-new-draft')
  await correspondent.locator('#action-save-draft').click()
  await correspondent.waitForURL(/\/admin\/collections\/dispatches\/\d+/, { timeout: 60_000 })
  dispatchId = /\/dispatches\/(\d+)/.exec(correspondent.url())![1]!
  await openDispatch(correspondent)
  await statusIs(correspondent, 'draft')
  await expectNoStockPublish(correspondent)
})

// Quotes come from the words: the correspondent types the speech into the body, and the server
// files it as a quote record (an unnamed source: sensitive, pending legal) on the autosave.
test('the correspondent adds a sensitive quote to it', async () => {
  await openDispatch(correspondent)
  const body = correspondent.locator('.rich-text-lexical [contenteditable="true"]').first()
  await body.click()
  await correspondent.keyboard.type('Shelling resumed at first light. ')
  await correspondent.keyboard.type(`“${QUOTE},” said a militia officer who asked not to be named.`)
  const item = correspondent.locator('#quoted-passages .quoted-passages__item', { hasText: QUOTE })
  await item.waitFor({ timeout: 60_000 })
  await item.locator('.legal-badge--pending').waitFor({ timeout: 30_000 })
  await shot(correspondent, '03-sensitive-quote')
})

test('the workflow panel says what blocks publishing, and the correspondent submits', async () => {
  await openDispatch(correspondent)
  const blockers = correspondent.locator('#workflow-blockers')
  await blockers.getByText(`is pending legal review`).first().waitFor()
  expect(await blockers.textContent()).toContain('The commander ordered the shelling')
  // A correspondent may only submit.
  expect(await correspondent.locator('#workflow-panel button').allTextContents()).toEqual(['Submit for review'])
  await shot(correspondent, '04-panel-before-submit')
  await correspondent.locator('#workflow-move-submit').click()
  await statusIs(correspondent, 'in_review')
  expect(await correspondent.locator('#workflow-panel button').count()).toBe(0)
  await shot(correspondent, '05-submitted')
})

test('an editor sees the refusals and approves', async () => {
  editor = await signIn('editor')
  // The desk keeps its dashboard; only correspondents are sent to their dispatches.
  expect(new URL(editor.url()).pathname).toMatch(/^\/admin\/?$/)
  await openDispatch(editor)
  await statusIs(editor, 'in_review')
  await expectNoStockPublish(editor)
  // Sending back without a note: the server's 400 message is shown.
  await editor.locator('#workflow-move-request_changes').click()
  await editor.locator('#workflow-error').getByText('To request changes a dispatch, give a note saying why').waitFor()
  await statusIs(editor, 'in_review')
  await editor.locator('#workflow-move-approve').click()
  await statusIs(editor, 'approved')
  // Publishing now fails the gate: the 409 names the quote.
  await editor.locator('#workflow-move-publish').click()
  const error = editor.locator('#workflow-error')
  await error.getByText('is pending legal review').waitFor()
  expect(await error.textContent()).toContain('The commander ordered the shelling')
  await statusIs(editor, 'approved')
  await shot(editor, '06-editor-approved-publish-refused')
})

test('legal clears the quote in the Legal queue', async () => {
  legal = await signIn('legal')
  // The link is in legal's navigation (collapsed at first, so followed rather than clicked).
  const link = legal.locator('#nav-legal-queue')
  expect(await link.textContent()).toBe('Legal queue')
  await legal.goto(`${server.url}${await link.getAttribute('href')}`)
  const item = legal.locator('.legal-queue__item', { hasText: QUOTE })
  await item.waitFor()
  expect(await item.textContent()).toContain(HEADLINE)
  expect(await item.textContent()).toContain('a militia officer who asked not to be named')
  // The server read the speaker (a source who asked not to be named) and gave legal its reason.
  expect(await item.locator('.legal-queue__reasons').textContent()).toContain('Anonymous source')
  // Story 000's quotes wait here too.
  await legal.locator('.legal-queue__item', { hasText: 'Now is the time for Jihad' }).first().waitFor()
  await shot(legal, '07-legal-queue')
  const id = await item.getAttribute('data-quote-id')
  // Rejecting needs a note: the dialog's Reject stays disabled without one; cancelling changes nothing.
  await clickUntil(item.getByRole('button', { name: 'Reject…' }), legal.locator(`#legal-confirm-${id}[open]`))
  expect(await legal.locator(`#legal-confirm-reject-${id}`).isDisabled()).toBe(true)
  await legal.locator(`#legal-confirm-${id}`).getByRole('button', { name: 'Cancel' }).click()
  await item.getByRole('button', { name: 'Approve…' }).click()
  await legal.locator(`#legal-confirm-approve-${id}`).click()
  // The row stays where it was, now cleared.
  await item.locator('.legal-badge--approved').waitFor({ timeout: 30_000 })
  await shot(legal, '08-legal-cleared')
})

test('the editor publishes from the workflow panel and the public API serves the story', async () => {
  await openDispatch(editor)
  await statusIs(editor, 'approved')
  await editor.locator('#workflow-clear').waitFor()
  await editor.locator('#workflow-move-publish').click()
  await statusIs(editor, 'published')
  await editor.locator('#workflow-live').waitFor()
  await expectNoStockPublish(editor)
  await shot(editor, '09-published')

  const staffRead = await editor.request.get(`${server.url}/api/dispatches/${dispatchId}?depth=0`)
  expect(staffRead.status()).toBe(200)
  const slug = ((await staffRead.json()) as { slug: string }).slug
  expect(slug).toBeTruthy()
  const live = await fetch(`${server.url}/api/dispatches/slug/${slug}`)
  expect(live.status).toBe(200)
  const body = (await live.json()) as Record<string, unknown> & { headline: string; quotes: { docs: Array<{ text: string }> } }
  expect(body.headline).toBe(HEADLINE)
  expect(body.quotes.docs.some((q) => q.text.includes(QUOTE))).toBe(true)
  expect(body.workflowStatus).toBeUndefined()
  expect(body.legalState).toBeUndefined()
})

test('the list shows each story with its status and legal state', async () => {
  await editor.goto(`${server.url}/admin/collections/dispatches`)
  const row = (headline: string) => editor.locator('tbody tr', { hasText: headline })
  const legalState = (headline: string) => row(headline).locator('.legal-state-cell')
  await legalState(HEADLINE).waitFor()
  expect(await legalState(HEADLINE).textContent()).toBe('cleared')
  expect(await row(HEADLINE).textContent()).toContain('Published')
  expect(await legalState(STORY_000).textContent()).toMatch(/^\d+ quotes pending legal$/)
  expect(await legalState(STORY_001).textContent()).toBe('—')
  // Selecting a story offers no bulk Publish / Unpublish (bulk edit is off for dispatches).
  await clickUntil(row(HEADLINE).locator('.select-row input, .select-row button, .select-row').first(), editor.locator('.list-selection'))
  await editor.locator('.list-selection').getByText(/1\s+selected/).waitFor()
  expect(await editor.getByRole('button', { name: /^(publish|unpublish|edit)$/i }).count()).toBe(0)
  await shot(editor, '10-list-status-and-legal')
})

test('scheduling asks for an embargo, then lists every reason the gate refuses', async () => {
  await editor.goto(`${server.url}/admin/collections/dispatches`)
  await editor.getByRole('link', { name: STORY_000 }).first().click()
  await editor.locator('#workflow-status').waitFor({ timeout: 60_000 })
  await statusIs(editor, 'in_review')
  await editor.locator('#workflow-move-approve').click()
  await statusIs(editor, 'approved')
  await editor.locator('#workflow-move-schedule').click()
  await editor.locator('#workflow-error').getByText('Scheduling needs embargoUntil').waitFor()
  await editor.locator('#workflow-embargo').fill('2031-05-04T09:30')
  await editor.locator('#workflow-move-schedule').click()
  const error = editor.locator('#workflow-error')
  await error.getByText('Now is the time for Jihad').first().waitFor()
  // One line per blocked quote, as the panel's own blocker list shows them.
  const blockers = await editor.locator('#workflow-blockers li').count()
  expect(blockers).toBeGreaterThan(1)
  expect(await error.locator('li').count()).toBe(blockers)
  await statusIs(editor, 'approved')
  await shot(editor, '11-schedule-refused')
})
