/**
 * Property test of the public read model: after random workflow moves (publish, correct,
 * withdraw, restore, schedule and release), draft edits, quote decisions, and edits to a
 * correspondent or picture that live stories show, every projection the model holds equals what
 * the live copies give when computed from Payload from scratch: the story page and ninjs bytes,
 * the list (entries and order), both feeds, and the correspondents' pages.
 */
import fc from 'fast-check'
import { APIError, createLocalReq, type PayloadRequest } from 'payload'

import { DatelineError } from '../../src/errors'

import type { Dispatch, User } from '../../payload-types'
import { publicModelReader } from '../../src/db/publicModel'
import { toNinjs } from '../../src/delivery/ninjs'
import { feedDocuments, FEED_DOCUMENTS, toListEntry } from '../../src/delivery/projection'
import { computeLatestStories, computePeople, computeStories } from '../../src/server/publicStories'
import { projectionOptions, rebuildPublicModel } from '../../src/services/publicModel'
import { releaseScheduledDispatch } from '../../src/services/scheduledRelease'
import { reviewQuote, transitionDispatch } from '../../src/services/workflowService'
import { WorkflowError } from '../../src/workflow'
import { addQuotesInEveryLegalState, createStoryFixture } from '../helpers/storyFixture'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { quoteReview } from '../helpers/legalReview'

type Action =
  | { kind: 'move'; story: number; to: string }
  | { kind: 'editDraft'; story: number }
  | { kind: 'person'; field: 'title' | 'email' }
  | { kind: 'picture'; field: 'creditLine' | 'caption' }
  | { kind: 'review'; decision: 'approve' | 'reject' }
  | { kind: 'quoteText' }
  | { kind: 'release'; story: number }

const STORIES = 3
const story = fc.integer({ min: 0, max: STORIES - 1 })
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('move' as const), story, to: fc.constantFrom('published', 'published', 'in_review', 'approved', 'withdrawn', 'draft', 'scheduled') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('editDraft' as const), story }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('person' as const), field: fc.constantFrom('title' as const, 'email' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('picture' as const), field: fc.constantFrom('creditLine' as const, 'caption' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('review' as const), decision: fc.constantFrom('approve' as const, 'reject' as const) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'quoteText' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), story }) },
)

let t: TestApp
let editor: User
let legal: User
let person = 0
let picture = 0
let counter = 0
const stats = { runs: 0, actions: 0, refused: 0, checked: 0, liveSeen: 0, withdrawnSeen: 0 }

const reqAs = (user: User): Promise<PayloadRequest> => createLocalReq({ user }, t.payload)

async function attempt(call: () => Promise<unknown>): Promise<void> {
  try {
    await call()
  } catch (error) {
    if (error instanceof WorkflowError || ((error instanceof APIError || error instanceof DatelineError) && error.status < 500)) {
      stats.refused += 1
      return
    }
    throw error
  }
}

