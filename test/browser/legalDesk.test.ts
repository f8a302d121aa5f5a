/**
 * Legal's desk and the newsroom's words, in the real admin (Next.js build served by Dateline's
 * express server, Debian's chromium driven by playwright-core), on the demo newsroom:
 * legal lands on a dashboard card with the count waiting, works the queue with each quote in its
 * paragraph and the paragraphs around it, approves and re-opens a decision through a confirmation
 * dialog while the list stays still, places and lifts a legal hold from the workflow panel; the
 * editor reads statuses and legal states in words; a correspondent's story in review is read only,
 * with the reason. Every step leaves a screenshot in test-results/screenshots/.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium'
import { startServerProcess, type RunningServer } from '../helpers/serverProcess'

const PASSWORD = 'browser-legal-desk-password'
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')
const STORY_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'
const JIHAD = 'Now is the time for Jihad'
/** Stored values that must never be what a person reads. */
const RAW_VALUES = /\b(in_review|changes_requested|not_required|extremist_content|anonymous_source|court_case)\b/

let server: RunningServer
let browser: Browser
let story000 = ''

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

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: path.join(SHOTS, `legal-desk-${name}.png`), fullPage: true })

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

/** Clicks until `appears` shows: a click before React has hydrated the page is lost on this slow machine. */
async function clickUntil(page: Page, selector: string, appears: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (!(await page.locator(appears).isVisible())) await page.locator(selector).click()
    try {
      await page.locator(appears).waitFor({ state: 'visible', timeout: 5_000 })
      return
    } catch (error) {
      if (attempt >= 6) throw error
    }
  }
}

let legal: Page
let editor: Page

