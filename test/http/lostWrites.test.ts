/**
 * No lost writes: a save based on an older version than the stored one is refused with 409
 * STALE_VERSION naming who saved in between, and nothing changes — over REST (If-Match with the
 * ETag of a GET, or the updatedAt the client loaded, as the admin form sends it in `_payload`),
 * over GraphQL (updatedAt in data), for dispatches, quotes and media assets. A user's own
 * autosaves never count as someone else's; `If-Match: *` / `?override=true` overwrite knowingly.
 */
import type { Dispatch } from '../../payload-types'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0
let editorName = ''

type ErrorBody = { errors?: Array<{ message?: string; code?: string; data?: Record<string, unknown>; extensions?: { code?: string } }> }
const codeOf = (body: ErrorBody): string | undefined => body.errors?.[0]?.code
const auth = async (role: DemoRole) => ({ Authorization: `JWT ${await t.token(role)}` })

const story = (extra: Partial<Dispatch> = {}): Promise<Dispatch> => createStoryFixture(t.payload, reporterId, 'draft', extra, 'Lost write')

/** What the admin's edit view does on save: PATCH with multipart `_payload` carrying every field, updatedAt included. */
async function adminFormSave(role: DemoRole, slug: string, id: number, data: Record<string, unknown>, autosave = false) {
  const query = slug === 'dispatches' ? `?depth=0&draft=true${autosave ? '&autosave=true' : ''}` : '?depth=0'
  return t.http.patch(`/api/${slug}/${id}${query}`).set(await auth(role)).field('_payload', JSON.stringify(data))
}

async function load(role: DemoRole, slug: string, id: number) {
  const res = await t.http.get(`/api/${slug}/${id}${slug === 'dispatches' ? '?draft=true' : ''}`).set(await auth(role))
  expect(res.status).toBe(200)
  return { doc: res.body as Record<string, unknown> & { updatedAt: string }, etag: res.headers.etag as string }
}

const relationOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id: unknown }).id : (value ?? null))
const stored = async (id: number) => t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })

beforeAll(async () => {
  t = await startTestApp()
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  reporterId = docs[0].id
  editorName = (await t.user('editor')).name ?? 'editor@dateline.local'
})
afterAll(async () => {
  await t?.stop()
})