async function perform(a: Action, ids: number[], quotes: number[]): Promise<void> {
  counter += 1
  switch (a.kind) {
    case 'move': {
      const to = a.to
      const note = 'Because the desk says so'
      const embargoUntil = to === 'scheduled' ? new Date(Date.now() + 3_600_000).toISOString() : undefined
      // Legal withdraws; the desk does the rest.
      return attempt(async () => transitionDispatch({ id: ids[a.story]!, to, note, embargoUntil }, await reqAs(to === 'withdrawn' ? legal : editor)))
    }
    case 'editDraft':
      return attempt(() =>
        t.payload.update({ collection: 'dispatches', id: ids[a.story]!, draft: true, data: { headline: `Edited headline ${counter}`, standfirst: `Standfirst ${counter}` }, overrideAccess: false, user: editor }),
      )
    case 'person':
      return attempt(() =>
        t.payload.update({ collection: 'correspondents', id: person, data: a.field === 'title' ? { title: `Correspondent ${counter}` } : { email: `p${counter}@example.com` }, overrideAccess: false, user: editor }),
      )
    case 'picture':
      return attempt(() =>
        t.payload.update({ collection: 'media-assets', id: picture, data: a.field === 'creditLine' ? { creditLine: `Reuters/Photographer ${counter}` } : { caption: `Caption ${counter}` }, overrideAccess: false, user: editor }),
      )
    case 'review':
      return attempt(async () => reviewQuote({ id: quotes[1]!, decision: a.decision, note: 'Reviewed', ...(await quoteReview(t.payload, quotes[1]!)) }, await reqAs(legal)))
    case 'quoteText': {
      // A quote's words change in the story (the quote follows them; see docs/legal.md).
      const current = await t.payload.findByID({ collection: 'dispatches', id: ids[0]!, draft: true, depth: 0 })
      const body = JSON.parse(JSON.stringify(current.body).replace(/The road was quiet[^"\\]*/, `The road was quiet, ${counter}.`))
      return attempt(() => t.payload.update({ collection: 'dispatches', id: ids[0]!, draft: true, data: { body }, overrideAccess: false, user: editor }))
    }
    case 'release': {
      const current = await t.payload.findByID({ collection: 'dispatches', id: ids[a.story]!, draft: true, depth: 0 })
      if (current.workflowStatus !== 'scheduled' || !current.embargoUntil) return
      const embargo = new Date(current.embargoUntil)
      await releaseScheduledDispatch({ dispatchId: String(current.id), embargoUntil: embargo.toISOString() }, await createLocalReq({}, t.payload), () => new Date(embargo.getTime() + 1000))
    }
  }
}

/** Every projection in the model equals the one computed from Payload now. */
async function assertModelMatchesPayload(ids: number[]): Promise<void> {
  const options = projectionOptions()
  const reader = publicModelReader(t.payload)
  const computed = await computeStories(t.payload, ids, options.serverUrl)
  for (const id of ids) {
    const row = await reader.storyById(id)
    const want = computed.get(id)
    if (!want) {
      expect([id, row]).toEqual([id, null])
      continue
    }
    expect([id, row?.status]).toEqual([id, want.status])
    if (want.status === 'live') stats.liveSeen += 1
    else stats.withdrawnSeen += 1
    if (want.status !== 'live') continue
    expect(row!.page).toBe(JSON.stringify(want.story))
    expect(row!.ninjs).toBe(JSON.stringify(toNinjs(want.story, { serverUrl: options.serverUrl, siteUrl: options.siteUrl, language: 'en' })))
    expect(row!.entry).toBe(JSON.stringify(toListEntry(want.story)))
  }
  const latest = await computeLatestStories(t.payload, 100, options.serverUrl)
  const listed = await reader.list({ offset: 0, limit: 100 })
  expect(listed.map((r) => r.entry)).toEqual(latest.map((s) => JSON.stringify(toListEntry(s))))
  const feeds = feedDocuments(latest.slice(0, options.feedItems), options)
  expect((await reader.document(FEED_DOCUMENTS.rss.key))?.body).toBe(feeds.rss)
  expect((await reader.document(FEED_DOCUMENTS.json.key))?.body).toBe(feeds.json)
  const people = await computePeople(t.payload, [person], options.serverUrl)
  const page = await reader.personBySlug(people.get(person)!.slug)
  expect(page?.body).toBe(JSON.stringify(people.get(person)))
  stats.checked += 1
}

beforeAll(async () => {
  t = await startTestApp()
  editor = await t.user('editor')
  legal = await t.user('legal')
  const s001 = (await t.payload.find({ collection: 'dispatches', where: { _status: { equals: 'published' } }, depth: 0, limit: 1 })).docs[0] as Dispatch
  picture = Number((s001.media ?? [])[0])
  person = (await t.payload.find({ collection: 'correspondents', where: { name: { equals: 'John Ray' } } })).docs[0].id
})

afterAll(async () => {
  console.log(`read model property: ${JSON.stringify(stats)}`)
  await t?.stop()
})

it('every projection equals what Payload computes from the live copies, after any sequence of changes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
      stats.runs += 1
      const ids: number[] = []
      for (let i = 0; i < STORIES; i++) {
        const created = await createStoryFixture(t.payload, person, 'approved', { media: [picture], tags: [`tag-${i % 2}`, 'shared'] }, `Model story ${i}`)
        ids.push(created.id)
      }
      const quotes = Object.values(await addQuotesInEveryLegalState(t.payload, ids[0]!))
      await assertModelMatchesPayload(ids)
      for (const a of actions) {
        stats.actions += 1
        await perform(a, ids, quotes)
        await assertModelMatchesPayload(ids)
      }
    }),
    {
      numRuns: 10,
      endOnFailure: true,
      // Always tried besides the random runs: every kind of change to a live story is reached.
      examples: [
        [
          [
            { kind: 'move', story: 1, to: 'published' },
            { kind: 'move', story: 2, to: 'published' },
            { kind: 'person', field: 'title' },
            { kind: 'picture', field: 'creditLine' },
            { kind: 'person', field: 'email' },
            { kind: 'move', story: 1, to: 'in_review' },
            { kind: 'editDraft', story: 1 },
            { kind: 'move', story: 1, to: 'approved' },
            { kind: 'move', story: 1, to: 'published' },
            { kind: 'move', story: 2, to: 'withdrawn' },
            { kind: 'review', decision: 'approve' },
            { kind: 'move', story: 0, to: 'scheduled' },
            { kind: 'release', story: 0 },
            { kind: 'quoteText' },
            { kind: 'move', story: 2, to: 'draft' },
          ],
        ],
      ],
    },
  )
  expect(stats.checked).toBeGreaterThan(10)
  // The runs reached live and withdrawn stories, not only drafts.
  expect(stats.liveSeen).toBeGreaterThan(0)
  expect(stats.withdrawnSeen).toBeGreaterThan(0)
})

it('public:rebuild regenerates the same bytes from the live copies', async () => {
  const reader = publicModelReader(t.payload)
  const before = await reader.list({ offset: 0, limit: 100 })
  const rss = await reader.document(FEED_DOCUMENTS.rss.key)
  const result = await rebuildPublicModel(t.payload)
  expect(result.stories).toBeGreaterThan(0)
  expect(await reader.list({ offset: 0, limit: 100 })).toEqual(before)
  expect((await reader.document(FEED_DOCUMENTS.rss.key))?.etag).toBe(rss?.etag)
})
