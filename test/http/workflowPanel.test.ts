/**
 * GET /api/dispatches/:id/workflow, which the admin's workflow panel reads: who may see it, and
 * that the moves it offers and the blockers it lists are the ones the transition service applies.
 */
import type { Dispatch } from '../../payload-types'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0
const RAQQA_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'

type Panel = {
  status: string
  hasLiveCopy: boolean
  moves: Array<{ action: string; to: string; label: string; needsNote: boolean; needsEmbargo: boolean }>
  blockers: Array<{ code: string; message: string; subject?: { kind: string; id: number } }>
}

async function panel(role: DemoRole | null, id: number | string) {
  const req = t.http.get(`/api/dispatches/${id}/workflow`)
  if (role) req.set('Authorization', `JWT ${await t.token(role)}`)
  return req
}

async function transition(role: DemoRole, id: number, body: Record<string, unknown>) {
  return t.http.post(`/api/dispatches/${id}/transition`).set('Authorization', `JWT ${await t.token(role)}`).send(body)
}

const story = (status: Dispatch['workflowStatus'], extra: Partial<Dispatch> = {}): Promise<Dispatch> =>
  createStoryFixture(t.payload, reporterId, status, extra, 'Panel story')

beforeAll(async () => {
  t = await startTestApp()
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  reporterId = docs[0].id
})
afterAll(async () => {
  await t?.stop()
})

describe('who may read a workflow panel', () => {
  it('answers 401 anonymous, 403 to frontend, 404 for unknown, malformed or unreadable stories', async () => {
    const draft = await story('draft')
    const anonymous = await panel(null, draft.id)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toBe('Sign in first')
    const frontend = await panel('frontend', draft.id)
    expect(frontend.status).toBe(403)
    expect(frontend.body.errors[0].code).toBe('ROLE_NOT_ALLOWED')
    // The fixture's byline is the first correspondent profile, not the demo correspondent's own.
    const own = await t.user('correspondent')
    expect(String(own.correspondent)).not.toBe(String(reporterId))
    const notOwn = await panel('correspondent', draft.id)
    expect(notOwn.status).toBe(404)
    expect(notOwn.body.errors[0].code).toBe('NOT_FOUND')
    expect(JSON.stringify(notOwn.body)).not.toContain(draft.headline)
    expect((await panel('editor', 987654)).status).toBe(404)
    expect((await panel('editor', 'not-an-id')).status).toBe(404)
  })
})

describe('story 000, in review with quotes pending legal', () => {
  let id = 0
  beforeAll(async () => {
    const { docs } = await t.payload.find({ collection: 'dispatches', where: { headline: { equals: RAQQA_000 } }, draft: true, depth: 0 })
    id = docs[0].id
  })

  it('shows the editor review moves and every pending quote as a blocker', async () => {
    const res = await panel('editor', id)
    expect(res.status).toBe(200)
    const body = res.body as Panel
    expect(body.status).toBe('in_review')
    expect(body.hasLiveCopy).toBe(false)
    expect(body.moves.map((m) => [m.action, m.to, m.label, m.needsNote])).toEqual([
      ['request_changes', 'changes_requested', 'Request changes', true],
      ['approve', 'approved', 'Approve', false],
    ])
    const pending = (
      await t.payload.find({
        collection: 'quotes',
        where: { and: [{ dispatch: { equals: id } }, { sensitive: { equals: true } }, { 'legal.status': { equals: 'pending' } }] },
        pagination: false,
        depth: 0,
      })
    ).docs
    expect(pending.length).toBeGreaterThan(0)
    const quoteBlockers = body.blockers.filter((b) => b.code === 'QUOTE_NOT_CLEARED')
    expect(quoteBlockers.map((b) => b.subject!.id).sort()).toEqual(pending.map((q) => q.id).sort())
    expect(quoteBlockers.map((b) => b.message)).toContain('Quote "Now is the time for Jihad" is pending legal review')
  })

  it('offers legal and the byline correspondent nothing to click, but shows them the same blockers', async () => {
    const editor = (await panel('editor', id)).body as Panel
    for (const role of ['legal', 'correspondent'] as const) {
      const res = await panel(role, id)
      expect(res.status).toBe(200)
      expect(res.body.moves).toEqual([])
      expect(res.body.blockers).toEqual(editor.blockers)
    }
  })
})