describe('the lost write from the issue', () => {
  it('editor saves; admin saves from the version it loaded before: 409 naming the editor, nothing changed', async () => {
    const draft = await story()
    const adminView = await load('admin', 'dispatches', draft.id)
    const editorView = await load('editor', 'dispatches', draft.id)
    const saved = await adminFormSave('editor', 'dispatches', draft.id, { ...editorView.doc, standfirst: 'The editor’s standfirst' })
    expect(saved.status).toBe(200)
    const afterEditor = await stored(draft.id)

    const stale = await adminFormSave('admin', 'dispatches', draft.id, { ...adminView.doc, standfirst: 'The admin’s standfirst' })
    expect(stale.status).toBe(409)
    expect(codeOf(stale.body)).toBe('STALE_VERSION')
    expect(stale.body.errors[0].message).toContain(editorName)
    expect(stale.body.errors[0]).toMatchObject({
      code: 'STALE_VERSION',
      savedBy: { name: editorName, email: 'editor@dateline.local' },
      savedAt: afterEditor.updatedAt,
      basedOn: adminView.doc.updatedAt,
    })
    const after = await stored(draft.id)
    expect(after.standfirst).toBe('The editor’s standfirst')
    expect(after.updatedAt).toBe(afterEditor.updatedAt)

    // The autosave of that stale form is refused the same way.
    const autosave = await adminFormSave('admin', 'dispatches', draft.id, { ...adminView.doc, standfirst: 'typed on' }, true)
    expect([autosave.status, codeOf(autosave.body)]).toEqual([409, 'STALE_VERSION'])
    expect((await stored(draft.id)).standfirst).toBe('The editor’s standfirst')

    // After a reload the admin saves over the editor's version.
    const reloaded = await load('admin', 'dispatches', draft.id)
    const again = await adminFormSave('admin', 'dispatches', draft.id, { ...reloaded.doc, standfirst: 'The admin’s, knowingly' })
    expect(again.status).toBe(200)
    expect((await stored(draft.id)).standfirst).toBe('The admin’s, knowingly')
  })

  it('If-Match: the ETag of a GET saves once; the same ETag again is stale; a malformed one is 400', async () => {
    const draft = await story()
    const { etag, doc } = await load('editor', 'dispatches', draft.id)
    expect(etag).toBe(`"${draft.id}-${Date.parse(doc.updatedAt)}"`)
    const first = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('editor')).set('If-Match', etag).send({ dateline: 'Raqqa, Syria' })
    expect(first.status).toBe(200)
    const second = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('admin')).set('If-Match', etag).send({ dateline: 'Mosul, Iraq' })
    expect([second.status, codeOf(second.body)]).toEqual([409, 'STALE_VERSION'])
    expect(second.body.errors[0].currentVersion).toBe((await load('admin', 'dispatches', draft.id)).etag)
    expect((await stored(draft.id)).dateline).toBe('Raqqa, Syria')

    for (const bad of ['W/"1-2"', 'abc', `"${draft.id + 1}-${Date.parse(doc.updatedAt)}"`]) {
      const res = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('admin')).set('If-Match', bad).send({ dateline: 'Nowhere' })
      expect([bad, res.status, codeOf(res.body)]).toEqual([bad, 400, 'INVALID_PRECONDITION'])
    }
    const badBody = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('admin')).send({ dateline: 'Nowhere', updatedAt: 'yesterday' })
    expect(badBody.status).toBe(400)
    expect((await stored(draft.id)).dateline).toBe('Raqqa, Syria')
  })

  it('overrides: If-Match: * and ?override=true save over a newer version', async () => {
    const draft = await story()
    const old = await load('admin', 'dispatches', draft.id)
    expect((await adminFormSave('editor', 'dispatches', draft.id, { ...old.doc, dateline: 'Editor' })).status).toBe(200)
    const star = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('admin')).set('If-Match', '*').field('_payload', JSON.stringify({ ...old.doc, dateline: 'Admin *' }))
    expect(star.status).toBe(200)
    expect((await stored(draft.id)).dateline).toBe('Admin *')
    expect((await adminFormSave('editor', 'dispatches', draft.id, { ...(await load('editor', 'dispatches', draft.id)).doc, dateline: 'Editor 2' })).status).toBe(200)
    const flag = await t.http.patch(`/api/dispatches/${draft.id}?draft=true&override=true`).set(await auth('admin')).field('_payload', JSON.stringify({ ...old.doc, dateline: 'Admin override' }))
    expect(flag.status).toBe(200)
    expect((await stored(draft.id)).dateline).toBe('Admin override')
  })

  it('a user’s own autosaves never make their form stale, even when the form lags behind them', async () => {
    const draft = await story()
    const { doc } = await load('editor', 'dispatches', draft.id)
    // The form sends the updatedAt it loaded on every autosave, as a form that has not caught up would.
    for (const text of ['one', 'one two', 'one two three']) {
      const res = await adminFormSave('editor', 'dispatches', draft.id, { ...doc, standfirst: text }, true)
      expect([text, res.status]).toEqual([text, 200])
    }
    expect((await adminFormSave('editor', 'dispatches', draft.id, { ...doc, standfirst: 'saved' })).status).toBe(200)
    expect((await stored(draft.id)).standfirst).toBe('saved')
    // ...but once someone else saved, that same lagging form is stale.
    expect((await adminFormSave('admin', 'dispatches', draft.id, { ...(await load('admin', 'dispatches', draft.id)).doc, standfirst: 'admin' })).status).toBe(200)
    const lagging = await adminFormSave('editor', 'dispatches', draft.id, { ...doc, standfirst: 'lost?' }, true)
    expect([lagging.status, codeOf(lagging.body)]).toEqual([409, 'STALE_VERSION'])
    expect((await stored(draft.id)).standfirst).toBe('admin')
  })

  it('two saves from the same version at once: one is stored, the other is 409 and changed nothing', async () => {
    const draft = await story()
    const { etag } = await load('editor', 'dispatches', draft.id)
    const save = async (role: DemoRole, dateline: string) =>
      t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth(role)).set('If-Match', etag).send({ dateline })
    const answers = await Promise.all([save('editor', 'By the editor'), save('admin', 'By the admin')])
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409])
    const winner = answers.find((res) => res.status === 200)!
    expect((await stored(draft.id)).dateline).toBe(winner.body.doc.dateline)
  })

  it('a save that says nothing about its version writes blind, as before', async () => {
    const draft = await story()
    await adminFormSave('editor', 'dispatches', draft.id, { ...(await load('editor', 'dispatches', draft.id)).doc, dateline: 'A' })
    const blind = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('admin')).send({ dateline: 'B' })
    expect(blind.status).toBe(200)
  })
})