/** Calls the API as a demo user with a token (a browser context's cookie counts only from the admin's origin). */
async function api<T>(role: 'legal' | 'editor', url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: `${role}@dateline.local`, password: PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${server.url}${url}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `JWT ${token}`, ...(init.body !== undefined && { 'Content-Type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  expect(res.status).toBe(init.method === 'POST' && url.startsWith('/api/dispatches?') ? 201 : 200)
  return (await res.json()) as T
}
const apiGet = <T,>(role: 'legal' | 'editor', url: string): Promise<T> => api<T>(role, url)

test('legal lands on a dashboard card with the count of quotes and stories waiting', async () => {
  legal = await signIn('legal')
  const card = legal.locator('#legal-dashboard-card')
  await card.waitFor({ timeout: 60_000 })
  const { totalDocs } = await apiGet<{ totalDocs: number }>('legal', '/api/quotes?where[sensitive][equals]=true&where[legal.status][equals]=pending&limit=1')
  expect(totalDocs).toBeGreaterThan(0)
  // The count is the quotes and the stories waiting for legal's approval as a whole (a read, a seal).
  const { counts } = await apiGet<{ counts: { quotes: number; stories: number; total: number } }>('legal', '/api/dispatches/legal-queue')
  expect(counts).toMatchObject({ quotes: totalDocs, total: totalDocs + counts.stories })
  expect(await legal.locator('#legal-dashboard-count').textContent()).toBe(String(counts.total))
  expect(await card.textContent()).toContain(`${totalDocs} quotes`)
  expect(await card.textContent()).toContain('wait for legal')
  // A favicon of Dateline's own.
  expect(await legal.locator('link[rel="icon"]').first().getAttribute('href')).toContain('dateline-icon.svg')
  await shot(legal, '01-dashboard')
})

test('the queue shows each quote in its paragraph, with the paragraphs around it, speaker, identity notes and reasons in words', async () => {
  await legal.locator('#legal-dashboard-card').click()
  await legal.waitForURL(/\/admin\/legal-queue/)
  await legal.locator('#legal-queue').waitFor()
  expect(await legal.title()).toContain('Legal queue')
  const item = legal.locator('.legal-queue__item', { hasText: JIHAD }).first()
  await item.waitFor()
  // The paragraph with the words marked, and its neighbours.
  const paragraphs = item.locator('.legal-queue__paragraph')
  expect(await paragraphs.count()).toBe(3)
  expect(await item.locator('.legal-queue__mark').textContent()).toBe(JIHAD)
  expect(await item.locator('.legal-queue__paragraph--quote').textContent()).toContain('a commander urged his beleaguered forces')
  expect(await item.locator('.legal-queue__reasons').textContent()).toContain('Extremist content')
  expect(await item.locator('.legal-queue__speaker').textContent()).toContain('a commander (anonymous)')
  expect(await item.locator('.legal-queue__story-status').textContent()).toContain('In review')
  const aisha = legal.locator('.legal-queue__item', { hasText: 'They stole money' }).first()
  expect(await aisha.locator('.legal-queue__identity').textContent()).toContain('Real name withheld at her request')
  expect(await aisha.locator('.legal-queue__reasons').textContent()).toContain('Violence')
  expect(await legal.locator('#legal-queue').innerText()).not.toMatch(RAW_VALUES)
  const href = await item.locator('.legal-queue__story a', { hasText: STORY_000 }).getAttribute('href')
  story000 = /\/dispatches\/(\d+)/.exec(href ?? '')![1]!
  await shot(legal, '02-queue-in-context')
})

test('approving asks for confirmation and the list stays still; legal re-opens and rejects with a note', async () => {
  const items = legal.locator('.legal-queue__item')
  const count = await items.count()
  const item = legal.locator('.legal-queue__item', { hasText: JIHAD }).first()
  const id = await item.getAttribute('data-quote-id')
  // Where the row sits in its list (not in the viewport, which scrolls to the button clicked).
  const top = (): Promise<number> =>
    item.evaluate((el) => Math.round(el.getBoundingClientRect().top - el.parentElement!.getBoundingClientRect().top))
  const before = await top()

  await clickUntil(legal, `#legal-approve-${id}`, `#legal-confirm-${id}`)
  const dialog = legal.locator(`#legal-confirm-${id}`)
  expect(await dialog.textContent()).toContain(JIHAD)
  await shot(legal, '03-approve-confirmation')
  // Nothing is decided until the dialog is confirmed.
  expect(await item.getAttribute('data-state')).toBe('pending')
  await legal.locator(`#legal-confirm-approve-${id}`).click()
  await item.locator('.legal-badge--approved').waitFor()
  expect(await item.locator('.legal-decision__state').textContent()).toContain('Cleared by legal')
  // The decided row keeps its place: same count, same position, so no other button slid under the pointer.
  expect(await items.count()).toBe(count)
  expect(await top()).toBe(before)
  expect(await legal.locator(`#legal-approve-${id}`).count()).toBe(0)
  await shot(legal, '04-approved-in-place')

  expect((await apiGet<{ legal: { status: string } }>('legal', `/api/quotes/${id}?depth=0`)).legal.status).toBe('approved')

  // Re-open the decision: reject needs a note before it can be confirmed.
  await legal.locator(`#legal-reopen-${id}`).click()
  await legal.locator(`#legal-reject-${id}`).click()
  await dialog.waitFor({ state: 'visible' })
  expect(await legal.locator(`#legal-confirm-reject-${id}`).isDisabled()).toBe(true)
  await legal.locator(`#legal-note-${id}`).fill('Incitement: paraphrase it instead')
  await legal.locator(`#legal-confirm-reject-${id}`).click()
  await item.locator('.legal-badge--rejected').waitFor()
  expect(await item.locator('.legal-decision__state').textContent()).toContain('Incitement: paraphrase it instead')
  expect((await apiGet<{ legal: { status: string; note: string } }>('legal', `/api/quotes/${id}?depth=0`)).legal).toMatchObject({
    status: 'rejected',
    note: 'Incitement: paraphrase it instead',
  })
  await shot(legal, '05-reopened-rejected')

  // After a reload it is among legal's recent decisions, where it can be changed again.
  await legal.reload()
  await legal.locator('#legal-recent .legal-queue__item', { hasText: JIHAD }).waitFor()
  expect(await legal.locator('#legal-queue .legal-queue__item', { hasText: JIHAD }).count()).toBe(0)
})

test('legal places a hold from the workflow panel, with a reason, and lifts it', async () => {
  await legal.goto(`${server.url}/admin/collections/dispatches/${story000}`)
  await legal.locator('#workflow-status').waitFor({ timeout: 60_000 })
  // Legal reads the copy; the form says why it cannot type into it.
  await legal.locator('#copy-read-only').waitFor()
  expect(await legal.locator('#copy-read-only').textContent()).toContain('Read only for legal')
  // Every gate reason links to what it names.
  const quoteLink = legal.locator('#workflow-blockers li[data-code="QUOTE_NOT_CLEARED"] a').first()
  expect(await quoteLink.getAttribute('href')).toMatch(/\/admin\/collections\/quotes\/\d+$/)

  await clickUntil(legal, '#workflow-hold-place', '#workflow-hold-dialog')
  expect(await legal.locator('#workflow-hold-confirm').isDisabled()).toBe(true)
  await legal.locator('#workflow-hold-reason').fill('Injunction sought by the family')
  await shot(legal, '06-hold-confirmation')
  await legal.locator('#workflow-hold-confirm').click()
  await legal.locator('#workflow-hold[data-active="true"]').waitFor({ timeout: 30_000 })
  const hold = legal.locator('#workflow-blockers li[data-code="LEGAL_HOLD"]')
  expect(await hold.textContent()).toContain('Injunction sought by the family')
  expect(await hold.locator('a').getAttribute('href')).toBe('#workflow-hold')
  expect(await legal.locator('#workflow-hold-state').textContent()).toContain('Injunction sought by the family')
  await shot(legal, '07-hold-placed')
  expect((await apiGet<{ legalHold: { active: boolean } }>('legal', `/api/dispatches/${story000}?draft=true&depth=0`)).legalHold.active).toBe(true)

  await legal.locator('#workflow-hold-lift').click()
  await legal.locator('#workflow-hold-dialog').waitFor({ state: 'visible' })
  await legal.locator('#workflow-hold-confirm').click()
  await legal.locator('#workflow-hold[data-active="false"]').waitFor({ timeout: 30_000 })
  expect(await legal.locator('#workflow-blockers li[data-code="LEGAL_HOLD"]').count()).toBe(0)
  expect((await apiGet<{ legalHold: { active: boolean } }>('legal', `/api/dispatches/${story000}?draft=true&depth=0`)).legalHold.active).toBe(false)
  await shot(legal, '08-hold-lifted')
})

test('legal reads a story’s text in the queue, approves it with confirmation, and sees what changed after an edit', async () => {
  await api('legal', `/api/dispatches/${story000}/legal-read`, { method: 'POST', body: { required: true, note: 'Sally Jones claims' } })
  await legal.goto(`${server.url}/admin/legal-queue`)
  const row = legal.locator(`#legal-reads #story-${story000}`)
  await row.waitFor({ timeout: 30_000 })
  expect(await row.textContent()).toContain('Legal asked to read this story')
  expect(await legal.locator('#legal-reads').innerText()).not.toMatch(RAW_VALUES)
  await shot(legal, '08a-story-read')
  await legal.locator(`#legal-approve-story-${story000}`).click()
  await legal.locator(`#legal-confirm-story-${story000}`).waitFor({ state: 'visible' })
  expect(await legal.locator(`#legal-confirm-story-${story000}`).textContent()).toContain('the story’s text as it stands')
  await legal.locator(`#legal-confirm-approve-story-${story000}`).click()
  await row.locator('.legal-badge--approved').waitFor({ timeout: 30_000 })
  expect((await api<{ status: string }>('legal', `/api/dispatches/${story000}/legal-review`)).status).toBe('approved')

  // The desk edits the text: the read is open again, and legal sees the words that changed.
  const draft = await api<{ standfirst: string }>('editor', `/api/dispatches/${story000}?draft=true&depth=0`)
  await api('editor', `/api/dispatches/${story000}?draft=true`, {
    method: 'PATCH',
    headers: { 'If-Match': '*' },
    body: { standfirst: `${draft.standfirst} Officials named her on Tuesday.` },
  })
  await legal.reload()
  const again = legal.locator(`#legal-reads #story-${story000}`)
  await again.locator('.legal-diff--story ins').first().waitFor({ timeout: 30_000 })
  expect(await again.locator('.legal-diff--story ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Officials')]))
  expect(await again.getAttribute('data-state')).toBe('pending')
  await shot(legal, '08b-story-read-diff')
})

