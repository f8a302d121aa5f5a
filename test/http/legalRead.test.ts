/**
 * The legal read of a story's text, over REST and GraphQL, by role: passages flagged on every
 * save, the gate holding the publish until legal approves that exact text, an edit re-opening it
 * with a word diff for legal, the request for a read as a ratchet, every bad input refused with
 * nothing changed, and the scheduled release checking it again when it fires.
 */
import type { Dispatch, WorkflowEvent } from '../../payload-types'
import { blockerHref } from '../../src/admin/workflow/api'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtpCapture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { reviewing, storyReviewed } from '../helpers/legalReview'

let t: TestApp
let smtp: SmtpCapture
let reporter = 0

const RISKY = 'Police say Tom Reyes, a local councillor, ordered the killings and is accused of fraud.'
const HARMLESS = 'The road out of the city was quiet that morning.'

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const send = async (role: DemoRole | 'anonymous', method: 'get' | 'post' | 'patch', url: string, body?: unknown) => {
  const request = t.http[method](url)
  if (role !== 'anonymous') request.set('Authorization', await jwt(role))
  return body === undefined ? request : request.send(body as object)
}
const graphql = async (role: DemoRole | 'anonymous', query: string) => {
  const request = t.http.post('/api/graphql').set('Content-Type', 'application/json').send({ query })
  return role === 'anonymous' ? request : request.set('Authorization', await jwt(role))
}
const working = (id: number): Promise<Dispatch> => t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
const eventsOf = async (id: number): Promise<WorkflowEvent[]> =>
  (await t.payload.find({ collection: 'workflow-events', where: { dispatch: { equals: id } }, sort: 'createdAt', pagination: false, depth: 0 })).docs
const move = (id: number, to: string, extra: Record<string, unknown> = {}, role: DemoRole = 'editor') =>
  send(role, 'post', `/api/dispatches/${id}/transition`, { to, ...extra })
const review = async (id: number, body: unknown, role: DemoRole | 'anonymous' = 'legal') =>
  send(role, 'post', `/api/dispatches/${id}/legal-review`, await reviewing(t.payload, 'dispatches', id, body))

const body = (...paragraphs: string[]) => lexicalDocument(paragraphs.map((p) => textParagraph(p)))

let counter = 0
/** Files a draft as the editor through REST: a byline, and the given body. */
async function file(paragraphs: string[], extra: Record<string, unknown> = {}, role: DemoRole = 'editor'): Promise<Dispatch> {
  counter += 1
  const res = await send(role, 'post', '/api/dispatches?draft=true', {
    headline: `Legal read story ${counter}`,
    byline: [{ correspondent: reporter, role: 'reporter' }],
    body: body(...paragraphs),
    ...extra,
  })
  expect(res.status).toBe(201)
  return res.body.doc as Dispatch
}

/** Takes a draft to approved (the desk's moves; no gate on the way). */
async function toApproved(id: number): Promise<void> {
  expect((await move(id, 'in_review')).status).toBe(200)
  expect((await move(id, 'approved')).status).toBe(200)
}

/** What must not change when a request is refused: the working copy's legal read and the audit log. */
async function unchanged(id: number, act: () => Promise<unknown>): Promise<void> {
  const before = { read: (await working(id)).legalRead, events: (await eventsOf(id)).length }
  await act()
  expect({ read: (await working(id)).legalRead, events: (await eventsOf(id)).length }).toEqual(before)
}

