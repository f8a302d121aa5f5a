/**
 * Scheduled publishing on Payload's jobs queue, with the runner inside the app (nothing else is
 * started), and the desk's mail through a real SMTP server on loopback.
 */
import type { Dispatch } from '../../payload-types'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { createStoryFixture, quoteInCopy } from '../helpers/storyFixture'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtpCapture'
import { reviewing } from '../helpers/legalReview'

let t: TestApp
let smtp: SmtpCapture
let reporterId = 0

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const post = async (role: DemoRole, url: string, body: Record<string, unknown>) =>
  t.http.post(url).set('Authorization', await jwt(role)).send(body)

const working = (id: number): Promise<Dispatch> => t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
const story = (status: Dispatch['workflowStatus']): Promise<Dispatch> =>
  createStoryFixture(t.payload, reporterId, status, {}, 'Embargoed story')

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const inSeconds = (s: number): string => new Date(Date.now() + s * 1000).toISOString()

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(100)
  }
}

const eventsOf = async (id: number) =>
  (await t.payload.find({ collection: 'workflow-events', where: { dispatch: { equals: id } }, sort: 'createdAt', pagination: false, depth: 0 })).docs

beforeAll(async () => {
  smtp = await startSmtpCapture()
  t = await startTestApp({ SMTP_URL: smtp.url, SMTP_FROM: 'Dateline Desk <desk@dateline.local>' })
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  reporterId = docs[0].id
})
afterAll(async () => {
  await t?.stop()
  await smtp?.stop()
})

describe('a scheduled story goes out at its embargo on its own', () => {
  it('is published within about a second of the embargo, with the publication stamp and a system audit row', async () => {
    const s = await story('approved')
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(404)
    const embargo = inSeconds(2)
    const scheduled = await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: embargo })
    expect(scheduled.status).toBe(200)
    // Not before the embargo.
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(404)

    const live = await eventually(async () => {
      const res = await t.http.get(`/api/dispatches/slug/${s.slug}`)
      return res.status === 200 ? res : null
    })
    const wentLiveAt = Date.now()
    expect(live.body).toMatchObject({ id: s.id, headline: s.headline })
    const publishedAt = Date.parse(live.body.publishedAt)
    console.log(`release delay after the embargo: ${publishedAt - Date.parse(embargo)} ms (seen by a reader after ${wentLiveAt - Date.parse(embargo)} ms)`)
    expect(publishedAt).toBeGreaterThanOrEqual(Date.parse(embargo))
    // Seconds-level precision: the runner ticks every second.
    expect(publishedAt - Date.parse(embargo)).toBeLessThan(2500)
    expect(wentLiveAt - Date.parse(embargo)).toBeLessThan(4000)
    expect(live.body.firstPublishedAt).toBe(live.body.publishedAt)
    // Anonymous lists carry it too.
    const list = await t.http.get(`/api/dispatches?where[slug][equals]=${s.slug}`)
    expect(list.body.docs.map((d: Dispatch) => d.id)).toEqual([s.id])

    const events = await eventsOf(s.id)
    expect(events.map((e) => [e.kind, e.from, e.to, e.actor ?? null])).toEqual([
      ['transition', 'approved', 'scheduled', (await t.user('editor')).id],
      ['transition', 'scheduled', 'published', null],
    ])
    expect(events[1].gate).toMatchObject({ legalHold: false, failures: [] })
    expect((await working(s.id)).workflowStatus).toBe('published')
  })

  it('unscheduling makes the pending job harmless: nothing publishes at the old embargo', async () => {
    const s = await story('approved')
    expect((await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: inSeconds(2) })).status).toBe(200)
    expect((await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'approved' })).status).toBe(200)
    await sleep(4000)
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(404)
    const after = await working(s.id)
    expect([after.workflowStatus, after._status, after.embargoUntil ?? null]).toEqual(['approved', 'draft', null])
    expect((await eventsOf(s.id)).map((e) => e.to)).toEqual(['scheduled', 'approved'])
    const { docs: jobs } = await t.payload.find({ collection: 'payload-jobs', where: { 'input.dispatchId': { equals: String(s.id) } }, pagination: false })
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ hasError: true, error: { cancelled: true } })
  })

  it('scheduling again replaces the earlier job; the story goes out once, at the new embargo', async () => {
    const s = await story('approved')
    await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: inSeconds(60) })
    await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'approved' })
    await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: inSeconds(1) })
    await eventually(async () => (await t.http.get(`/api/dispatches/slug/${s.slug}`)).status === 200)
    await sleep(1500)
    expect((await eventsOf(s.id)).filter((e) => e.to === 'published')).toHaveLength(1)
  })
})