test('legal approves from the queue a story its seal re-opened (a paragraph made bold after legal approved it)', async () => {
  const paragraph = (words: string, format = 0) => ({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children: [{ type: 'text', version: 1, text: words, format, style: '', mode: 'normal', detail: 0 }],
  })
  const doc = (format: number) => ({
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph('Shelling resumed at first light.'), paragraph('Tom Reyes is accused of fraud.'), paragraph('The council met in private on Monday.', format)] },
  })
  const reporter = (await apiGet<{ docs: Array<{ id: number }> }>('editor', '/api/correspondents?limit=1&depth=0')).docs[0]!.id
  const made = await api<{ doc: { id: number } }>('editor', '/api/dispatches?draft=true', {
    method: 'POST',
    body: { headline: `Council fraud inquiry ${Date.now()}`, byline: [{ correspondent: reporter, role: 'reporter' }], body: doc(0) },
  })
  const id = made.doc.id
  const seen = await apiGet<{ hash: string }>('legal', `/api/dispatches/${id}/legal-review`)
  await api('legal', `/api/dispatches/${id}/legal-review`, { method: 'POST', body: { decision: 'approve', reviewed: seen.hash } })
  // The desk makes a paragraph bold: not a word changed, but not what legal approved.
  await api('editor', `/api/dispatches/${id}?draft=true`, { method: 'PATCH', headers: { 'If-Match': '*' }, body: { body: doc(1) } })
  expect((await apiGet<{ sealed: { approved: boolean } }>('legal', `/api/dispatches/${id}/legal-review`)).sealed.approved).toBe(false)

  await legal.goto(`${server.url}/admin/legal-queue`)
  const row = legal.locator(`#legal-reads #story-${id}`)
  await row.waitFor({ timeout: 30_000 })
  expect(await row.locator(`#legal-sealed-${id}`).textContent()).toContain('text format changed')
  expect(await row.getAttribute('data-state')).toBe('pending')
  await shot(legal, '08c-story-reopened-by-seal')
  await clickUntil(legal, `#legal-approve-story-${id}`, `#legal-confirm-story-${id}`)
  await legal.locator(`#legal-confirm-approve-story-${id}`).click()
  await row.locator('.legal-badge--approved').waitFor({ timeout: 30_000 })
  const after = await apiGet<{ sealed: { approved: boolean; changes: string[] } }>('legal', `/api/dispatches/${id}/legal-review`)
  expect(after.sealed).toMatchObject({ approved: true, changes: [] })
  await shot(legal, '08d-story-reopened-approved')
})

