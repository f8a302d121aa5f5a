/**
 * Every role against every collection and operation through the Local API with
 * `overrideAccess: false`, as the roles table in DESIGN.md reads. Each case asserts what the
 * user actually gets back: which documents, which fields, or which error.
 */
import type { Where } from 'payload'

import type { Correspondent, Dispatch, User } from '../../payload-types'
import { relationId } from '../../src/access/roles'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { showLiveQuotes } from '../helpers/storyFixture'
import { ROLES, startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'

type Who = DemoRole | 'anonymous'
const EVERYONE: Who[] = [...ROLES, 'anonymous']

let t: TestApp
const users = new Map<DemoRole, User>()

/** Ids of the demo and fixture records the cases refer to. */
const ids = {
  story001: 0,
  story000: 0,
  editorDraft: 0,
  liveWithQuotes: 0,
  johnRay: 0,
  johnIrvine: 0,
  publicMedia: [] as number[],
  privateMedia: [] as number[],
  quotePublic: 0,
  quotePending: 0,
  quoteApproved: 0,
  quoteRejected: 0,
}

/** Local API options for acting as a role (or as nobody), with access control on. */
function as(who: Who): { overrideAccess: false; user?: User } {
  if (who === 'anonymous') return { overrideAccess: false }
  return { overrideAccess: false, user: users.get(who)! }
}

/** Runs a Local API call and returns the HTTP-like status of its error, or 200. */
async function statusOf(call: () => Promise<unknown>): Promise<number> {
  try {
    await call()
    return 200
  } catch (error) {
    const status = (error as { status?: number }).status
    if (typeof status !== 'number') throw error
    return status
  }
}

const RAQQA_001 = 'Battle for Raqqa: ITV News on the frontline with liberating forces aiming to recapture the city from IS within days'
const RAQQA_000 = 'Doomed but still dangerous: Frontline threats remain as Isis head for bloody end in Raqqa'

async function dispatchIdByHeadline(headline: string): Promise<number> {
  const { docs } = await t.payload.find({
    collection: 'dispatches',
    where: { headline: { equals: headline } },
    draft: true,
    depth: 0,
  })
  return docs[0].id
}

/** Creates a dispatch as the server would (bypassing access), e.g. a colleague's draft. */
async function serverDispatch(data: Partial<Dispatch> & { headline: string }, publish = false): Promise<Dispatch> {
  return t.payload.create({
    collection: 'dispatches',
    draft: !publish,
    data: {
      slug: `fixture-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
      ...data,
      ...(publish ? { _status: 'published', workflowStatus: 'published', publishedAt: new Date().toISOString() } : {}),
    } as Dispatch,
    context: { workflowService: true },
  })
}

beforeAll(async () => {
  t = await startTestApp()
  for (const role of ROLES) users.set(role, await t.user(role))
  ids.story001 = await dispatchIdByHeadline(RAQQA_001)
  ids.story000 = await dispatchIdByHeadline(RAQQA_000)
  const people = await t.payload.find({ collection: 'correspondents', depth: 0, limit: 50 })
  const person = (name: string) => people.docs.find((doc) => doc.name === name)!.id
  ids.johnRay = person('John Ray')
  ids.johnIrvine = person('John Irvine')

  const editorDraft = await serverDispatch({
    headline: 'A colleague’s draft from Mosul',
    byline: [{ correspondent: ids.johnIrvine, role: 'reporter' }],
    editorialNotes: 'Hold until Irvine confirms the casualty figures.',
    createdBy: users.get('editor')!.id,
  })
  ids.editorDraft = editorDraft.id

  const live = await serverDispatch(
    {
      headline: 'A published story with quotes of every legal status',
      // The quotes below are bound to these words: a quote whose words are not in its story is never public.
      body: lexicalDocument(
        ['The road was quiet that morning.', 'He was the one who gave the order.', 'We buried them at dawn.', 'Everyone knows who did it.'].map(
          (text) => textParagraph(`"${text}" a witness said.`),
        ),
      ) as never,
      byline: [{ correspondent: ids.johnIrvine, role: 'reporter' }],
      editorialNotes: 'Desk only.',
      createdBy: users.get('editor')!.id,
    },
    true,
  )
  ids.liveWithQuotes = live.id
  const quote = async (text: string, extra: Record<string, unknown>, legalDecision = false) =>
    (
      await t.payload.create({
        collection: 'quotes',
        data: { text, dispatch: live.id, speaker: { name: 'a witness', isAnonymous: true }, ...extra } as never,
        context: legalDecision ? { legalDecision: true } : {},
      })
    ).id
  ids.quotePublic = await quote('The road was quiet that morning.', { sensitive: false })
  ids.quotePending = await quote('He was the one who gave the order.', {
    sensitive: true,
    sensitivityReasons: ['allegation'],
    identityNotes: 'Real name: withheld witness W-17.',
  })
  ids.quoteApproved = await quote(
    'We buried them at dawn.',
    {
      sensitive: true,
      sensitivityReasons: ['violence'],
      identityNotes: 'Real name: withheld witness W-18.',
      legal: { status: 'approved', note: 'Cleared by counsel.' },
    },
    true,
  )
  ids.quoteRejected = await quote(
    'Everyone knows who did it.',
    { sensitive: true, sensitivityReasons: ['allegation'], legal: { status: 'rejected', note: 'Defamatory.' } },
    true,
  )
  // Readers see what went out with the story: the snapshot its publish writes (as the fixture does).
  await showLiveQuotes(t.payload, live.id)

  const media = await t.payload.find({ collection: 'media-assets', depth: 0, limit: 100, sort: 'id' })
  ids.publicMedia = media.docs.filter((doc) => doc.isPublic).map((doc) => doc.id)
  ids.privateMedia = media.docs.filter((doc) => !doc.isPublic).map((doc) => doc.id)
})

afterAll(async () => {
  await t?.stop()
})

// ---------------------------------------------------------------------------------------------
describe('dispatches', () => {
  const readable: Record<Who, Array<keyof typeof ids>> = {
    admin: ['story001', 'story000', 'editorDraft', 'liveWithQuotes'],
    editor: ['story001', 'story000', 'editorDraft', 'liveWithQuotes'],
    legal: ['story001', 'story000', 'editorDraft', 'liveWithQuotes'],
    correspondent: ['story001', 'story000', 'liveWithQuotes'],
    frontend: ['story001', 'liveWithQuotes'],
    anonymous: ['story001', 'liveWithQuotes'],
  }

  it.each(EVERYONE)('%s finds exactly the dispatches the roles table allows (drafts included)', async (who) => {
    const { docs } = await t.payload.find({ collection: 'dispatches', draft: true, depth: 0, limit: 100, ...as(who) })
    const expected = readable[who].map((key) => ids[key] as number)
    expect(docs.map((doc) => doc.id).sort()).toEqual(expected.sort())
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['legal', 200],
    ['correspondent', 200],
    ['frontend', 404],
    ['anonymous', 404],
  ] as Array<[Who, number]>)('%s reading story 000 (in review) by id gets %i', async (who, status) => {
    expect(
      await statusOf(() => t.payload.findByID({ collection: 'dispatches', id: ids.story000, draft: true, ...as(who) })),
    ).toBe(status)
  })

  it.each([
    ['admin', true],
    ['editor', true],
    ['legal', true],
    ['correspondent', true],
    ['frontend', false],
    ['anonymous', false],
  ] as Array<[Who, boolean]>)('%s sees the workflow status of a published story: %s', async (who, sees) => {
    const doc = await t.payload.findByID({ collection: 'dispatches', id: ids.story001, depth: 0, ...as(who) })
    expect(doc.headline).toBe(RAQQA_001)
    expect(doc.publishedAt).toBeTruthy()
    expect(doc.workflowStatus === 'published').toBe(sees)
    expect('workflowStatus' in doc).toBe(sees)
  })

  it.each([
    ['admin', true],
    ['editor', true],
    ['legal', true],
    ['correspondent', false],
    ['frontend', false],
    ['anonymous', false],
  ] as Array<[Who, boolean]>)(
    '%s reads editorial notes and legal hold of a story they do not own: %s',
    async (who, sees) => {
      const doc = await t.payload.findByID({ collection: 'dispatches', id: ids.liveWithQuotes, depth: 0, ...as(who) })
      expect(doc.editorialNotes === 'Desk only.').toBe(sees)
      expect(doc.legalHold?.active === false).toBe(sees)
      if (!sees) expect('editorialNotes' in doc || 'legalHold' in doc).toBe(false)
    },
  )

  it('the correspondent reads the notes and status of their own story 000', async () => {
    const doc = await t.payload.findByID({
      collection: 'dispatches',
      id: ids.story000,
      draft: true,
      depth: 0,
      ...as('correspondent'),
    })
    expect(doc.workflowStatus).toBe('in_review')
    expect(doc.editorialNotes).toContain('Legal to clear every Aisha quote')
    expect(doc.legalHold?.active).toBe(false)
  })

  it('a newer draft of a published story stays hidden from readers, even with draft=true', async () => {
    await t.payload.update({
      collection: 'dispatches',
      id: ids.story001,
      draft: true,
      data: { headline: 'UNPUBLISHED REWRITE of the Raqqa story' },
      ...as('editor'),
    })
    for (const who of ['frontend', 'anonymous'] as Who[]) {
      const byId = await t.payload.findByID({ collection: 'dispatches', id: ids.story001, draft: true, ...as(who) })
      expect(byId.headline).toBe(RAQQA_001)
      const list = await t.payload.find({ collection: 'dispatches', draft: true, ...as(who) })
      expect(list.docs.map((doc) => doc.headline)).not.toContain('UNPUBLISHED REWRITE of the Raqqa story')
    }
    const desk = await t.payload.findByID({ collection: 'dispatches', id: ids.story001, draft: true, ...as('legal') })
    expect(desk.headline).toBe('UNPUBLISHED REWRITE of the Raqqa story')
  })

  it.each([
    ['admin', 201],
    ['editor', 201],
    ['correspondent', 201],
    ['legal', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s creating a dispatch gets %i', async (who, status) => {
    const before = (await t.payload.count({ collection: 'dispatches' })).totalDocs
    const result = await statusOf(() =>
      t.payload.create({ collection: 'dispatches', draft: true, data: { headline: `Filed by ${who}` }, ...as(who) }),
    )
    expect(result === 200 ? 201 : result).toBe(status)
    const after = (await t.payload.count({ collection: 'dispatches' })).totalDocs
    expect(after - before).toBe(status === 201 ? 1 : 0)
  })

  it.each([
    ['admin', 'editorDraft', 200],
    ['editor', 'editorDraft', 200],
    ['admin', 'story000', 200],
    ['editor', 'story000', 200],
    ['legal', 'editorDraft', 403],
    ['legal', 'story000', 403],
    ['correspondent', 'story000', 403],
    ['correspondent', 'story001', 403],
    ['correspondent', 'editorDraft', 403],
    ['frontend', 'editorDraft', 403],
    ['frontend', 'story001', 403],
    ['anonymous', 'story001', 403],
  ] as Array<[Who, 'editorDraft' | 'story000' | 'story001', number]>)(
    '%s editing %s gets %i and the copy changes only then',
    async (who, target, status) => {
      const id = ids[target]
      const before = await t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
      const standfirst = `Edited by ${who} at ${Date.now()}`
      expect(
        await statusOf(() =>
          t.payload.update({ collection: 'dispatches', id, draft: true, data: { standfirst }, ...as(who) }),
        ),
      ).toBe(status)
      const after = await t.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0 })
      expect(after.standfirst).toBe(status === 200 ? standfirst : before.standfirst)
    },
  )

  it('a correspondent files a draft, edits it, and loses edit rights once it is submitted', async () => {
    const mine = await t.payload.create({
      collection: 'dispatches',
      draft: true,
      data: { headline: 'Notes from the Tabqa dam', byline: [{ correspondent: ids.johnRay, role: 'reporter' }] },
      ...as('correspondent'),
    })
    expect(relationId(mine.createdBy)).toBe(users.get('correspondent')!.id)
    expect(mine.workflowStatus).toBe('draft')
    const edited = await t.payload.update({
      collection: 'dispatches',
      id: mine.id,
      draft: true,
      data: { standfirst: 'The dam still holds.' },
      ...as('correspondent'),
    })
    expect(edited.standfirst).toBe('The dam still holds.')

    // Workflow fields are server-only: the correspondent cannot submit or publish by writing them.
    await t.payload.update({
      collection: 'dispatches',
      id: mine.id,
      draft: true,
      data: { workflowStatus: 'published', editorialNotes: 'mine' },
      ...as('correspondent'),
    })
    const still = await t.payload.findByID({ collection: 'dispatches', id: mine.id, draft: true })
    expect(still.workflowStatus).toBe('draft')
    expect(still._status).toBe('draft')

    await t.payload.update({
      collection: 'dispatches',
      id: mine.id,
      data: { workflowStatus: 'in_review' },
      context: { workflowService: true },
    })
    await expect(
      t.payload.update({
        collection: 'dispatches',
        id: mine.id,
        draft: true,
        data: { standfirst: 'Rewritten after submission' },
        ...as('correspondent'),
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('this one is in review') })
  })

  it('nobody writes _status: published directly, editors included', async () => {
    for (const who of ['editor', 'correspondent'] as Who[]) {
      const draft = await t.payload.create({
        collection: 'dispatches',
        draft: true,
        data: { headline: `Trying to publish as ${who}`, byline: [{ correspondent: ids.johnRay, role: 'reporter' }] },
        ...as(who),
      })
      await expect(
        t.payload.update({ collection: 'dispatches', id: draft.id, data: { _status: 'published' }, ...as(who) }),
      ).rejects.toMatchObject({ status: 403, data: { code: 'PUBLISH_OUTSIDE_WORKFLOW' } })
      await expect(
        t.payload.update({
          collection: 'dispatches',
          id: draft.id,
          draft: true,
          data: { _status: 'published' },
          ...as(who),
        }),
      ).rejects.toMatchObject({ status: 403, data: { code: 'PUBLISH_OUTSIDE_WORKFLOW' } })
      await expect(
        t.payload.create({
          collection: 'dispatches',
          data: { headline: 'Straight to the front page', slug: `straight-${who}`, _status: 'published' } as Dispatch,
          ...as(who),
        }),
      ).rejects.toMatchObject({ status: 403, data: { code: 'PUBLISH_OUTSIDE_WORKFLOW' } })
      const anon = await t.payload.find({
        collection: 'dispatches',
        where: { id: { equals: draft.id } },
        ...as('anonymous'),
      })
      expect(anon.docs).toHaveLength(0)
    }
  })

  it('an editor cannot change or unpublish the live copy outside the workflow', async () => {
    for (const data of [{ standfirst: 'Rewritten live' }, { _status: 'draft' as const }]) {
      await expect(
        t.payload.update({ collection: 'dispatches', id: ids.liveWithQuotes, data, ...as('editor') }),
      ).rejects.toMatchObject({ status: 403, data: { code: 'PUBLISH_OUTSIDE_WORKFLOW' } })
    }
    const live = await t.payload.findByID({ collection: 'dispatches', id: ids.liveWithQuotes, ...as('anonymous') })
    expect(live.headline).toBe('A published story with quotes of every legal status')
    expect(live.standfirst ?? null).toBeNull()
  })

  it.each([
    ['admin', 200],
    ['editor', 403],
    ['legal', 403],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s deleting a dispatch gets %i', async (who, status) => {
    const victim = await serverDispatch({
      headline: `To be deleted by ${who}`,
      createdBy: users.get('correspondent')!.id,
      byline: [{ correspondent: ids.johnRay, role: 'reporter' }],
    })
    expect(await statusOf(() => t.payload.delete({ collection: 'dispatches', id: victim.id, ...as(who) }))).toBe(status)
    const left = await t.payload.count({ collection: 'dispatches', where: { id: { equals: victim.id } } })
    expect(left.totalDocs).toBe(status === 200 ? 0 : 1)
  })
})

// ---------------------------------------------------------------------------------------------
describe('correspondents', () => {
  const PRIVATE = ['email', 'phone', 'emergencyContact'] as const

  it.each([
    ['admin', true],
    ['editor', true],
    ['legal', true],
    ['correspondent', false],
    ['frontend', false],
    ['anonymous', false],
  ] as Array<[Who, boolean]>)('%s reads every profile; private fields of others: %s', async (who, seesPrivate) => {
    const { docs } = await t.payload.find({ collection: 'correspondents', depth: 0, limit: 50, ...as(who) })
    expect(docs).toHaveLength(5)
    const irvine = docs.find((doc) => doc.id === ids.johnIrvine)!
    expect(irvine.title).toBe('Senior International Correspondent')
    if (!seesPrivate) for (const field of PRIVATE) expect(field in irvine).toBe(false)
    expect(irvine.email === 'john-irvine@dateline.local').toBe(seesPrivate)
    const ray = docs.find((doc) => doc.id === ids.johnRay)!
    expect('user' in ray).toBe(seesPrivate)
  })

  it('the correspondent sees the private fields of their own profile only', async () => {
    const own = await t.payload.findByID({ collection: 'correspondents', id: ids.johnRay, ...as('correspondent') })
    expect(own.email).toBe('john-ray@dateline.local')
    const other = await t.payload.findByID({ collection: 'correspondents', id: ids.johnIrvine, ...as('correspondent') })
    expect(other.email).toBeUndefined()
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['legal', 403],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s creating a correspondent gets %i', async (who, status) => {
    const name = `Stringer hired by ${who}`
    expect(
      await statusOf(() => t.payload.create({ collection: 'correspondents', data: { name } as Correspondent, ...as(who) })),
    ).toBe(status)
    const found = await t.payload.count({ collection: 'correspondents', where: { name: { equals: name } } })
    expect(found.totalDocs).toBe(status === 200 ? 1 : 0)
  })

  it.each([
    ['admin', 'johnIrvine', 200],
    ['editor', 'johnIrvine', 200],
    ['correspondent', 'johnRay', 200],
    ['correspondent', 'johnIrvine', 403],
    ['legal', 'johnIrvine', 403],
    ['frontend', 'johnIrvine', 403],
    ['anonymous', 'johnIrvine', 403],
  ] as Array<[Who, 'johnRay' | 'johnIrvine', number]>)('%s editing the profile of %s gets %i', async (who, target, status) => {
    const id = ids[target]
    const bureau = `Bureau set by ${who}`
    const before = await t.payload.findByID({ collection: 'correspondents', id })
    expect(
      await statusOf(() => t.payload.update({ collection: 'correspondents', id, data: { bureau }, ...as(who) })),
    ).toBe(status)
    const after = await t.payload.findByID({ collection: 'correspondents', id })
    expect(after.bureau).toBe(status === 200 ? bureau : before.bureau)
  })

  it('a correspondent cannot re-link their profile to another user account', async () => {
    await t.payload.update({
      collection: 'correspondents',
      id: ids.johnRay,
      data: { user: users.get('admin')!.id },
      ...as('correspondent'),
    })
    const after = await t.payload.findByID({ collection: 'correspondents', id: ids.johnRay, depth: 0 })
    expect(after.user).toBe(users.get('correspondent')!.id)
  })

  it.each([
    ['admin', 200],
    ['editor', 403],
    ['legal', 403],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s deleting a correspondent gets %i', async (who, status) => {
    const victim = await t.payload.create({ collection: 'correspondents', data: { name: `Leaving: ${who}` } as Correspondent })
    expect(
      await statusOf(() => t.payload.delete({ collection: 'correspondents', id: victim.id, ...as(who) })),
    ).toBe(status)
    const left = await t.payload.count({ collection: 'correspondents', where: { id: { equals: victim.id } } })
    expect(left.totalDocs).toBe(status === 200 ? 0 : 1)
  })
})

// ---------------------------------------------------------------------------------------------
describe('media-assets', () => {
  it.each([
    ['admin', 'all'],
    ['editor', 'all'],
    ['legal', 'all'],
    ['correspondent', 'all'],
    ['frontend', 'public'],
    ['anonymous', 'public'],
  ] as Array<[Who, 'all' | 'public']>)('%s finds %s media assets', async (who, which) => {
    expect(ids.publicMedia).toHaveLength(3)
    expect(ids.privateMedia).toHaveLength(7)
    const { docs } = await t.payload.find({ collection: 'media-assets', depth: 0, limit: 100, ...as(who) })
    const expected = which === 'all' ? [...ids.publicMedia, ...ids.privateMedia] : ids.publicMedia
    expect(docs.map((doc) => doc.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
    if (which === 'public') {
      expect(docs.every((doc) => doc.isPublic === true && doc.creditLine === 'ITV News/Sean Swan')).toBe(true)
    }
  })

  it.each([
    ['frontend', 404],
    ['anonymous', 404],
    ['correspondent', 200],
    ['legal', 200],
  ] as Array<[Who, number]>)('%s reading a picture of unpublished story 000 by id gets %i', async (who, status) => {
    expect(
      await statusOf(() => t.payload.findByID({ collection: 'media-assets', id: ids.privateMedia[0], ...as(who) })),
    ).toBe(status)
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['correspondent', 200],
    ['legal', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s filing a media asset (caption first, file later) gets %i', async (who, status) => {
    const caption = `Caption filed by ${who}`
    expect(
      await statusOf(() =>
        t.payload.create({
          collection: 'media-assets',
          data: { caption, creditLine: 'Reuters', alt: 'A street in Raqqa' },
          ...as(who),
        }),
      ),
    ).toBe(status)
    const found = await t.payload.count({ collection: 'media-assets', where: { caption: { equals: caption } } })
    expect(found.totalDocs).toBe(status === 200 ? 1 : 0)
  })

  it('a correspondent cannot make their own asset public by writing isPublic', async () => {
    const mine = await t.payload.create({
      collection: 'media-assets',
      data: { caption: 'Sneaky', creditLine: 'Reuters', isPublic: true },
      ...as('correspondent'),
    })
    expect(mine.isPublic).toBe(false)
    const anon = await t.payload.find({ collection: 'media-assets', where: { id: { equals: mine.id } }, ...as('anonymous') })
    expect(anon.docs).toHaveLength(0)
  })

  it.each([
    ['admin', 'seeded', 200],
    ['editor', 'seeded', 200],
    ['correspondent', 'seeded', 403],
    ['correspondent', 'own', 200],
    ['legal', 'seeded', 403],
    ['frontend', 'seeded', 403],
    ['anonymous', 'seeded', 403],
  ] as Array<[Who, 'seeded' | 'own', number]>)('%s editing a %s asset gets %i', async (who, which, status) => {
    // Story 001's pictures were filed by the editor; "own" is one the correspondent files now.
    const id =
      which === 'own'
        ? (await t.payload.create({ collection: 'media-assets', data: { creditLine: 'ITV News' }, ...as('correspondent') }))
            .id
        : ids.publicMedia[0]
    const caption = `Recaptioned by ${who} ${Date.now()}`
    expect(
      await statusOf(() => t.payload.update({ collection: 'media-assets', id, data: { caption }, ...as(who) })),
    ).toBe(status)
    const after = await t.payload.findByID({ collection: 'media-assets', id })
    expect(after.caption === caption).toBe(status === 200)
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['correspondent', 403],
    ['legal', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s deleting a media asset gets %i', async (who, status) => {
    const victim = await t.payload.create({ collection: 'media-assets', data: { creditLine: 'Reuters' } })
    expect(await statusOf(() => t.payload.delete({ collection: 'media-assets', id: victim.id, ...as(who) }))).toBe(
      status,
    )
    const left = await t.payload.count({ collection: 'media-assets', where: { id: { equals: victim.id } } })
    expect(left.totalDocs).toBe(status === 200 ? 0 : 1)
  })
})

// ---------------------------------------------------------------------------------------------
describe('quotes', () => {
  const liveQuotes = (): Where => ({ dispatch: { equals: ids.liveWithQuotes } })

  it.each([
    ['admin', ['quotePublic', 'quotePending', 'quoteApproved', 'quoteRejected']],
    ['editor', ['quotePublic', 'quotePending', 'quoteApproved', 'quoteRejected']],
    ['legal', ['quotePublic', 'quotePending', 'quoteApproved', 'quoteRejected']],
    ['correspondent', ['quotePublic', 'quoteApproved']],
    ['frontend', ['quotePublic', 'quoteApproved']],
    ['anonymous', ['quotePublic', 'quoteApproved']],
  ] as Array<[Who, Array<keyof typeof ids>]>)(
    '%s sees these quotes of a published story: %j',
    async (who, expected) => {
      const { docs } = await t.payload.find({ collection: 'quotes', where: liveQuotes(), depth: 0, ...as(who) })
      expect(docs.map((doc) => doc.id).sort()).toEqual(expected.map((key) => ids[key] as number).sort())
    },
  )

  it.each([
    ['admin', 8],
    ['editor', 8],
    ['legal', 8],
    ['correspondent', 8],
    ['frontend', 0],
    ['anonymous', 0],
  ] as Array<[Who, number]>)('%s sees %i quotes of story 000, which is not published', async (who, count) => {
    const { docs } = await t.payload.find({
      collection: 'quotes',
      where: { dispatch: { equals: ids.story000 } },
      limit: 50,
      ...as(who),
    })
    expect(docs).toHaveLength(count)
  })

  it.each([
    ['admin', true, true],
    ['editor', true, true],
    ['legal', true, true],
    ['correspondent', false, false],
    ['frontend', false, false],
    ['anonymous', false, false],
  ] as Array<[Who, boolean, boolean]>)(
    '%s reading an approved quote sees identityNotes: %s, legal review: %s',
    async (who, seesIdentity, seesLegal) => {
      const doc = await t.payload.findByID({ collection: 'quotes', id: ids.quoteApproved, depth: 0, ...as(who) })
      expect(doc.text).toBe('We buried them at dawn.')
      expect(doc.speaker?.name).toBe('a witness')
      expect(doc.identityNotes === 'Real name: withheld witness W-18.').toBe(seesIdentity)
      expect('identityNotes' in doc).toBe(seesIdentity)
      expect(doc.legal?.note === 'Cleared by counsel.').toBe(seesLegal)
      expect('legal' in doc).toBe(seesLegal)
      expect('sensitivityReasons' in doc).toBe(seesLegal)
    },
  )

  it('legal reads the real identity of Aisha; the correspondent who filed it does not', async () => {
    const where: Where = { and: [{ dispatch: { equals: ids.story000 } }, { 'speaker.name': { like: 'Aisha' } }] }
    const legal = await t.payload.find({ collection: 'quotes', where, ...as('legal') })
    expect(legal.docs.length).toBeGreaterThan(0)
    expect(legal.docs.every((doc) => doc.identityNotes?.startsWith('Pseudonym.'))).toBe(true)
    const reporter = await t.payload.find({ collection: 'quotes', where, ...as('correspondent') })
    expect(reporter.docs).toHaveLength(legal.docs.length)
    expect(reporter.docs.every((doc) => doc.identityNotes === undefined)).toBe(true)
    // Their own story's legal state is theirs to see.
    expect(reporter.docs.every((doc) => doc.legal?.status === 'pending')).toBe(true)
  })

  it.each([
    ['admin', 'liveWithQuotes', 200],
    ['editor', 'liveWithQuotes', 200],
    ['correspondent', 'liveWithQuotes', 403],
    ['correspondent', 'story000', 403],
    ['legal', 'liveWithQuotes', 403],
    ['frontend', 'liveWithQuotes', 403],
    ['anonymous', 'liveWithQuotes', 403],
  ] as Array<[Who, 'liveWithQuotes' | 'story000', number]>)(
    '%s adding a quote to %s gets %i',
    async (who, target, status) => {
      const text = `Quote added by ${who} to ${target}`
      expect(
        await statusOf(() =>
          t.payload.create({ collection: 'quotes', data: { text, dispatch: ids[target] }, ...as(who) }),
        ),
      ).toBe(status)
      const found = await t.payload.count({ collection: 'quotes', where: { text: { equals: text } } })
      expect(found.totalDocs).toBe(status === 200 ? 1 : 0)
    },
  )

  it('a correspondent quotes in their own draft, but cannot change a quote of their story in review', async () => {
    const draft = await t.payload.create({
      collection: 'dispatches',
      draft: true,
      data: { headline: 'Voices from Ain Issa', byline: [{ correspondent: ids.johnRay, role: 'reporter' }] },
      ...as('correspondent'),
    })
    const quote = await t.payload.create({
      collection: 'quotes',
      data: { text: 'We will go home when it is safe.', dispatch: draft.id, sensitive: true },
      ...as('correspondent'),
    })
    expect(quote.legal?.status).toBe('pending')

    const inReview = await t.payload.find({
      collection: 'quotes',
      where: { dispatch: { equals: ids.story000 } },
      limit: 1,
      sort: 'createdAt',
    })
    const target = inReview.docs[0]
    expect(
      await statusOf(() =>
        t.payload.update({ collection: 'quotes', id: target.id, data: { text: 'Softened wording' }, ...as('correspondent') }),
      ),
    ).toBe(403)
    const after = await t.payload.findByID({ collection: 'quotes', id: target.id })
    expect(after.text).toBe(target.text)
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['legal', 403],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s editing the text of a published quote gets %i (and approval is reset)', async (who, status) => {
    const quote = await t.payload.create({
      collection: 'quotes',
      data: {
        text: `Approved line for ${who}`,
        dispatch: ids.liveWithQuotes,
        sensitive: true,
        legal: { status: 'approved' },
      } as never,
      context: { legalDecision: true },
    })
    const text = `Changed by ${who}`
    expect(await statusOf(() => t.payload.update({ collection: 'quotes', id: quote.id, data: { text }, ...as(who) }))).toBe(
      status,
    )
    const after = await t.payload.findByID({ collection: 'quotes', id: quote.id })
    expect(after.text).toBe(status === 200 ? text : quote.text)
    expect(after.legal?.status).toBe(status === 200 ? 'pending' : 'approved')
  })

  it('nobody approves a quote by writing legal.status, not even legal through the plain API', async () => {
    for (const who of ['legal', 'editor', 'admin'] as Who[]) {
      await statusOf(() =>
        t.payload.update({
          collection: 'quotes',
          id: ids.quotePending,
          data: { legal: { status: 'approved' } } as never,
          ...as(who),
        }),
      )
      const after = await t.payload.findByID({ collection: 'quotes', id: ids.quotePending })
      expect(after.legal?.status).toBe('pending')
    }
  })

  it.each([
    ['admin', 200],
    ['editor', 200],
    ['legal', 200],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s deleting a quote whose words are in no story gets %i', async (who, status) => {
    const victim = await t.payload.create({
      collection: 'quotes',
      data: { text: `Doomed quote ${who}`, dispatch: ids.editorDraft },
    })
    expect(await statusOf(() => t.payload.delete({ collection: 'quotes', id: victim.id, ...as(who) }))).toBe(status)
    const left = await t.payload.count({ collection: 'quotes', where: { id: { equals: victim.id } } })
    expect(left.totalDocs).toBe(status === 200 ? 0 : 1)
  })
})

// ---------------------------------------------------------------------------------------------
describe('users', () => {
  it.each([
    ['admin', 5],
    ['editor', 5],
    ['legal', 5],
    ['correspondent', 1],
    ['frontend', 1],
  ] as Array<[DemoRole, number]>)('%s lists %i user accounts', async (who, count) => {
    const { docs } = await t.payload.find({
      collection: 'users',
      where: { email: { like: '@dateline.local' } },
      depth: 0,
      ...as(who),
    })
    expect(docs).toHaveLength(count)
    if (count === 1) expect(docs[0].email).toBe(`${who}@dateline.local`)
  })

  it('anonymous readers cannot list accounts', async () => {
    expect(await statusOf(() => t.payload.find({ collection: 'users', ...as('anonymous') }))).toBe(403)
  })

  it('no account exposes its password hash, salt or API key', async () => {
    const { docs } = await t.payload.find({ collection: 'users', depth: 0, ...as('admin') })
    for (const doc of docs as unknown as Array<Record<string, unknown>>) {
      expect(doc.hash).toBeUndefined()
      expect(doc.salt).toBeUndefined()
      expect(doc.password).toBeUndefined()
    }
  })

  it.each([
    ['admin', 200],
    ['editor', 403],
    ['legal', 403],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s creating an account gets %i', async (who, status) => {
    const email = `new-by-${who}@dateline.local`
    expect(
      await statusOf(() =>
        t.payload.create({
          collection: 'users',
          data: { email, name: 'New', password: 'a-long-password', roles: ['editor'] },
          ...as(who),
        }),
      ),
    ).toBe(status)
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(
      status === 200 ? 1 : 0,
    )
  })

  it.each(['editor', 'correspondent', 'legal', 'frontend'] as DemoRole[])(
    '%s may rename themselves but not give themselves a role or another profile',
    async (who) => {
      const me = users.get(who)!
      await t.payload.update({
        collection: 'users',
        id: me.id,
        data: { name: `Renamed ${who}`, roles: ['admin'], correspondent: ids.johnIrvine },
        ...as(who),
      })
      const after = await t.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
      expect(after.name).toBe(`Renamed ${who}`)
      expect(after.roles).toEqual(me.roles)
      expect(after.correspondent ?? null).toBe(me.correspondent ?? null)
    },
  )

  it.each(['editor', 'correspondent', 'legal', 'frontend', 'anonymous'] as Who[])(
    '%s cannot change another account',
    async (who) => {
      const target = users.get('admin')!
      expect(
        await statusOf(() =>
          t.payload.update({ collection: 'users', id: target.id, data: { name: 'Hijacked' }, ...as(who) }),
        ),
      ).toBe(403)
      expect((await t.payload.findByID({ collection: 'users', id: target.id })).name).toBe(target.name)
    },
  )

  it('an admin grants and changes roles', async () => {
    const frontend = users.get('frontend')!
    const updated = await t.payload.update({
      collection: 'users',
      id: frontend.id,
      data: { roles: ['frontend', 'legal'] },
      ...as('admin'),
    })
    expect(updated.roles).toEqual(['frontend', 'legal'])
    await t.payload.update({ collection: 'users', id: frontend.id, data: { roles: ['frontend'] }, ...as('admin') })
  })

  it.each([
    ['admin', 200],
    ['editor', 403],
    ['legal', 403],
    ['correspondent', 403],
    ['frontend', 403],
    ['anonymous', 403],
  ] as Array<[Who, number]>)('%s deleting an account gets %i', async (who, status) => {
    const victim = await t.payload.create({
      collection: 'users',
      data: { email: `leaver-${who}@example.org`, name: 'Leaver', password: 'a-long-password', roles: ['frontend'] },
    })
    expect(await statusOf(() => t.payload.delete({ collection: 'users', id: victim.id, ...as(who) }))).toBe(status)
    const left = await t.payload.count({ collection: 'users', where: { id: { equals: victim.id } } })
    expect(left.totalDocs).toBe(status === 200 ? 0 : 1)
  })
})

