/**
 * Restoring a version and duplicating a story never publish and never write workflowStatus:
 * a restore comes back as the working copy (a draft) of a story that keeps its status; a
 * duplicate is a fresh draft. Every role, over REST and GraphQL.
 */
import type { Dispatch } from '../../payload-types'
import { transitionDispatch } from '../../src/services/workflowService'
import { createLocalReq } from 'payload'
import { ROLES, startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { createStoryFixture } from '../helpers/storyFixture'

let t: TestApp
let reporterId = 0

const jwt = async (role: DemoRole): Promise<string> => `JWT ${await t.token(role)}`
const working = (id: number): Promise<Dispatch> => t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
const mainRow = (id: number): Promise<Dispatch> => t.payload.findByID({ collection: 'dispatches', id, draft: false, depth: 0 })
const move = async (id: number, to: string, note?: string) =>
  transitionDispatch({ id, to, note }, await createLocalReq({ user: await t.user('editor') }, t.payload))
const eventCount = async (id: number): Promise<number> =>
  (await t.payload.count({ collection: 'workflow-events', where: { dispatch: { equals: id } } })).totalDocs

/**
 * A story published twice: first as "First take", then, after a correction, as "Second take"
 * (live now). Returns it with the id of the first published version.
 */
async function republishedStory(): Promise<{ story: Dispatch; firstLiveVersion: number | string }> {
  const story = await createStoryFixture(t.payload, reporterId, 'approved', { standfirst: 'First take' }, 'Versioned story')
  await move(story.id, 'published')
  const { docs } = await t.payload.findVersions({
    collection: 'dispatches',
    where: { and: [{ parent: { equals: story.id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
  })
  await move(story.id, 'in_review', 'Standfirst corrected')
  await t.payload.update({ collection: 'dispatches', id: story.id, draft: true, data: { standfirst: 'Second take' }, context: { workflowService: true } })
  await move(story.id, 'approved')
  await move(story.id, 'published')
  return { story: await working(story.id), firstLiveVersion: docs[0].id }
}

beforeAll(async () => {
  t = await startTestApp()
  const { docs } = await t.payload.find({ collection: 'correspondents', limit: 1, depth: 0 })
  reporterId = docs[0].id
})
afterAll(async () => {
  await t?.stop()
})

describe('restoring a published version (POST /api/dispatches/versions/:id)', () => {
  it.each(['admin', 'editor'] as const)('%s gets it back as the working copy with ?draft=true; the live copy, status and audit log are untouched', async (role) => {
    const { story, firstLiveVersion } = await republishedStory()
    const events = await eventCount(story.id)
    const liveBefore = await mainRow(story.id)
    const res = await t.http.post(`/api/dispatches/versions/${firstLiveVersion}?draft=true`).set('Authorization', await jwt(role))
    expect(res.status).toBe(200)
    const copy = await working(story.id)
    expect(copy).toMatchObject({ standfirst: 'First take', workflowStatus: 'published', _status: 'draft' })
    expect(copy.publishedAt).toBe(liveBefore.publishedAt)
    expect(copy.corrections?.map((c) => c.text)).toEqual(['Standfirst corrected'])
    const live = await t.http.get(`/api/dispatches/slug/${story.slug}`)
    expect([live.status, live.body.standfirst, live.body.publishedAt]).toEqual([200, 'Second take', liveBefore.publishedAt])
    expect(await eventCount(story.id)).toBe(events)
  })

  it.each(['admin', 'editor'] as const)('%s restoring over the live copy (no ?draft=true) is refused: 403 PUBLISH_OUTSIDE_WORKFLOW', async (role) => {
    const { story, firstLiveVersion } = await republishedStory()
    const res = await t.http.post(`/api/dispatches/versions/${firstLiveVersion}`).set('Authorization', await jwt(role))
    expect([res.status, res.body.errors?.[0]?.data?.code ?? res.body.errors?.[0]?.code]).toEqual([403, 'PUBLISH_OUTSIDE_WORKFLOW'])
    expect(res.body.errors[0].message).toContain('?draft=true')
    expect((await t.http.get(`/api/dispatches/slug/${story.slug}`)).body.standfirst).toBe('Second take')
    expect((await working(story.id)).standfirst).toBe('Second take')
  })

  it.each([
    ['correspondent', 403],
    ['legal', 403],
    ['frontend', 403],
    [null, 403],
  ] as const)('%s is refused (%i) and nothing changes', async (role, status) => {
    const { story, firstLiveVersion } = await republishedStory()
    const req = t.http.post(`/api/dispatches/versions/${firstLiveVersion}?draft=true`)
    if (role) req.set('Authorization', await jwt(role))
    expect((await req).status).toBe(status)
    expect((await working(story.id)).standfirst).toBe('Second take')
  })

  it('a correspondent restores an earlier draft of their own story while it is in draft; it stays a draft', async () => {
    const token = await jwt('correspondent')
    const created = await t.http.post('/api/dispatches?draft=true').set('Authorization', token).send({
      headline: `Own versioned ${Date.now()}`,
      standfirst: 'Draft one',
      byline: [{ correspondent: reporterId, role: 'reporter' }],
    })
    const id = created.body.doc.id as number
    await t.http.patch(`/api/dispatches/${id}?draft=true`).set('Authorization', token).send({ standfirst: 'Draft two' })
    const { docs } = await t.payload.findVersions({ collection: 'dispatches', where: { and: [{ parent: { equals: id } }, { 'version.standfirst': { equals: 'Draft one' } }] }, limit: 1 })
    const res = await t.http.post(`/api/dispatches/versions/${docs[0].id}?draft=true`).set('Authorization', token)
    expect(res.status).toBe(200)
    expect(await working(id)).toMatchObject({ standfirst: 'Draft one', workflowStatus: 'draft', _status: 'draft' })
    // Once submitted, their rights end: no restore either.
    await transitionDispatch({ id, to: 'in_review' }, await createLocalReq({ user: await t.user('correspondent') }, t.payload))
    const locked = await t.http.post(`/api/dispatches/versions/${docs[0].id}?draft=true`).set('Authorization', token)
    expect(locked.status).toBe(403)
  })

  it('GraphQL restoreVersionDispatch does the same: working copy only, for the desk only', async () => {
    const { story, firstLiveVersion } = await republishedStory()
    const id = typeof firstLiveVersion === 'number' ? firstLiveVersion : JSON.stringify(firstLiveVersion)
    const gql = async (role: DemoRole, draft: boolean) =>
      (await t.http.post('/api/graphql').set('Authorization', await jwt(role)).send({ query: `mutation { restoreVersionDispatch(id: ${id}, draft: ${draft}) { id standfirst } }` })).body
    expect((await gql('legal', true)).errors?.[0]?.message).toBeTruthy()
    expect((await gql('editor', false)).errors?.[0]?.extensions?.code).toBe('PUBLISH_OUTSIDE_WORKFLOW')
    expect((await working(story.id)).standfirst).toBe('Second take')
    const editor = await gql('editor', true)
    expect(editor.errors).toBeUndefined()
    expect(await working(story.id)).toMatchObject({ standfirst: 'First take', workflowStatus: 'published' })
    expect((await t.http.get(`/api/dispatches/slug/${story.slug}`)).body.standfirst).toBe('Second take')
  })
})

describe('duplicating a story (POST /api/dispatches/:id/duplicate)', () => {
  it.each(ROLES.map((role) => [role] as const))('%s', async (role) => {
    const source = await createStoryFixture(t.payload, reporterId, 'approved', { standfirst: 'Original' }, 'Duplicated story')
    await move(source.id, 'published')
    const res = await t.http.post(`/api/dispatches/${source.id}/duplicate`).set('Authorization', await jwt(role)).send({})
    if (role === 'legal' || role === 'frontend') {
      expect(res.status).toBe(403)
      return
    }
    expect(res.status).toBe(200)
    const copy = await working(res.body.doc.id)
    expect(copy).toMatchObject({ _status: 'draft', workflowStatus: 'draft', standfirst: 'Original', headline: source.headline })
    expect(copy.slug).not.toBe(source.slug)
    expect(copy.publishedAt ?? null).toBeNull()
    expect(copy.firstPublishedAt ?? null).toBeNull()
    expect(copy.corrections ?? []).toEqual([])
    expect((await mainRow(copy.id))._status).toBe('draft')
    expect(await eventCount(copy.id)).toBe(0)
    expect((await t.http.get(`/api/dispatches/slug/${copy.slug}`)).status).toBe(404)
    // The source is untouched.
    expect(await mainRow(source.id)).toMatchObject({ _status: 'published', workflowStatus: 'published' })
  })
})

describe('the embargo of a scheduled story', () => {
  it('is moved only by unscheduling and scheduling again (409 EMBARGO_LOCKED); other edits still save', async () => {
    const s = await createStoryFixture(t.payload, reporterId, 'approved', {}, 'Scheduled story')
    const editor = await jwt('editor')
    const embargo = new Date(Date.now() + 3_600_000).toISOString()
    expect((await t.http.post(`/api/dispatches/${s.id}/transition`).set('Authorization', editor).send({ to: 'scheduled', embargoUntil: embargo })).status).toBe(200)
    const moved = await t.http.patch(`/api/dispatches/${s.id}?draft=true`).set('Authorization', editor).send({ embargoUntil: new Date(Date.now() + 60_000).toISOString() })
    expect([moved.status, moved.body.errors?.[0]?.data?.code ?? moved.body.errors?.[0]?.code]).toEqual([409, 'EMBARGO_LOCKED'])
    const same = await t.http.patch(`/api/dispatches/${s.id}?draft=true`).set('Authorization', editor).send({ embargoUntil: embargo, standfirst: 'Late polish' })
    expect(same.status).toBe(200)
    expect(await working(s.id)).toMatchObject({ workflowStatus: 'scheduled', standfirst: 'Late polish', embargoUntil: embargo })
  })
})