beforeAll(async () => {
  smtp = await startSmtpCapture()
  t = await startTestApp({ SMTP_URL: smtp.url, SMTP_FROM: 'Dateline Desk <desk@dateline.local>' })
  // Not the demo correspondent's own profile: their stories are the ones they file themselves.
  reporter = (await t.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Irvine' } } })).docs[0]!.id
})
afterAll(async () => {
  await t?.stop()
  await smtp?.stop()
})

describe('passages flagged on every save', () => {
  it('a narrative allegation against a named person is flagged when the story is filed, and found again after each edit', async () => {
    const story = await file([HARMLESS, RISKY])
    const seen = await send('editor', 'get', `/api/dispatches/${story.id}?draft=true&depth=0`)
    expect(seen.body.legalRead).toMatchObject({ required: false, status: 'pending', passages: [{ text: RISKY, reasons: expect.arrayContaining(['allegation']) }] })

    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(HARMLESS) })).status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'not_required', passages: [] })
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { standfirst: RISKY })).status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'pending', passages: [{ text: RISKY }] })
  })

  it.each([
    ['admin', true],
    ['editor', true],
    ['legal', true],
    ['correspondent', false],
    ['frontend', false],
  ] as Array<[DemoRole, boolean]>)('%s reading a story they do not own sees its legal read: %s', async (role, sees) => {
    const story = await file([RISKY])
    const res = await send(role, 'get', `/api/dispatches/${story.id}?draft=true&depth=0`)
    if (role === 'frontend' || role === 'correspondent') expect([200, 404]).toContain(res.status)
    else expect(res.status).toBe(200)
    expect(Boolean(res.body.legalRead?.passages?.length)).toBe(sees)
  })

  it('copy intake files a story with its passages flagged', async () => {
    const copy = `Councillor held after night raid\n\nA standfirst about the raid.\n\n${HARMLESS}\n\n${RISKY}\n`
    const res = await t.http.post('/api/dispatches/ingest').set('Authorization', await jwt('editor')).send({ text: copy })
    expect(res.status).toBe(201)
    const story = await working(res.body.dispatch.id)
    expect(story.legalRead).toMatchObject({ status: 'pending', passages: [{ text: RISKY }] })
  })

  it('a correspondent sees the passages of their own story', async () => {
    const story = await file([RISKY], {}, 'correspondent')
    const res = await send('correspondent', 'get', `/api/dispatches/${story.id}?draft=true&depth=0`)
    expect(res.body.legalRead).toMatchObject({ status: 'pending', passages: [{ text: RISKY }] })
  })

  it('nobody approves a story by writing its legal read, whatever hash they send', async () => {
    const story = await file([RISKY])
    const { legalRead } = (await send('legal', 'get', `/api/dispatches/${story.id}/legal-review`)).body as { legalRead?: never } & Record<string, unknown>
    expect(legalRead).toBeUndefined()
    const forged = { legalRead: { status: 'approved', approvedHash: 'f'.repeat(64), reviewedHash: 'f'.repeat(64), passages: [], approvedText: '' } }
    for (const role of ['editor', 'admin'] as const) {
      await send(role, 'patch', `/api/dispatches/${story.id}?draft=true`, forged)
      expect((await working(story.id)).legalRead).toMatchObject({ status: 'pending', approvedHash: null, passages: [{ text: RISKY }] })
    }
    const gql = await graphql('admin', `mutation { updateDispatch(id: ${story.id}, draft: true, data: { legalRead: { status: approved, approvedHash: "x" } }) { id } }`)
    expect(gql.status).toBeLessThan(500)
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'pending', approvedHash: null })
  })
})

