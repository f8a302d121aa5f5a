/**
 * An admin opens a failed webhook delivery in the real admin and redelivers it; the receiver gets
 * the same delivery id and body again and the log shows it delivered.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'

import { startServerProcess, type RunningServer } from '../helpers/serverProcess'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver'

const PASSWORD = 'browser-webhook-password'
// As in admin.test.ts (importing it would run its tests here too).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots')

let server: RunningServer
let receiver: Receiver
let browser: Browser
let page: Page

type Doc = { id: number; status?: string; deliveryId?: string; attempts?: number }

async function api(method: string, route: string, auth: string | null, body?: unknown): Promise<{ status: number; json: { token?: string; doc?: Doc; docs?: Doc[] } }> {
  const res = await fetch(`${server.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth && { authorization: auth }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: await res.json() }
}

const login = async (role: string): Promise<string> =>
  `JWT ${(await api('POST', '/api/users/login', null, { email: `${role}@dateline.local`, password: PASSWORD })).json.token}`

async function deliveryWhen(admin: string, done: (d: Doc) => boolean): Promise<Doc> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const [doc] = (await api('GET', '/api/webhook-deliveries?depth=0', admin)).json.docs ?? []
    if (doc && done(doc)) return doc
    if (Date.now() > deadline) throw new Error(`delivery not as expected: ${JSON.stringify(doc)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true })
  receiver = await startReceiver()
  server = await startServerProcess(
    { DEMO_PASSWORD: PASSWORD, ADMIN_ENABLED: 'true', WEBHOOK_ALLOW_LOOPBACK: 'true', WEBHOOK_MAX_ATTEMPTS: '1', WEBHOOK_POLL_MS: '200' },
    180_000,
  )
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
})

afterAll(async () => {
  await browser?.close()
  expect(await server?.stop()).toBe(0)
  await receiver?.close()
})

test('an admin redelivers a failed delivery from the delivery log', async () => {
  const admin = await login('admin')
  const editor = await login('editor')
  receiver.otherwise = 500
  expect((await api('POST', '/api/webhook-subscriptions', admin, { url: receiver.url, secret: 'browser-test-secret-0123', events: ['dispatch.published'] })).status).toBe(201)
  const reporter = (await api('GET', '/api/correspondents?limit=1', editor)).json.docs?.[0].id
  const created = await api('POST', '/api/dispatches?draft=true', editor, { headline: 'Redelivered in the admin', byline: [{ correspondent: reporter, role: 'reporter' }] })
  expect(created.status).toBe(201)
  for (const to of ['in_review', 'approved', 'published']) {
    expect((await api('POST', `/api/dispatches/${created.json.doc?.id}/transition`, editor, { to })).status).toBe(200)
  }
  const failed = await deliveryWhen(admin, (d) => d.status === 'failed')
  receiver.otherwise = 200

  await page.goto(`${server.url}/admin/login`)
  await page.locator('input[name="email"]').fill('admin@dateline.local')
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  await page.goto(`${server.url}/admin/collections/webhook-deliveries`)
  await page.getByText('failed').first().waitFor()
  await page.goto(`${server.url}/admin/collections/webhook-deliveries/${failed.id}`)
  const lastError = page.locator('input[name="lastError"]')
  await lastError.waitFor()
  expect(await lastError.inputValue()).toBe('receiver answered HTTP 500')
  await page.screenshot({ path: path.join(SHOTS, '20-webhook-delivery-failed.png'), fullPage: true })
  await page.locator('#webhook-redeliver').click()
  await page.locator('#webhook-redeliver-message').getByText('Queued again').waitFor()

  const delivered = await deliveryWhen(admin, (d) => d.status === 'delivered')
  expect(delivered.deliveryId).toBe(failed.deliveryId)
  expect(receiver.received.map((r) => [r.headers['x-dateline-delivery'], r.answeredWith])).toEqual([
    [failed.deliveryId, 500],
    [failed.deliveryId, 200],
  ])
  expect(receiver.received[1].rawBody).toBe(receiver.received[0].rawBody)
  await page.reload()
  await page.locator('input[name="lastError"]').waitFor()
  expect(await page.locator('input[name="lastError"]').inputValue()).toBe('')
  await page.screenshot({ path: path.join(SHOTS, '21-webhook-delivery-redelivered.png'), fullPage: true })
})