test('the editor reads statuses, legal states, reasons and pictures in words', async () => {
  editor = await signIn('editor')
  await editor.goto(`${server.url}/admin/collections/dispatches`)
  const row = editor.locator('tbody tr', { hasText: STORY_000 })
  await row.waitFor({ timeout: 60_000 })
  expect(await row.textContent()).toContain('In review')
  expect(await editor.locator('main, .collection-list').first().innerText()).not.toMatch(RAW_VALUES)
  await shot(editor, '09-list-in-words')

  await editor.goto(`${server.url}/admin/collections/dispatches/${story000}`)
  await editor.locator('#workflow-status').waitFor({ timeout: 60_000 })
  expect(await editor.locator('#workflow-status').textContent()).toBe('In review')
  // The story's quoted passages, each with its legal state, under the body.
  const passages = editor.locator('#quoted-passages')
  await passages.locator('.quoted-passages__item').first().waitFor({ timeout: 30_000 })
  expect(await passages.locator('.quoted-passages__item', { hasText: JIHAD }).locator('.legal-badge').textContent()).toBe('Rejected by legal')
  expect(await passages.locator('.legal-badge--pending').count()).toBeGreaterThan(0)
  expect(await passages.innerText()).toContain('Pending legal')
  // Pictures with thumbnail, caption and credit line.
  const media = editor.locator('#media-preview .media-preview__item')
  await media.first().waitFor({ timeout: 30_000 })
  expect(await media.first().innerText()).toMatch(/Credit: \S/)
  expect(await media.first().locator('img').count()).toBe(1)
  // The quotes table of the join field carries each quote's legal state.
  const joinCell = editor.locator('.quote-legal-cell').first()
  await joinCell.waitFor({ timeout: 30_000 })
  expect(await editor.locator('.quote-legal-cell', { hasText: 'Pending legal' }).count()).toBeGreaterThan(0)
  expect(await editor.locator('#workflow-panel').innerText()).not.toMatch(RAW_VALUES)
  await shot(editor, '10-edit-view-in-words')
})

test('a correspondent’s story in review is read only, and says why', async () => {
  const correspondent = await signIn('correspondent')
  await correspondent.goto(`${server.url}/admin/collections/dispatches/${story000}`)
  await correspondent.locator('#copy-read-only').waitFor({ timeout: 60_000 })
  expect(await correspondent.locator('#copy-read-only').textContent()).toContain('In review — the desk is editing this story')
  const headline = correspondent.locator('input[name="headline"]')
  const was = await headline.inputValue()
  // The field cannot take focus or text: the form is inert, so nothing is typed only to be dropped.
  await headline.click({ force: true }).catch(() => undefined)
  await correspondent.keyboard.type(' EDITED')
  expect(await headline.inputValue()).toBe(was)
  await shot(correspondent, '11-correspondent-read-only')
})