describe('the gate holds the publish until legal approves this text', () => {
  it('refuses with LEGAL_READ_REQUIRED, lists it in the panel, and publishes once legal approves', async () => {
    const story = await file([RISKY])
    await toApproved(story.id)
    const refused = await move(story.id, 'published')
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]).toMatchObject({
      code: 'LEGAL_READ_REQUIRED',
      reasons: [{ code: 'LEGAL_READ_REQUIRED', message: 'The story needs a legal read (1 passage is flagged for legal); it waits for legal’s read', subject: { kind: 'legal_read', id: story.id } }],
    })
    expect((await working(story.id)).workflowStatus).toBe('approved')
    const panel = await send('editor', 'get', `/api/dispatches/${story.id}/workflow`)
    expect(panel.body.blockers).toEqual([expect.objectContaining({ code: 'LEGAL_READ_REQUIRED', subject: { kind: 'legal_read', id: story.id } })])
    // …which the panel links to legal's desk.
    expect(blockerHref(panel.body.blockers[0], '/admin', story.id)).toBe(`/admin/legal-queue#story-${story.id}`)

    const approved = await review(story.id, { decision: 'approve', note: 'Police statement on file' })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: 'approved', needed: true, required: false, passages: [{ text: RISKY }], diff: [{ op: 'equal' }], approvedTextMatches: true, note: 'Police statement on file' })
    const legal = await t.user('legal')
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'approved', reviewer: legal.id, approvedHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const audit = (await eventsOf(story.id)).filter((e) => e.kind === 'legal_read')
    expect(audit).toEqual([expect.objectContaining({ actor: legal.id, note: 'Text approved: Police statement on file' })])
    expect((await send('editor', 'get', `/api/dispatches/${story.id}/workflow`)).body.blockers).toEqual([])

    const published = await move(story.id, 'published')
    expect(published.status).toBe(200)
    const live = await t.http.get(`/api/dispatches/slug/${published.body.slug}`)
    expect(live.status).toBe(200)
    // Nothing of the legal read reaches readers.
    expect(live.text).not.toContain('legalRead')
    expect(JSON.stringify((await t.http.get(`/api/dispatches/${story.id}`)).body)).not.toContain('Police statement on file')
  })

  it('an edit after approval re-opens the read: the correction is held, legal sees the word diff and approves over GraphQL', async () => {
    const story = await file([HARMLESS, RISKY])
    expect((await review(story.id, { decision: 'approve' })).status).toBe(200)
    await toApproved(story.id)
    expect((await move(story.id, 'published')).status).toBe(200)

    const edited = RISKY.replace('ordered the killings', 'personally ordered the killings of six men')
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(HARMLESS, edited) })).status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ status: 'pending' })
    expect((await move(story.id, 'in_review', { note: 'Adds the number of victims' })).status).toBe(200)
    expect((await move(story.id, 'approved')).status).toBe(200)
    const held = await move(story.id, 'published')
    expect(held.status).toBe(409)
    expect(held.body.errors[0].reasons.map((r: { message: string }) => r.message)).toEqual([
      'The story needs a legal read (1 passage is flagged for legal); it has changed since legal approved it',
    ])
    // Readers still read the approved text.
    expect((await t.http.get(`/api/dispatches/slug/${story.slug}`)).text).not.toContain('six men')

    const state = await send('legal', 'get', `/api/dispatches/${story.id}/legal-review`)
    expect(state.status).toBe(200)
    expect(state.body.status).toBe('pending')
    expect(state.body.approvedTextMatches).toBe(false)
    // The correction's note is printed with the story, so legal reads it too (docs/legal.md).
    const changed = state.body.diff.filter((p: { op: string }) => p.op !== 'equal')
    expect(changed.every((p: { op: string }) => p.op === 'insert')).toBe(true)
    expect(changed.map((p: { text: string }) => p.text.trim()).join(' | ')).toBe('personally | of six men | Correction: Adds the number of victims')
    const joined = state.body.diff.filter((p: { op: string }) => p.op !== 'delete').map((p: { text: string }) => p.text).join('')
    expect(joined).toBe(state.body.text)

    const gqlState = await graphql('editor', `{ dispatchLegalReview(id: ${story.id}) { status needed passages { text reasons } diff { op text } } }`)
    expect(gqlState.body.data.dispatchLegalReview).toMatchObject({ status: 'pending', needed: true, passages: [{ text: edited }] })
    const decided = await graphql('legal', `mutation { reviewDispatch(id: ${story.id}, reviewed: "${await storyReviewed(t.payload, story.id)}", decision: approve, note: "Six confirmed") { status approvedTextMatches note } }`)
    expect(decided.body.data.reviewDispatch).toEqual({ status: 'approved', approvedTextMatches: true, note: 'Six confirmed' })
    expect((await move(story.id, 'published')).status).toBe(200)
    expect((await t.http.get(`/api/dispatches/slug/${story.slug}`)).text).toContain('six men')
  })

  it('a rejection holds the publish with legal’s note until the text changes and is approved', async () => {
    const story = await file([RISKY])
    const rejected = await review(story.id, { decision: 'reject', note: 'Attribute the claim to the police report' })
    expect(rejected.status).toBe(200)
    expect(rejected.body.status).toBe('rejected')
    await toApproved(story.id)
    const held = await move(story.id, 'published')
    expect(held.body.errors[0].reasons[0].message).toBe(
      'The story needs a legal read (1 passage is flagged for legal); legal rejected its text: Attribute the claim to the police report',
    )
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(`${RISKY} The police report says so.`) })).status).toBe(200)
    expect((await working(story.id)).legalRead?.status).toBe('pending')
    expect((await review(story.id, { decision: 'approve' })).status).toBe(200)
    expect((await move(story.id, 'published')).status).toBe(200)
    expect((await eventsOf(story.id)).filter((e) => e.kind === 'legal_read').map((e) => e.note)).toEqual([
      'Text rejected: Attribute the claim to the police report',
      'Text approved',
    ])
  })
})