describe('the jobs queue over HTTP', () => {
  it('is closed: nobody reads or writes jobs; only admins may trigger a run, which releases nothing early', async () => {
    for (const role of ['admin', 'editor', 'correspondent', 'legal', 'frontend'] as const) {
      expect((await t.http.get('/api/payload-jobs').set('Authorization', await jwt(role))).status).toBe(403)
      expect((await t.http.post('/api/payload-jobs').set('Authorization', await jwt(role)).send({ taskSlug: 'releaseScheduledDispatch', input: {} })).status).toBe(403)
    }
    expect((await t.http.get('/api/payload-jobs')).status).toBe(403)
    for (const role of ['editor', 'correspondent', 'legal', 'frontend'] as const) {
      expect((await t.http.get('/api/payload-jobs/run').set('Authorization', await jwt(role))).status).toBe(401)
    }
    const s = await story('approved')
    await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: inSeconds(3600) })
    expect((await t.http.get('/api/payload-jobs/run').set('Authorization', await jwt('admin'))).status).toBe(200)
    expect((await working(s.id)).workflowStatus).toBe('scheduled')
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(404)
  })
})

describe('the gate runs again at the embargo', () => {
  it('a legal hold placed after scheduling sends the story back to approved, says why, and mails the editors', async () => {
    const s = await story('approved')
    const embargo = inSeconds(2)
    expect((await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: embargo })).status).toBe(200)
    expect((await post('legal', `/api/dispatches/${s.id}/legal-hold`, { active: true, reason: 'Injunction application pending' })).status).toBe(200)

    const back = await eventually(async () => {
      const doc = await working(s.id)
      return doc.workflowStatus === 'approved' ? doc : null
    })
    expect(back.embargoUntil ?? null).toBeNull()
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(404)

    const failed = (await eventsOf(s.id)).filter((e) => e.kind === 'schedule_failed')
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ from: 'scheduled', to: 'approved' })
    expect(failed[0].actor ?? null).toBeNull()
    expect(failed[0].note).toContain('The dispatch is under a legal hold: Injunction application pending')
    expect(failed[0].gate).toMatchObject({ legalHold: true })

    const mail = await smtp.waitFor((m) => m.subject === `Scheduled publish failed: ${s.headline}`)
    expect(mail.to).toEqual(['editor@dateline.local'])
    expect(mail.from).toBe('desk@dateline.local')
    expect(mail.text).toContain(`"${s.headline}" was scheduled to go out at`)
    expect(mail.text).toContain('- The dispatch is under a legal hold: Injunction application pending')
    expect(mail.text).toContain(`http://localhost:3000/admin/collections/dispatches/${s.id}`)
  })

  it('a quote edited after legal approved it sends the story back; legal is mailed about the quote', async () => {
    const s = await story('approved')
    const quote = await quoteInCopy(t.payload, s.id, { text: 'He was taken at dawn', sensitive: true, speaker: { name: 'A neighbour' } })
    expect((await post('legal', `/api/quotes/${quote.id}/legal-review`, await reviewing(t.payload, 'quotes', quote.id, { decision: 'approve' }))).status).toBe(200)
    expect((await post('editor', `/api/dispatches/${s.id}/transition`, { to: 'scheduled', embargoUntil: inSeconds(2) })).status).toBe(200)
    // The desk rewords the quote in the story; the quote follows its words and waits for legal again.
    const copy = await working(s.id)
    const edited = await t.http
      .patch(`/api/dispatches/${s.id}?draft=true`)
      .set('Authorization', await jwt('editor'))
      .send({ body: JSON.parse(JSON.stringify(copy.body).replace('He was taken at dawn', 'He was taken at dawn by masked men')) })
    expect(edited.status).toBe(200)

    await eventually(async () => (await working(s.id)).workflowStatus === 'approved')
    const failed = (await eventsOf(s.id)).find((e) => e.kind === 'schedule_failed')
    expect(failed?.note).toContain('Quote "He was taken at dawn by masked men" is pending legal review')
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(404)

    const legalMail = await smtp.waitFor((m) => m.subject === `Legal review needed: ${s.headline}` && m.text.includes('by masked men'))
    expect(legalMail.to).toEqual(['legal@dateline.local'])
    expect(legalMail.text).toContain('A sensitive quote in')
    const deskMail = await smtp.waitFor((m) => m.subject === `Scheduled publish failed: ${s.headline}`)
    expect(deskMail.to).toEqual(['editor@dateline.local'])
  })
})

