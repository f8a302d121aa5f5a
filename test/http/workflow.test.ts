/**
 * The editorial workflow over HTTP: transitions, legal review and holds, the public slug route,
 * the audit log, GraphQL mutations, and every shortcut to publishing that must be refused.
 */
import type { Dispatch, Quote } from '../../payload-types'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { createStoryFixture, quoteInCopy } from '../helpers/storyFixture'
import { quoteReviewed, reviewing } from '../helpers/legalReview'

let t: TestApp
const RAQQA_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`

async function transition(role: DemoRole | null, id: number | string, body: Record<string, unknown>) {
  const req = t.http.post(`/api/dispatches/${id}/transition`).send(body)
  if (role) req.set('Authorization', await jwt(role))
  return req
}

async function review(role: DemoRole | null, id: number | string, body: Record<string, unknown>) {
  const req = t.http.post(`/api/quotes/${id}/legal-review`).send(await reviewing(t.payload, 'quotes', id, body))
  if (role) req.set('Authorization', await jwt(role))
  return req
}

async function gql(role: DemoRole | null, query: string, variables: Record<string, unknown> = {}) {
  const req = t.http.post('/api/graphql').send({ query, variables })
  if (role) req.set('Authorization', await jwt(role))
  return req
}

/** The working copy as the server sees it. */
const working = (id: number): Promise<Dispatch> =>
  t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
/** The main row: the live copy when `_status` is published. */
const mainRow = (id: number): Promise<Dispatch> =>
  t.payload.findByID({ collection: 'dispatches', id, draft: false, depth: 0 })

async function eventsOf(id: number, kind?: string) {
  const { docs } = await t.payload.find({
    collection: 'workflow-events',
    where: { and: [{ dispatch: { equals: id } }, ...(kind ? [{ kind: { equals: kind } }] : [])] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

let reporterId = 0
/** A story in the given status that passes the gate (byline, no quotes, no media), made by the server. */
const story = (status: Dispatch['workflowStatus'], extra: Partial<Dispatch> = {}): Promise<Dispatch> =>
  createStoryFixture(t.payload, reporterId, status, extra, 'Fixture story')

/** A quote whose words are in the story (a quote of words the story does not carry blocks nothing). */
async function quoteOn(dispatch: number, sensitive: boolean, text = `Quote ${Date.now()} ${Math.random()}`): Promise<Quote> {
  return quoteInCopy(t.payload, dispatch, { text, sensitive, speaker: { name: 'A witness' } })
}

beforeAll(async () => {
  t = await startTestApp()
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  reporterId = docs[0].id
})
afterAll(async () => {
  await t?.stop()
})

describe('the life of story 000', () => {
  it('review → legal → publish → public → withdraw (410, gone from lists) → restore', async () => {
    const { docs } = await t.payload.find({ collection: 'dispatches', where: { headline: { equals: RAQQA_000 } }, draft: true, depth: 0 })
    const id = docs[0].id
    const slug = docs[0].slug!
    expect(docs[0].workflowStatus).toBe('in_review')

    // Nothing public yet.
    expect((await t.http.get(`/api/dispatches/slug/${slug}`)).status).toBe(404)

    const approved = await transition('editor', id, { to: 'approved', expectedFrom: 'in_review' })
    expect(approved.status).toBe(200)
    expect(approved.body.workflowStatus).toBe('approved')

    // The gate names every pending quote.
    const early = await transition('editor', id, { to: 'published' })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].code).toBe('QUOTE_NOT_CLEARED')
    const pending = (await t.payload.find({ collection: 'quotes', where: { and: [{ dispatch: { equals: id } }, { 'legal.status': { equals: 'pending' } }] }, pagination: false })).docs
    expect(pending.length).toBeGreaterThanOrEqual(5)
    const quoteReasons = early.body.errors[0].reasons.filter((r: { code: string }) => r.code === 'QUOTE_NOT_CLEARED')
    expect(quoteReasons).toHaveLength(pending.length)
    expect(quoteReasons.map((r: { subject: { id: number } }) => r.subject.id).sort()).toEqual(pending.map((q) => q.id).sort())
    // …and the narrative passage legal must read (the claims about a named person).
    expect(early.body.errors[0].reasons.filter((r: { code: string }) => r.code === 'LEGAL_READ_REQUIRED')).toEqual([
      expect.objectContaining({ subject: { kind: 'legal_read', id } }),
    ])
    expect((await working(id)).workflowStatus).toBe('approved')

    const legalUser = await t.user('legal')
    for (const quote of pending) {
      const res = await review('legal', quote.id, { decision: 'approve', note: 'Cleared: source verified' })
      expect(res.status).toBe(200)
      expect(res.body.legal).toMatchObject({ status: 'approved', reviewer: legalUser.id, note: 'Cleared: source verified' })
      expect(res.body.legal.reviewedAt).toBeTruthy()
      expect(res.body.legal.approvedHash).toMatch(/^[0-9a-f]{64}$/)
    }
    const read = await t.http.post(`/api/dispatches/${id}/legal-review`).set('Authorization', await jwt('legal')).send(await reviewing(t.payload, 'dispatches', id, { decision: 'approve' }))
    expect(read.status).toBe(200)
    expect(read.body.status).toBe('approved')

    const published = await transition('editor', id, { to: 'published', expectedFrom: 'approved' })
    expect(published.status).toBe(200)
    expect(published.body.workflowStatus).toBe('published')
    expect(published.body._status).toBe('published')
    expect(published.body.publishedAt).toBeTruthy()
    expect(published.body.firstPublishedAt).toBe(published.body.publishedAt)

    const live = await t.http.get(`/api/dispatches/slug/${slug}`)
    expect(live.status).toBe(200)
    expect(live.body.headline).toBe(RAQQA_000)
    expect(live.body.editorialNotes).toBeUndefined()
    expect(live.body.workflowStatus).toBeUndefined()
    expect(typeof live.body.byline[0].correspondent).toBe('object')
    expect(live.body.byline[0].correspondent.email).toBeUndefined()
    expect(typeof live.body.media[0]).toBe('object')
    expect(live.body.media[0].creditLine).toBeTruthy()
    const publicQuotes = live.body.quotes.docs as Array<{ identityNotes?: string; legal?: unknown }>
    expect(publicQuotes.length).toBeGreaterThan(0)
    for (const q of publicQuotes) {
      expect(q.identityNotes).toBeUndefined()
      expect(q.legal).toBeUndefined()
    }
    const list = await t.http.get('/api/dispatches?limit=100&depth=0')
    expect(list.body.docs.map((d: { id: number }) => d.id)).toContain(id)

    const noNote = await transition('editor', id, { to: 'withdrawn' })
    expect(noNote.status).toBe(400)
    expect(noNote.body.errors[0].code).toBe('NOTE_REQUIRED')

    const withdrawn = await transition('editor', id, { to: 'withdrawn', note: 'A named source withdrew consent' })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.workflowStatus).toBe('withdrawn')

    const gone = await t.http.get(`/api/dispatches/slug/${slug}`)
    expect(gone.status).toBe(410)
    expect(gone.body.errors[0].code).toBe('WITHDRAWN')
    const listAfter = await t.http.get('/api/dispatches?limit=100&depth=0')
    expect(listAfter.body.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    expect((await t.http.get(`/api/dispatches/${id}`)).status).toBe(404)
    const frontendList = await t.http.get('/api/dispatches?limit=100&depth=0').set('Authorization', await jwt('frontend'))
    expect(frontendList.body.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    const gqlList = await gql(null, '{ Dispatches(limit: 100) { docs { id } } }')
    expect(gqlList.body.data.Dispatches.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    expect((await mainRow(id))._status).toBe('draft')

    const restored = await transition('editor', id, { to: 'draft' })
    expect(restored.status).toBe(200)
    expect(restored.body.workflowStatus).toBe('draft')
    // Still gone for readers until it goes through review and is published again.
    expect((await t.http.get(`/api/dispatches/slug/${slug}`)).status).toBe(410)

    // One audit row per status change, with who, when and what the gate saw.
    const moves = await eventsOf(id, 'transition')
    expect(moves.map((e) => [e.from, e.to])).toEqual([
      ['in_review', 'approved'],
      ['approved', 'published'],
      ['published', 'withdrawn'],
      ['withdrawn', 'draft'],
    ])
    const editor = await t.user('editor')
    expect(moves.every((e) => e.actor === editor.id && e.at)).toBe(true)
    expect(moves[2].note).toBe('A named source withdrew consent')
    const gate = moves[1].gate as { failures: unknown[]; quotes: Array<{ hashMatches: boolean; sensitive: boolean }> }
    expect(gate.failures).toEqual([])
    expect(gate.quotes.filter((q) => q.sensitive).every((q) => q.hashMatches)).toBe(true)
    const decisions = await eventsOf(id, 'legal_decision')
    expect(decisions).toHaveLength(pending.length)
    expect(decisions.map((e) => e.quote).sort()).toEqual(pending.map((q) => q.id).sort())
  })
})

describe('POST /api/dispatches/:id/transition refuses bad requests', () => {
  let draftId = 0
  beforeAll(async () => {
    draftId = (await story('draft')).id
  })

  it.each([
    ['an unknown target status', { to: 'live' }, 400, 'INVALID_REQUEST'],
    ['no target status', { note: 'x' }, 400, 'INVALID_REQUEST'],
    ['an unknown field', { to: 'in_review', force: true }, 400, 'INVALID_REQUEST'],
    ['a note that is not text', { to: 'in_review', note: 5 }, 400, 'INVALID_REQUEST'],
    ['an expectedFrom that is no status', { to: 'in_review', expectedFrom: 'nope' }, 400, 'INVALID_REQUEST'],
    ['a move the workflow lacks (draft → published)', { to: 'published' }, 409, 'TRANSITION_NOT_ALLOWED'],
    ['the status it already has', { to: 'draft' }, 409, 'TRANSITION_NOT_ALLOWED'],
    ['a stale expectedFrom', { to: 'in_review', expectedFrom: 'approved' }, 409, 'STALE_STATE'],
    ['an embargo outside scheduling', { to: 'in_review', embargoUntil: '2999-01-01T00:00:00Z' }, 400, 'EMBARGO_INVALID'],
  ])('%s', async (_name, body, status, code) => {
    const res = await transition('editor', draftId, body)
    expect(res.status).toBe(status)
    expect(res.body.errors[0].code).toBe(code)
    expect(res.body.errors[0].message.length).toBeGreaterThan(10)
    expect((await working(draftId)).workflowStatus).toBe('draft')
  })

  it('names where the story can go when the move is not allowed', async () => {
    const res = await transition('editor', draftId, { to: 'approved' })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/from draft it can go to in review/)
  })

  it('answers 400 for malformed JSON', async () => {
    const res = await t.http
      .post(`/api/dispatches/${draftId}/transition`)
      .set('Authorization', await jwt('editor'))
      .set('Content-Type', 'application/json')
      .send('{"to": ')
    expect(res.status).toBe(400)
  })

  it('answers 404 for an unknown dispatch, 401 without a user, 403 for a role that may not', async () => {
    const unknown = await transition('editor', 999999, { to: 'in_review' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].code).toBe('NOT_FOUND')
    expect((await transition(null, draftId, { to: 'in_review' })).status).toBe(401)
    const legal = await transition('legal', draftId, { to: 'in_review' })
    expect(legal.status).toBe(403)
    expect(legal.body.errors[0].code).toBe('ROLE_NOT_ALLOWED')
    // A frontend key cannot even see the draft.
    expect((await transition('frontend', draftId, { to: 'in_review' })).status).toBe(404)
    // A correspondent who does not own it cannot see it either.
    expect((await transition('correspondent', draftId, { to: 'in_review' })).status).toBe(404)
    expect(await eventsOf(draftId)).toHaveLength(0)
  })

  it.each([
    ['no embargo', {}],
    ['an unparseable embargo', { embargoUntil: 'next tuesday' }],
    ['an embargo without a time zone', { embargoUntil: '2999-01-01T06:00:00' }],
    ['an embargo in the past', { embargoUntil: '2001-01-01T00:00:00Z' }],
  ])('refuses to schedule with %s (400)', async (_name, extra) => {
    const approved = await story('approved')
    const res = await transition('editor', approved.id, { to: 'scheduled', ...extra })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('EMBARGO_INVALID')
    expect((await working(approved.id)).workflowStatus).toBe('approved')
  })

  it('schedules with a future embargo and unschedules, clearing it', async () => {
    const approved = await story('approved')
    const embargo = new Date(Date.now() + 86_400_000).toISOString()
    const res = await transition('editor', approved.id, { to: 'scheduled', embargoUntil: embargo })
    expect(res.status).toBe(200)
    expect(res.body.workflowStatus).toBe('scheduled')
    expect(new Date(res.body.embargoUntil).toISOString()).toBe(embargo)
    expect((await mainRow(approved.id))._status).toBe('draft')
    const back = await transition('editor', approved.id, { to: 'approved' })
    expect(back.body.workflowStatus).toBe('approved')
    expect(back.body.embargoUntil ?? null).toBeNull()
  })
})

describe('concurrent transitions', () => {
  it('two editors approving at once: one wins, the other gets 409 STALE_STATE, one audit row', async () => {
    const s = await story('in_review')
    const [a, b] = await Promise.all([
      transition('editor', s.id, { to: 'approved', expectedFrom: 'in_review' }),
      transition('admin', s.id, { to: 'approved', expectedFrom: 'in_review' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    expect([a, b].find((r) => r.status === 409)!.body.errors[0].code).toBe('STALE_STATE')
    expect(await eventsOf(s.id)).toHaveLength(1)
    expect((await working(s.id)).workflowStatus).toBe('approved')
  })

  it('two publishes at once never publish twice', async () => {
    const s = await story('approved')
    const results = await Promise.all([
      transition('editor', s.id, { to: 'published' }),
      transition('admin', s.id, { to: 'published' }),
      transition('editor', s.id, { to: 'published' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409])
    const moves = await eventsOf(s.id)
    expect(moves.map((e) => e.to)).toEqual(['published'])
    const { totalDocs } = await t.payload.countVersions({ collection: 'dispatches', where: { and: [{ parent: { equals: s.id } }, { 'version._status': { equals: 'published' } }] } })
    expect(totalDocs).toBe(1)
  })

  it('publish racing a withdraw of the same story: exactly one applies', async () => {
    const s = await story('approved')
    const [pub, sendBack] = await Promise.all([
      transition('editor', s.id, { to: 'published', expectedFrom: 'approved' }),
      transition('admin', s.id, { to: 'in_review', expectedFrom: 'approved' }),
    ])
    expect([pub.status, sendBack.status].sort()).toEqual([200, 409])
    expect(await eventsOf(s.id)).toHaveLength(1)
  })
})

describe('POST /api/quotes/:id/legal-review', () => {
  let dispatchId = 0
  beforeAll(async () => {
    dispatchId = (await story('in_review')).id
  })

  it('approves and rejects (with a note), recording a legal_decision event', async () => {
    const q1 = await quoteOn(dispatchId, true)
    expect(q1.legal?.status).toBe('pending')
    const ok = await review('admin', q1.id, { decision: 'approve' })
    expect(ok.status).toBe(200)
    expect(ok.body.legal.status).toBe('approved')
    const q2 = await quoteOn(dispatchId, true)
    const rejected = await review('legal', q2.id, { decision: 'reject', note: 'Identifies the witness' })
    expect(rejected.status).toBe(200)
    expect(rejected.body.legal).toMatchObject({ status: 'rejected', note: 'Identifies the witness' })
    const events = await eventsOf(dispatchId, 'legal_decision')
    expect(events.map((e) => e.quote)).toEqual([q1.id, q2.id])
  })

  it.each([
    ['an editor', 'editor', 403, 'ROLE_NOT_ALLOWED'],
    ['a correspondent', 'correspondent', 403, 'ROLE_NOT_ALLOWED'],
    ['a frontend key', 'frontend', 403, 'ROLE_NOT_ALLOWED'],
  ] as const)('refuses %s', async (_who, role, status, code) => {
    const q = await quoteOn(dispatchId, true)
    const res = await review(role, q.id, { decision: 'approve' })
    expect(res.status).toBe(status)
    expect(res.body.errors[0].code).toBe(code)
    expect((await t.payload.findByID({ collection: 'quotes', id: q.id })).legal?.status).toBe('pending')
  })

  it('refuses anonymous (401), a rejection without a note (400), a bad decision (400), an unknown quote (404), a quote that is not sensitive (409)', async () => {
    const q = await quoteOn(dispatchId, true)
    expect((await review(null, q.id, { decision: 'approve' })).status).toBe(401)
    const noNote = await review('legal', q.id, { decision: 'reject', note: '  ' })
    expect([noNote.status, noNote.body.errors[0].code]).toEqual([400, 'NOTE_REQUIRED'])
    const bad = await review('legal', q.id, { decision: 'maybe' })
    expect([bad.status, bad.body.errors[0].code]).toEqual([400, 'INVALID_REQUEST'])
    const unknown = await review('legal', 999999, { decision: 'approve' })
    expect([unknown.status, unknown.body.errors[0].code]).toEqual([404, 'NOT_FOUND'])
    const plain = await quoteOn(dispatchId, false)
    const notSensitive = await review('legal', plain.id, { decision: 'approve' })
    expect([notSensitive.status, notSensitive.body.errors[0].code]).toEqual([409, 'QUOTE_NOT_SENSITIVE'])
    expect((await t.payload.findByID({ collection: 'quotes', id: q.id })).legal?.status).toBe('pending')
  })
})

describe('approval is bound to the quote as legal saw it', () => {
  it('an edit after approval sends the quote back to pending and blocks the next republish', async () => {
    const s = await story('approved')
    const q = await quoteOn(s.id, true, 'He is still out there, armed')
    await review('legal', q.id, { decision: 'approve' })
    expect((await transition('editor', s.id, { to: 'published' })).status).toBe(200)

    // The desk changes the wording of the live story's quote, in the story: the quote follows the words.
    const copy = await working(s.id)
    const edit = await t.http
      .patch(`/api/dispatches/${s.id}?draft=true`)
      .set('Authorization', await jwt('editor'))
      .send({ body: JSON.parse(JSON.stringify(copy.body).replace('He is still out there, armed', 'He is still out there, armed and dangerous')) })
    expect(edit.status).toBe(200)
    const followed = await t.payload.findByID({ collection: 'quotes', id: q.id })
    expect(followed.text).toBe('He is still out there, armed and dangerous')
    expect(followed.legal?.status).toBe('pending')
    // Rewriting the quote apart from the story's words is refused.
    const apart = await t.http.patch(`/api/quotes/${q.id}`).set('Authorization', await jwt('editor')).send({ text: 'He has gone' })
    expect(apart.status).toBe(409)
    // Nor does changing who said it survive.
    const q2 = await quoteOn(s.id, true)
    await review('legal', q2.id, { decision: 'approve' })
    await t.http.patch(`/api/quotes/${q2.id}`).set('Authorization', await jwt('editor')).send({ speaker: { name: 'Another witness' } })
    expect((await t.payload.findByID({ collection: 'quotes', id: q2.id })).legal?.status).toBe('pending')

    expect((await transition('editor', s.id, { to: 'in_review', note: 'Quote reworded' })).status).toBe(200)
    expect((await transition('editor', s.id, { to: 'approved' })).status).toBe(200)
    const blocked = await transition('editor', s.id, { to: 'published' })
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].code).toBe('QUOTE_NOT_CLEARED')
    expect(blocked.body.errors[0].reasons.map((r: { subject: { id: number } }) => r.subject.id).sort()).toEqual([q.id, q2.id].sort())

    await review('legal', q.id, { decision: 'approve' })
    await review('legal', q2.id, { decision: 'approve' })
    expect((await transition('editor', s.id, { to: 'published' })).status).toBe(200)
  })
})

describe('corrections', () => {
  it('correct → review → publish keeps firstPublishedAt and appends a public correction', async () => {
    const s = await story('approved')
    const first = await transition('editor', s.id, { to: 'published' })
    const firstPublishedAt = first.body.firstPublishedAt

    expect((await transition('editor', s.id, { to: 'in_review' })).body.errors[0].code).toBe('NOTE_REQUIRED')
    const correcting = await transition('editor', s.id, { to: 'in_review', note: 'An earlier version misspelt the commander’s name.' })
    expect(correcting.status).toBe(200)
    // The desk fixes the copy in the working copy; the live copy stays up unchanged meanwhile.
    const fix = await t.http
      .patch(`/api/dispatches/${s.id}?draft=true`)
      .set('Authorization', await jwt('editor'))
      .send({ headline: `${s.headline} (corrected)` })
    expect(fix.status).toBe(200)
    const during = await t.http.get(`/api/dispatches/slug/${s.slug}`)
    expect(during.status).toBe(200)
    expect(during.body.headline).toBe(s.headline)
    expect(during.body.corrections).toEqual([])

    expect((await transition('editor', s.id, { to: 'approved' })).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const again = await transition('editor', s.id, { to: 'published' })
    expect(again.status).toBe(200)
    expect(again.body.firstPublishedAt).toBe(firstPublishedAt)
    expect(again.body.publishedAt > firstPublishedAt).toBe(true)

    const live = await t.http.get(`/api/dispatches/slug/${s.slug}`)
    expect(live.body.headline).toBe(`${s.headline} (corrected)`)
    expect(live.body.corrections.map((c: { text: string }) => c.text)).toEqual(['An earlier version misspelt the commander’s name.'])

    // A later correction appends; the first entry stays.
    await transition('editor', s.id, { to: 'in_review', note: 'The date of the attack was wrong.' })
    await transition('editor', s.id, { to: 'approved' })
    await transition('editor', s.id, { to: 'published' })
    const twice = await t.http.get(`/api/dispatches/slug/${s.slug}`)
    expect(twice.body.corrections.map((c: { text: string }) => c.text)).toEqual([
      'An earlier version misspelt the commander’s name.',
      'The date of the attack was wrong.',
    ])
    expect(twice.body.firstPublishedAt).toBe(firstPublishedAt)
  })

  it('legal can withdraw a story while its correction is in review', async () => {
    const s = await story('published')
    await transition('editor', s.id, { to: 'in_review', note: 'Fixing a caption' })
    const res = await transition('legal', s.id, { to: 'withdrawn', note: 'Court order' })
    expect(res.status).toBe(200)
    expect(res.body.workflowStatus).toBe('withdrawn')
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(410)
  })
})

describe('POST /api/dispatches/:id/legal-hold', () => {
  it('blocks publishing while active; needs a reason; legal and admins only', async () => {
    const s = await story('approved')
    const post = async (role: DemoRole, body: Record<string, unknown>) =>
      t.http.post(`/api/dispatches/${s.id}/legal-hold`).set('Authorization', await jwt(role)).send(body)

    expect((await post('editor', { active: true, reason: 'x' })).status).toBe(403)
    const noReason = await post('legal', { active: true })
    expect([noReason.status, noReason.body.errors[0].code]).toEqual([400, 'NOTE_REQUIRED'])
    expect((await post('legal', { active: 'yes' })).status).toBe(400)
    expect((await t.http.post('/api/dispatches/999999/legal-hold').set('Authorization', await jwt('legal')).send({ active: false })).status).toBe(404)

    const placed = await post('legal', { active: true, reason: 'Pending injunction' })
    expect(placed.status).toBe(200)
    expect(placed.body.legalHold).toMatchObject({ active: true, reason: 'Pending injunction' })
    expect(placed.body.workflowStatus).toBe('approved')

    const blocked = await transition('editor', s.id, { to: 'published' })
    expect([blocked.status, blocked.body.errors[0].code]).toEqual([409, 'LEGAL_HOLD'])
    expect(blocked.body.errors[0].message).toContain('Pending injunction')

    expect((await post('admin', { active: false })).status).toBe(200)
    expect((await transition('editor', s.id, { to: 'published' })).status).toBe(200)
    expect((await eventsOf(s.id, 'legal_hold')).map((e) => e.note)).toEqual(['Hold placed: Pending injunction', 'Hold lifted'])
  })
})

describe('GET /api/dispatches/slug/:slug', () => {
  it('answers 404 for an unknown slug and for a draft that never went out', async () => {
    expect((await t.http.get('/api/dispatches/slug/no-such-story')).status).toBe(404)
    const draft = await story('draft')
    const res = await t.http.get(`/api/dispatches/slug/${draft.slug}`).set('Authorization', await jwt('editor'))
    expect(res.status).toBe(404)
    expect(res.body.errors[0].code).toBe('NOT_FOUND')
  })
})

describe('workflow-events is append-only over every API', () => {
  let eventId = 0
  beforeAll(async () => {
    const s = await story('draft')
    await transition('editor', s.id, { to: 'in_review' })
    eventId = (await eventsOf(s.id))[0].id
  })

  it('refuses REST create, update and delete, admins included', async () => {
    const admin = await jwt('admin')
    const before = await t.payload.count({ collection: 'workflow-events' })
    const created = await t.http.post('/api/workflow-events').set('Authorization', admin).send({ dispatch: 1, kind: 'transition', at: new Date().toISOString() })
    expect(created.status).toBe(403)
    const patched = await t.http.patch(`/api/workflow-events/${eventId}`).set('Authorization', admin).send({ note: 'rewritten' })
    expect(patched.status).toBe(403)
    const bulk = await t.http.patch('/api/workflow-events?where[id][exists]=true').set('Authorization', admin).send({ note: 'rewritten' })
    expect(bulk.body.docs ?? []).toHaveLength(0)
    expect((await t.http.delete(`/api/workflow-events/${eventId}`).set('Authorization', admin)).status).toBe(403)
    const bulkDelete = await t.http.delete('/api/workflow-events?where[id][exists]=true').set('Authorization', admin)
    expect(bulkDelete.body.docs ?? []).toHaveLength(0)
    expect(await t.payload.count({ collection: 'workflow-events' })).toEqual(before)
    expect((await t.payload.findByID({ collection: 'workflow-events', id: eventId })).note).not.toBe('rewritten')
  })

  it('refuses GraphQL create, update and delete mutations', async () => {
    const before = await t.payload.count({ collection: 'workflow-events' })
    for (const mutation of [
      `mutation { createWorkflowEvent(data: { dispatch: 1, kind: transition, at: "2025-01-01T00:00:00Z" }) { id } }`,
      `mutation { updateWorkflowEvent(id: ${eventId}, data: { note: "rewritten" }) { id } }`,
      `mutation { deleteWorkflowEvent(id: ${eventId}) { id } }`,
    ]) {
      const res = await gql('admin', mutation)
      expect(res.body.errors?.length).toBeGreaterThan(0)
    }
    expect(await t.payload.count({ collection: 'workflow-events' })).toEqual(before)
  })

  it('is read by the desk, not by frontend keys or anonymous readers', async () => {
    for (const role of ['admin', 'editor', 'legal'] as const) {
      const res = await t.http.get('/api/workflow-events?limit=1').set('Authorization', await jwt(role))
      expect(res.status).toBe(200)
      expect(res.body.totalDocs).toBeGreaterThan(0)
    }
    expect((await t.http.get('/api/workflow-events').set('Authorization', await jwt('frontend'))).status).toBe(403)
    expect((await t.http.get('/api/workflow-events')).status).toBe(403)
  })
})

describe('GraphQL mutations', () => {
  const TRANSITION = `mutation ($id: ID!, $to: String!, $note: String) {
    transitionDispatch(id: $id, to: $to, note: $note) { id workflowStatus }
  }`

  it('transitionDispatch moves a story through the same service', async () => {
    const s = await story('in_review')
    const res = await gql('editor', TRANSITION, { id: s.id, to: 'approved' })
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.transitionDispatch).toEqual({ id: s.id, workflowStatus: 'approved' })
    expect(await eventsOf(s.id)).toHaveLength(1)
  })

  it('reports refusals as GraphQL errors with the code in extensions', async () => {
    const s = await story('in_review')
    const noNote = await gql('editor', TRANSITION, { id: s.id, to: 'changes_requested' })
    expect(noNote.body.errors[0].extensions).toMatchObject({ code: 'NOTE_REQUIRED', statusCode: 400 })
    const notAllowed = await gql('editor', TRANSITION, { id: s.id, to: 'published' })
    expect(notAllowed.body.errors[0].extensions).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', statusCode: 409 })
    const anonymous = await gql(null, TRANSITION, { id: s.id, to: 'approved' })
    // A missing user is the same refusal over GraphQL as over REST: 401 UNAUTHENTICATED.
    expect(anonymous.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', statusCode: 401 })
    const anonymousRest = await t.http.post(`/api/dispatches/${s.id}/transition`).send({ to: 'approved' })
    expect([anonymousRest.status, anonymousRest.body.errors[0].code]).toEqual([401, 'UNAUTHENTICATED'])
    const unknown = await gql('editor', TRANSITION, { id: 999999, to: 'approved' })
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND')
    expect((await working(s.id)).workflowStatus).toBe('in_review')
  })

  it('reviewQuote records legal decisions; others are refused', async () => {
    const s = await story('in_review')
    const q = await quoteOn(s.id, true)
    const REVIEW = `mutation ($id: ID!, $decision: LegalDecision!, $note: String, $reviewed: String!) { reviewQuote(id: $id, decision: $decision, note: $note, reviewed: $reviewed) { id legal { status } } }`
    const reviewed = await quoteReviewed(t.payload, q.id)
    const refused = await gql('editor', REVIEW, { id: q.id, decision: 'approve', reviewed })
    expect(refused.body.errors[0].extensions.code).toBe('ROLE_NOT_ALLOWED')
    const res = await gql('legal', REVIEW, { id: q.id, decision: 'approve', reviewed })
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.reviewQuote.legal.status).toBe('approved')
  })
})

describe('no other way to publish', () => {
  it('REST create or update with _status published is refused', async () => {
    const editor = await jwt('editor')
    const created = await t.http.post('/api/dispatches').set('Authorization', editor).send({ headline: 'Shortcut', _status: 'published' })
    expect(created.status).toBe(403)
    const s = await story('approved')
    for (const url of [`/api/dispatches/${s.id}`, `/api/dispatches/${s.id}?draft=true`]) {
      const res = await t.http.patch(url).set('Authorization', await jwt('admin')).send({ _status: 'published' })
      expect(res.status).toBe(403)
      expect(res.body.errors[0].data?.code ?? res.body.errors[0].code).toBe('PUBLISH_OUTSIDE_WORKFLOW')
    }
    const bulk = await t.http.patch(`/api/dispatches?where[id][equals]=${s.id}`).set('Authorization', await jwt('admin')).send({ _status: 'published' })
    expect(bulk.status).toBe(403)
    expect((await mainRow(s.id))._status).toBe('draft')
  })

  it('REST writes of workflowStatus or publication dates are ignored', async () => {
    const s = await story('approved')
    const res = await t.http
      .patch(`/api/dispatches/${s.id}?draft=true`)
      .set('Authorization', await jwt('admin'))
      .send({ workflowStatus: 'published', publishedAt: '2020-01-01T00:00:00Z', firstPublishedAt: '2020-01-01T00:00:00Z' })
    expect(res.status).toBe(200)
    const after = await working(s.id)
    expect(after.workflowStatus).toBe('approved')
    expect(after.publishedAt ?? null).toBeNull()
    expect((await mainRow(s.id))._status).toBe('draft')
  })

  it('GraphQL createDispatch / updateDispatch with _status published are refused', async () => {
    const s = await story('approved')
    const created = await gql('admin', `mutation { createDispatch(data: { headline: "GraphQL shortcut", slug: "graphql-shortcut", _status: published }) { id } }`)
    expect(created.body.errors?.[0].extensions.code).toBe('PUBLISH_OUTSIDE_WORKFLOW')
    for (const draft of ['true', 'false']) {
      const res = await gql('admin', `mutation { updateDispatch(id: ${s.id}, draft: ${draft}, data: { _status: published }) { id } }`)
      expect(res.body.errors?.[0].extensions.code).toBe('PUBLISH_OUTSIDE_WORKFLOW')
    }
    expect((await mainRow(s.id))._status).toBe('draft')
    const { totalDocs } = await t.payload.count({ collection: 'dispatches', where: { headline: { equals: 'GraphQL shortcut' } } })
    expect(totalDocs).toBe(0)
  })

  it('restoring a published version is refused; restoring it as a draft publishes nothing', async () => {
    const s = await story('approved')
    await transition('editor', s.id, { to: 'published' })
    await transition('editor', s.id, { to: 'withdrawn', note: 'Legal complaint' })
    const { docs } = await t.payload.findVersions({
      collection: 'dispatches',
      where: { and: [{ parent: { equals: s.id } }, { 'version._status': { equals: 'published' } }] },
      limit: 1,
    })
    const versionId = docs[0].id
    const admin = await jwt('admin')
    const live = await t.http.post(`/api/dispatches/versions/${versionId}`).set('Authorization', admin)
    expect(live.status).toBe(403)
    expect((await mainRow(s.id))._status).toBe('draft')
    const asDraft = await t.http.post(`/api/dispatches/versions/${versionId}?draft=true`).set('Authorization', admin)
    expect(asDraft.status).toBe(200)
    expect((await mainRow(s.id))._status).toBe('draft')
    expect((await working(s.id)).workflowStatus).toBe('withdrawn')
    expect((await t.http.get(`/api/dispatches/slug/${s.slug}`)).status).toBe(410)
  })

  it('duplicating a published story yields a fresh draft', async () => {
    const s = await story('approved')
    await transition('editor', s.id, { to: 'published' })
    for (const query of ['', '?draft=false']) {
      const res = await t.http.post(`/api/dispatches/${s.id}/duplicate${query}`).set('Authorization', await jwt('admin')).send({})
      if (res.status !== 200) console.log(JSON.stringify(res.body))
      expect(res.status).toBe(200)
      const copy = await working(res.body.doc.id)
      expect(copy).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
      expect(copy.publishedAt ?? null).toBeNull()
      expect(copy.firstPublishedAt ?? null).toBeNull()
      expect(copy.corrections ?? []).toEqual([])
      expect(copy.intakeHash ?? null).toBeNull()
      expect((await mainRow(res.body.doc.id))._status).toBe('draft')
      expect(copy.slug).not.toBe(s.slug)
    }
  })

  it("a correspondent's edit rights end when the story is submitted", async () => {
    const token = await jwt('correspondent')
    const created = await t.http.post('/api/dispatches?draft=true').set('Authorization', token).send({ headline: `Filed from the field ${Date.now()}`, byline: [{ correspondent: reporterId, role: 'reporter' }] })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await t.http.patch(`/api/dispatches/${id}?draft=true`).set('Authorization', token).send({ standfirst: 'First take' })).status).toBe(200)
    const submitted = await transition('correspondent', id, { to: 'in_review' })
    expect(submitted.status).toBe(200)
    const locked = await t.http.patch(`/api/dispatches/${id}?draft=true`).set('Authorization', token).send({ standfirst: 'Sneaky change' })
    expect(locked.status).toBe(403)
    expect((await working(id)).standfirst).toBe('First take')
    // Nor can they approve their own story.
    const approve = await transition('correspondent', id, { to: 'approved' })
    expect([approve.status, approve.body.errors[0].code]).toEqual([403, 'ROLE_NOT_ALLOWED'])
    // Their own story's history is theirs to read.
    const history = await t.http.get(`/api/workflow-events?where[dispatch][equals]=${id}`).set('Authorization', token)
    expect(history.status).toBe(200)
    expect(history.body.docs.map((e: { to: string }) => e.to)).toEqual(['in_review'])
  })
})