describe('bad input: a clear refusal and nothing changed', () => {
  it.each([
    ['editor', 403, 'ROLE_NOT_ALLOWED'],
    ['correspondent', 403, 'ROLE_NOT_ALLOWED'],
    ['frontend', 403, 'ROLE_NOT_ALLOWED'],
    ['anonymous', 401, 'UNAUTHENTICATED'],
  ] as Array<[DemoRole | 'anonymous', number, string]>)('a legal review by %s answers %i %s', async (role, status, code) => {
    const story = await file([RISKY])
    await unchanged(story.id, async () => {
      const res = await review(story.id, { decision: 'approve' }, role)
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([status, code])
      const gql = await graphql(role, `mutation { reviewDispatch(id: ${story.id}, reviewed: "${await storyReviewed(t.payload, story.id)}", decision: approve) { status } }`)
      expect(gql.body.errors?.[0]?.extensions?.code ?? gql.body.errors?.[0]?.message).toBeTruthy()
      expect(gql.body.data?.reviewDispatch ?? null).toBeNull()
    })
  })

  it.each([
    ['a decision other than approve or reject', { decision: 'maybe' }, 400, 'INVALID_REQUEST', 'decision must be "approve" or "reject"'],
    ['no decision', {}, 400, 'INVALID_REQUEST', 'decision'],
    ['an unknown field', { decision: 'approve', hash: 'abc' }, 400, 'INVALID_REQUEST', 'hash'],
    ['a reject without a note', { decision: 'reject' }, 400, 'NOTE_REQUIRED', 'note'],
    ['a reject with a blank note', { decision: 'reject', note: '   ' }, 400, 'NOTE_REQUIRED', 'note'],
    ['a note too long', { decision: 'approve', note: 'x'.repeat(5001) }, 400, 'INVALID_REQUEST', 'note'],
  ] as Array<[string, unknown, number, string, string]>)('%s is refused', async (_name, input, status, code, names) => {
    const story = await file([RISKY])
    await unchanged(story.id, async () => {
      const res = await review(story.id, input)
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([status, code])
      expect(res.body.errors[0].message).toContain(names)
    })
  })

  it('a body that is not JSON answers 400', async () => {
    const story = await file([RISKY])
    await unchanged(story.id, async () => {
      const res = await t.http.post(`/api/dispatches/${story.id}/legal-review`).set('Authorization', await jwt('legal')).set('Content-Type', 'application/json').send('{decision:')
      expect(res.status).toBe(400)
    })
  })

  it('a decision over GraphQL that is not approve or reject is refused by the schema', async () => {
    const story = await file([RISKY])
    await unchanged(story.id, async () => {
      const gql = await graphql('legal', `mutation { reviewDispatch(id: ${story.id}, decision: maybe) { status } }`)
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    })
  })

  it('a legal review of a story that needs none answers 409 LEGAL_READ_NOT_REQUIRED, over REST and GraphQL', async () => {
    const story = await file([HARMLESS])
    await unchanged(story.id, async () => {
      const res = await review(story.id, { decision: 'approve' })
      expect([res.status, res.body.errors?.[0]?.code]).toEqual([409, 'LEGAL_READ_NOT_REQUIRED'])
      const gql = await graphql('legal', `mutation { reviewDispatch(id: ${story.id}, reviewed: "${await storyReviewed(t.payload, story.id)}", decision: approve) { status } }`)
      expect(gql.body.errors[0].extensions.code).toBe('LEGAL_READ_NOT_REQUIRED')
    })
  })

  it('a legal review of a story that does not exist answers 404, of a malformed id a 4xx, never a 500', async () => {
    const res = await review(987654, { decision: 'approve' })
    expect([res.status, res.body.errors?.[0]?.code]).toEqual([404, 'NOT_FOUND'])
    for (const id of ['abc', '1.5', '-1', '9999999999999999999999']) {
      for (const call of [
        () => t.http.post(`/api/dispatches/${id}/legal-review`).set('Authorization', `JWT ${'x'}`).send({ decision: 'approve' }),
        async () => send('legal', 'post', `/api/dispatches/${id}/legal-review`, { decision: 'approve' }),
        async () => send('legal', 'get', `/api/dispatches/${id}/legal-review`),
        async () => send('legal', 'post', `/api/dispatches/${id}/legal-read`, { required: true }),
      ]) {
        const answer = await call()
        expect({ id, status: answer.status >= 400 && answer.status < 500 }).toEqual({ id, status: true })
      }
    }
  })

  it('the legal-review state is for the desk: 403 for correspondents and frontend, 401 anonymous', async () => {
    const story = await file([RISKY], {}, 'correspondent')
    expect((await send('correspondent', 'get', `/api/dispatches/${story.id}/legal-review`)).status).toBe(403)
    expect((await send('frontend', 'get', `/api/dispatches/${story.id}/legal-review`)).status).toBe(403)
    expect((await send('anonymous', 'get', `/api/dispatches/${story.id}/legal-review`)).status).toBe(401)
    for (const role of ['editor', 'legal', 'admin'] as const) expect((await send(role, 'get', `/api/dispatches/${story.id}/legal-review`)).status).toBe(200)
  })
})