describe('the panel follows the story', () => {
  it("a correspondent's own draft offers submit; an empty byline is a blocker", async () => {
    const token = `JWT ${await t.token('correspondent')}`
    const created = await t.http.post('/api/dispatches?draft=true').set('Authorization', token).send({ headline: `Panel draft ${Date.now()}` })
    expect(created.status).toBe(201)
    const res = await panel('correspondent', created.body.doc.id)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('draft')
    expect(res.body.moves.map((m: Panel['moves'][number]) => m.action)).toEqual(['submit'])
    expect(res.body.blockers).toEqual([{ code: 'BYLINE_EMPTY', message: 'The dispatch has no byline' }])
    // Another correspondent's panel for the same story stays closed; the desk sees it.
    expect((await panel('editor', created.body.doc.id)).body.moves.map((m: Panel['moves'][number]) => m.action)).toEqual(['submit'])
  })

  it('every move it offers goes through, and afterwards it offers the next ones', async () => {
    const s = await story('approved')
    const before = (await panel('editor', s.id)).body as Panel
    expect(before.blockers).toEqual([])
    expect(before.moves.map((m) => m.action)).toEqual(['resubmit', 'publish', 'schedule'])
    expect(before.moves.find((m) => m.action === 'schedule')!.needsEmbargo).toBe(true)

    expect((await transition('editor', s.id, { to: 'published', expectedFrom: before.status })).status).toBe(200)
    const after = (await panel('editor', s.id)).body as Panel
    expect(after).toMatchObject({ status: 'published', hasLiveCopy: true })
    expect(after.moves.map((m) => m.action)).toEqual(['withdraw', 'correct'])
    expect((await panel('legal', s.id)).body.moves.map((m: Panel['moves'][number]) => m.action)).toEqual(['withdraw'])

    // A correction in review keeps the live copy up, so legal can still withdraw it.
    expect((await transition('editor', s.id, { to: 'in_review', note: 'Corrected the casualty figure' })).status).toBe(200)
    const correcting = (await panel('legal', s.id)).body as Panel
    expect(correcting).toMatchObject({ status: 'in_review', hasLiveCopy: true })
    expect(correcting.moves.map((m) => m.action)).toEqual(['withdraw'])
    const withdrawn = await transition('legal', s.id, { to: 'withdrawn', note: 'Injunction served' })
    expect(withdrawn.status).toBe(200)
    expect((await panel('editor', s.id)).body).toMatchObject({ status: 'withdrawn', hasLiveCopy: false, moves: [{ action: 'restore' }] })
  })

  it('names a legal hold, a media asset still without its file, and an empty byline', async () => {
    const asset = await t.payload.create({ collection: 'media-assets', data: { caption: 'Smoke over the old city', creditLine: 'Reuters' }, overrideAccess: true })
    const s = await story('approved', { media: [asset.id], byline: [], legalHold: { active: true, reason: 'Injunction pending' } })
    const res = await panel('editor', s.id)
    expect(res.status).toBe(200)
    const messages = (res.body as Panel).blockers.map((b) => b.message)
    expect(messages[0]).toBe('The dispatch is under a legal hold: Injunction pending')
    expect(messages).toContain('Media "Smoke over the old city" has no file yet')
    expect(messages[messages.length - 1]).toBe('The dispatch has no byline')
    // The same reasons the service gives when the editor tries anyway.
    const refused = await transition('editor', s.id, { to: 'published' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].reasons.map((r: { message: string }) => r.message)).toEqual(messages)
  })
})

describe("a correspondent's version history (the edit view reads it)", () => {
  it('lists the versions of their own stories only', async () => {
    const token = `JWT ${await t.token('correspondent')}`
    const created = await t.http.post('/api/dispatches?draft=true').set('Authorization', token).send({ headline: `Versioned draft ${Date.now()}` })
    expect(created.status).toBe(201)
    const others = await story('draft')

    const res = await t.http.get('/api/dispatches/versions?limit=200&depth=0').set('Authorization', token)
    expect(res.status).toBe(200)
    const parents = new Set(res.body.docs.map((v: { parent: number }) => String(v.parent)))
    expect(parents.has(String(created.body.doc.id))).toBe(true)
    expect(parents.has(String(others.id))).toBe(false)
    const me = await t.user('correspondent')
    const all = await t.payload.findVersions({ collection: 'dispatches', limit: 1000, depth: 0 })
    const owned = all.docs.filter(
      (v) =>
        String(v.version.createdBy) === String(me.id) ||
        (v.version.byline ?? []).some((entry) => String(entry.correspondent) === String(me.correspondent)),
    )
    expect(owned.length).toBeGreaterThan(0)
    expect(res.body.totalDocs).toBe(owned.length)

    const othersVersion = all.docs.find((v) => String(v.parent) === String(others.id))!
    const refused = await t.http.get(`/api/dispatches/versions/${othersVersion.id}`).set('Authorization', token)
    expect(refused.status).toBe(403)
    expect(refused.text).not.toContain(others.headline)
  })
})