describe('notifications', () => {
  it('submitting mails the editors; requesting changes mails the author (creator and bylined users)', async () => {
    const created = await post('correspondent', '/api/dispatches?draft=true', {
      headline: `Filed for the desk ${Date.now()}`,
      byline: [{ correspondent: reporterId, role: 'reporter' }],
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    const headline = created.body.doc.headline as string
    expect((await post('correspondent', `/api/dispatches/${id}/transition`, { to: 'in_review' })).status).toBe(200)
    const review = await smtp.waitFor((m) => m.subject === `For review: ${headline}`)
    expect(review.to).toEqual(['editor@dateline.local'])
    expect(review.text).toContain(`submitted "${headline}"`)
    expect(review.text).toContain(`http://localhost:3000/admin/collections/dispatches/${id}`)

    const sentBack = await post('editor', `/api/dispatches/${id}/transition`, { to: 'changes_requested', note: 'Needs a second source for the casualty figures' })
    expect(sentBack.status).toBe(200)
    const changes = await smtp.waitFor((m) => m.subject === `Changes requested: ${headline}`)
    expect(changes.to).toEqual(['correspondent@dateline.local'])
    expect(changes.text).toContain('Needs a second source for the casualty figures')
    expect(changes.text).toContain(`http://localhost:3000/admin/collections/dispatches/${id}`)
  })

  it('a mail relay that refuses the message does not fail or undo the move', async () => {
    const s = await story('draft')
    smtp.setFailing(true)
    try {
      const refusedBefore = smtp.refused()
      // The admin submits, so the editors are written to (whoever acts is not).
      const res = await post('admin', `/api/dispatches/${s.id}/transition`, { to: 'in_review' })
      expect([res.status, res.body.workflowStatus]).toEqual([200, 'in_review'])
      await eventually(async () => smtp.refused() > refusedBefore)
    } finally {
      smtp.setFailing(false)
    }
    expect((await working(s.id)).workflowStatus).toBe('in_review')
    expect((await eventsOf(s.id)).map((e) => e.to)).toEqual(['in_review'])
  })

  it('a new sensitive quote mails legal once per save, naming the quote and the story', async () => {
    const s = await story('in_review')
    const before = smtp.mails.length
    const res = await post('editor', '/api/quotes', { text: 'They will pay for this', dispatch: s.id, sensitive: true, speaker: { name: 'A commander' } })
    expect(res.status).toBe(201)
    const mail = await smtp.waitFor((m) => m.subject === `Legal review needed: ${s.headline}`)
    expect(mail.to).toEqual(['legal@dateline.local'])
    expect(mail.text).toContain('- "They will pay for this"')
    // A quote that needs no legal review mails nobody.
    await post('editor', '/api/quotes', { text: 'It was a quiet night', dispatch: s.id, sensitive: false, speaker: { name: 'A guard' } })
    await sleep(500)
    expect(smtp.mails.slice(before).filter((m) => m.subject.startsWith('Legal review needed'))).toHaveLength(1)
  })
})