describe('asking for a read is a ratchet', () => {
  it('an editor may ask for a read of any story, but only legal and admins drop the request (403 LEGAL_FLAG_LOCKED)', async () => {
    const story = await file([HARMLESS])
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { legalRead: { required: true } })).status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ required: true, status: 'pending', passages: [] })

    await unchanged(story.id, async () => {
      const res = await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { headline: 'Sneaked in', legalRead: { required: false } })
      expect([res.status, res.body.errors?.[0]?.data?.code ?? res.body.errors?.[0]?.code]).toEqual([403, 'LEGAL_FLAG_LOCKED'])
      expect((await working(story.id)).headline).not.toBe('Sneaked in')
      const gql = await graphql('editor', `mutation { updateDispatch(id: ${story.id}, draft: true, data: { legalRead: { required: false } }) { id } }`)
      expect(gql.body.errors[0].extensions.code).toBe('LEGAL_FLAG_LOCKED')
      // Legal writes no copy: it asks through its own command.
      const legalPatch = await send('legal', 'patch', `/api/dispatches/${story.id}?draft=true`, { legalRead: { required: false } })
      expect(legalPatch.status).toBe(403)
    })
    await toApproved(story.id)
    expect((await move(story.id, 'published')).body.errors[0].code).toBe('LEGAL_READ_REQUIRED')

    const dropped = await send('legal', 'post', `/api/dispatches/${story.id}/legal-read`, { required: false, note: 'Nothing actionable' })
    expect(dropped.status).toBe(200)
    expect(dropped.body).toMatchObject({ required: false, needed: false, status: 'not_required' })
    expect((await eventsOf(story.id)).filter((e) => e.kind === 'legal_read').map((e) => e.note)).toEqual(['Legal read no longer asked for: Nothing actionable'])
    const out = await move(story.id, 'published')
    expect([out.status, out.body.errors?.[0]?.message]).toEqual([200, undefined])
  })

  it('legal asks for a read over REST or GraphQL; editors and correspondents may not use that command', async () => {
    const story = await file([HARMLESS])
    for (const role of ['editor', 'correspondent', 'frontend'] as const) {
      await unchanged(story.id, async () => {
        expect((await send(role, 'post', `/api/dispatches/${story.id}/legal-read`, { required: true })).status).toBe(403)
      })
    }
    await unchanged(story.id, async () => {
      expect((await send('legal', 'post', `/api/dispatches/${story.id}/legal-read`, { required: 'yes' })).status).toBe(400)
    })
    const asked = await graphql('legal', `mutation { requireLegalRead(id: ${story.id}, required: true, note: "Complaint from the family") { required needed status } }`)
    expect(asked.body.data.requireLegalRead).toEqual({ required: true, needed: true, status: 'pending' })
    // An admin may also drop it by a plain save.
    expect((await send('admin', 'patch', `/api/dispatches/${story.id}?draft=true`, { legalRead: { required: false } })).status).toBe(200)
    expect((await working(story.id)).legalRead?.required).toBe(false)
  })

  it('a correspondent asks for a read of their own draft but cannot drop it', async () => {
    const story = await file([HARMLESS], {}, 'correspondent')
    expect((await send('correspondent', 'patch', `/api/dispatches/${story.id}?draft=true`, { legalRead: { required: true } })).status).toBe(200)
    await unchanged(story.id, async () => {
      expect((await send('correspondent', 'patch', `/api/dispatches/${story.id}?draft=true`, { legalRead: { required: false } })).status).toBe(403)
    })
  })

  it('restoring a version from before the request keeps it; a duplicate carries it, but not legal’s approval', async () => {
    const story = await file([RISKY])
    const versions = await send('editor', 'get', `/api/dispatches/versions?where[parent][equals]=${story.id}&sort=createdAt&depth=0`)
    const first = versions.body.docs[0].id
    expect((await send('legal', 'post', `/api/dispatches/${story.id}/legal-read`, { required: true })).status).toBe(200)
    expect((await review(story.id, { decision: 'approve' })).status).toBe(200)

    const restored = await send('editor', 'post', `/api/dispatches/versions/${first}?draft=true`)
    expect(restored.status).toBe(200)
    expect((await working(story.id)).legalRead).toMatchObject({ required: true, status: 'approved' })

    const copy = await send('editor', 'post', `/api/dispatches/${story.id}/duplicate`)
    expect([200, 201]).toContain(copy.status)
    const duplicate = await working(copy.body.doc.id)
    expect(duplicate.legalRead).toMatchObject({ required: true, status: 'pending', approvedHash: null, reviewer: null, passages: [{ text: RISKY }] })
  })
})

