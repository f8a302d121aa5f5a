/**
 * Only users who may edit a document hold its lock (`payload-locked-documents`), over the API and
 * through the admin's own lock writes; the lock names whoever took it; readers never see locks
 * nor take one over. And the workflow panel says whether the form is editable, and why not.
 */
import type { Dispatch } from '../../payload-types'
import { createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

let t: TestApp
let reporterId = 0
let ownProfile = 0

type ErrorBody = { errors?: Array<{ code?: string; data?: { code?: string }; message?: string }> }
const codeOf = (body: ErrorBody): string | undefined => body.errors?.[0]?.code
const auth = async (role: DemoRole) => ({ Authorization: `JWT ${await t.token(role)}` })
const LOCKS = '/api/payload-locked-documents'

const story = (status: Dispatch['workflowStatus'], byline = reporterId): Promise<Dispatch> =>
  createStoryFixture(t.payload, byline, status, {}, 'Locked story')

const locksOn = async (id: number) =>
  (
    await t.payload.find({
      collection: 'payload-locked-documents',
      where: { and: [{ 'document.relationTo': { equals: 'dispatches' } }, { 'document.value': { equals: id } }] },
      depth: 0,
    })
  ).docs

async function lock(role: DemoRole, id: number, holder?: number) {
  return t.http
    .post(LOCKS)
    .set(await auth(role))
    .send({ document: { relationTo: 'dispatches', value: id }, user: { relationTo: 'users', value: holder ?? (await t.user(role)).id } })
}

beforeAll(async () => {
  t = await startTestApp()
  const correspondent = await t.user('correspondent')
  ownProfile = Number(correspondent.correspondent)
  const { docs } = await t.payload.find({ collection: 'correspondents', where: { id: { not_equals: ownProfile } }, limit: 1, depth: 0 })
  reporterId = docs[0].id
})
afterAll(async () => {
  await t?.stop()
})

describe('who may lock a story', () => {
  it('a frontend account can no longer lock editors out (was 423)', async () => {
    const draft = await story('draft')
    const editor = await t.user('editor')
    const res = await lock('frontend', draft.id, editor.id)
    expect([res.status]).toEqual([403])
    expect(await locksOn(draft.id)).toHaveLength(0)
    const save = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('editor')).send({ dateline: 'Raqqa' })
    expect(save.status).toBe(200)
  })

  it.each([
    ['legal', 'draft', 'someone else’s'],
    ['correspondent', 'draft', 'someone else’s'],
    ['correspondent', 'in_review', 'own'],
  ] as const)('refuses %s a lock on a %s story (%s) with 403 LOCK_NOT_ALLOWED', async (role, status, whose) => {
    const draft = await story(status, whose === 'own' ? ownProfile : reporterId)
    const res = await lock(role, draft.id)
    expect([res.status, codeOf(res.body)]).toEqual([403, 'LOCK_NOT_ALLOWED'])
    expect(await locksOn(draft.id)).toHaveLength(0)
  })

  it('lets an editor and the story’s own correspondent lock it, in their own name whatever they send', async () => {
    const draft = await story('draft', ownProfile)
    const admin = await t.user('admin')
    const editorLock = await lock('editor', draft.id, admin.id)
    expect(editorLock.status).toBe(201)
    const [stored] = await locksOn(draft.id)
    expect((stored.user as { value: unknown }).value).toBe((await t.user('editor')).id)
    // The admin's 423 names the holder: a save by someone else is refused while the lock is fresh.
    const blocked = await t.http.patch(`/api/dispatches/${draft.id}?draft=true`).set(await auth('correspondent')).send({ dateline: 'X' })
    expect(blocked.status).toBe(423)
    await t.payload.delete({ collection: 'payload-locked-documents', where: { id: { equals: stored.id } } })
    const own = await lock('correspondent', draft.id)
    expect(own.status).toBe(201)
    // The holder lets go of it (the admin does so when they leave the edit view).
    const released = await t.http.delete(`${LOCKS}/${own.body.doc.id}`).set(await auth('correspondent'))
    expect(released.status).toBe(200)
    expect(await locksOn(draft.id)).toHaveLength(0)
  })

  it('does not let a reader take a lock over, read locks or delete someone else’s', async () => {
    const draft = await story('draft')
    expect((await lock('editor', draft.id)).status).toBe(201)
    const [held] = await locksOn(draft.id)
    for (const role of ['legal', 'frontend'] as const) {
      const takeOver = await t.http.patch(`${LOCKS}/${held.id}`).set(await auth(role)).send({ user: { relationTo: 'users', value: (await t.user(role)).id } })
      expect([role, takeOver.status]).toEqual([role, 403])
      const remove = await t.http.delete(`${LOCKS}/${held.id}`).set(await auth(role))
      expect([role, remove.status]).toEqual([role, 403])
    }
    const list = await t.http.get(LOCKS).set(await auth('frontend'))
    expect(list.status).toBe(403)
    expect((await t.http.get(LOCKS)).status).toBe(403)
    const [after] = await locksOn(draft.id)
    expect((after.user as { value: unknown }).value).toBe((await t.user('editor')).id)
  })

  it('stores no lock when a reader merely opens the edit view (the admin writes locks to the adapter directly)', async () => {
    const draft = await story('draft')
    const asAdminUI = async (role: DemoRole) =>
      t.payload.db.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'dispatches', value: draft.id }, user: { relationTo: 'users', value: (await t.user(role)).id } },
        returning: false,
      })
    await asAdminUI('legal')
    expect(await locksOn(draft.id)).toHaveLength(0)
    await asAdminUI('editor')
    expect(await locksOn(draft.id)).toHaveLength(1)
  })
})

describe('read-only forms', () => {
  const panel = async (role: DemoRole, id: number) =>
    (await t.http.get(`/api/dispatches/${id}/workflow`).set(await auth(role))).body as { canEdit: boolean; reason: string | null }

  it('tells the admin whether the user may save the working copy, and why not', async () => {
    const mine = await story('draft', ownProfile)
    expect(await panel('correspondent', mine.id)).toMatchObject({ canEdit: true, reason: null })
    expect(await panel('editor', mine.id)).toMatchObject({ canEdit: true, reason: null })
    expect(await panel('legal', mine.id)).toMatchObject({ canEdit: false, reason: expect.stringContaining('may not edit') })
    const inReview = await story('in_review', ownProfile)
    const refused = await panel('correspondent', inReview.id)
    expect(refused).toMatchObject({ canEdit: false, reason: expect.stringContaining('in review') })
    // ...and the save the form would send is the 403 COPY_LOCKED the panel predicted.
    const autosave = await t.http.patch(`/api/dispatches/${inReview.id}?draft=true&autosave=true`).set(await auth('correspondent')).send({ standfirst: 'typed' })
    expect([autosave.status, codeOf(autosave.body)]).toEqual([403, 'COPY_LOCKED'])
    expect((await t.payload.findByID({ collection: 'dispatches', id: inReview.id, draft: true })).standfirst).not.toBe('typed')
  })
})