describe('who saved', () => {
  it('an admin can still delete a user who saved; the story then names no one', async () => {
    const draft = await story()
    const admin = await auth('admin')
    const created = await t.http.post('/api/users').set(admin).send({ email: 'leaver@dateline.local', password: 'leaver-password', name: 'Lee Leaver', roles: ['editor'] })
    expect(created.status).toBe(201)
    const login = await t.http.post('/api/users/login').send({ email: 'leaver@dateline.local', password: 'leaver-password' })
    const saved = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set({ Authorization: `JWT ${login.body.token}` }).send({ dateline: 'Left' })
    expect(saved.status).toBe(200)
    expect(relationOf((await stored(draft.id)).updatedBy)).toBe(created.body.doc.id)
    const removed = await t.http.delete(`/api/users/${created.body.doc.id}`).set(admin)
    expect(removed.status).toBe(200)
    expect(relationOf((await stored(draft.id)).updatedBy)).toBeNull()
  })
})

describe('GraphQL', () => {
  it('refuses a stale updateDispatch (updatedAt in data) with extensions.code STALE_VERSION', async () => {
    const draft = await story()
    const old = await load('admin', 'dispatches', draft.id)
    expect((await adminFormSave('editor', 'dispatches', draft.id, { ...old.doc, dateline: 'Editor' })).status).toBe(200)
    const query = `mutation($id: Int!, $at: String) { updateDispatch(id: $id, draft: true, data: { dateline: "Admin", updatedAt: $at }) { id dateline } }`
    const res = await t.http.post('/api/graphql').set(await auth('admin')).send({ query, variables: { id: draft.id, at: old.doc.updatedAt } })
    expect(res.body.errors?.[0]?.extensions?.code).toBe('STALE_VERSION')
    expect(res.body.errors?.[0]?.message).toContain(editorName)
    expect((await stored(draft.id)).dateline).toBe('Editor')
    const fresh = await t.http.post('/api/graphql').set(await auth('admin')).send({ query, variables: { id: draft.id, at: (await stored(draft.id)).updatedAt } })
    expect(fresh.body.errors).toBeUndefined()
    expect(fresh.body.data.updateDispatch.dateline).toBe('Admin')
  })
})

describe('quotes and media assets', () => {
  it.each(['quotes', 'media-assets'] as const)('refuses a stale save of %s and keeps the newer one', async (slug) => {
    const draft = await story()
    const created =
      slug === 'quotes'
        ? await t.payload.create({ collection: 'quotes', data: { text: 'We will hold the line', dispatch: draft.id } })
        : await t.payload.create({ collection: 'media-assets', data: { creditLine: 'Reuters', caption: 'First caption' } })
    const field = slug === 'quotes' ? 'context' : 'caption'
    const old = await load('admin', slug, created.id)
    expect(old.etag).toBe(`"${created.id}-${Date.parse(old.doc.updatedAt)}"`)
    const editor = await t.http.patch(`/api/${slug}/${created.id}`).set(await auth('editor')).set('If-Match', old.etag).send({ [field]: 'Editor’s' })
    expect(editor.status).toBe(200)
    const stale = await adminFormSave('admin', slug, created.id, { ...old.doc, [field]: 'Admin’s' })
    expect([stale.status, codeOf(stale.body)]).toEqual([409, 'STALE_VERSION'])
    expect(stale.body.errors[0].message).toContain(editorName)
    const now = (await t.payload.findByID({ collection: slug, id: created.id, depth: 0 })) as unknown as Record<string, unknown>
    expect(now[field]).toBe('Editor’s')
  })

  it.each(['quotes', 'media-assets'] as const)('lets one of two saves of %s from the same version through at once, the other 409', async (slug) => {
    const draft = await story()
    const created =
      slug === 'quotes'
        ? await t.payload.create({ collection: 'quotes', data: { text: 'Two desks at once', dispatch: draft.id } })
        : await t.payload.create({ collection: 'media-assets', data: { creditLine: 'Reuters', caption: 'Two desks' } })
    const field = slug === 'quotes' ? 'context' : 'caption'
    const { etag } = await load('editor', slug, created.id)
    const save = async (role: DemoRole) => t.http.patch(`/api/${slug}/${created.id}`).set(await auth(role)).set('If-Match', etag).send({ [field]: role })
    const answers = await Promise.all([save('editor'), save('admin')])
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409])
    const now = (await t.payload.findByID({ collection: slug, id: created.id, depth: 0 })) as unknown as Record<string, unknown>
    expect(now[field]).toBe(answers.find((res) => res.status === 200)!.body.doc[field])
  })
})