describe('the scheduled release checks the read again when it fires', () => {
  it('an edit after legal’s approval holds the story back, says why and mails the editors', async () => {
    const story = await file([RISKY])
    expect((await review(story.id, { decision: 'approve' })).status).toBe(200)
    await toApproved(story.id)
    const embargo = new Date(Date.now() + 2500).toISOString()
    expect((await move(story.id, 'scheduled', { embargoUntil: embargo })).status).toBe(200)
    expect((await send('editor', 'patch', `/api/dispatches/${story.id}?draft=true`, { body: body(RISKY.replace('fraud', 'fraud and theft')) })).status).toBe(200)

    const deadline = Date.now() + 15_000
    while ((await working(story.id)).workflowStatus !== 'approved') {
      if (Date.now() > deadline) throw new Error('the release never ran')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect((await t.http.get(`/api/dispatches/slug/${story.slug}`)).status).toBe(404)
    const failed = (await eventsOf(story.id)).filter((e) => e.kind === 'schedule_failed')
    expect(failed).toHaveLength(1)
    expect(failed[0]!.note).toContain('The story needs a legal read (1 passage is flagged for legal); it has changed since legal approved it')
    expect(failed[0]!.gate).toMatchObject({ legalRead: { passages: 1, hashMatches: false } })
    const mail = await smtp.waitFor((m) => m.subject === `Scheduled publish failed: ${story.headline}`)
    expect(mail.to).toEqual(['editor@dateline.local'])
    expect(mail.text).toContain('it has changed since legal approved it')
  })

  it('an approved text goes out at its embargo', async () => {
    const story = await file([RISKY])
    expect((await review(story.id, { decision: 'approve' })).status).toBe(200)
    await toApproved(story.id)
    expect((await move(story.id, 'scheduled', { embargoUntil: new Date(Date.now() + 1500).toISOString() })).status).toBe(200)
    const deadline = Date.now() + 15_000
    while ((await t.http.get(`/api/dispatches/slug/${story.slug}`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the release never ran')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const released = (await eventsOf(story.id)).find((e) => e.to === 'published')
    expect(released?.gate).toMatchObject({ failures: [], legalRead: { passages: 1, hashMatches: true, status: 'approved' } })
  })
})
