/**
 * Property test of the workflow: random sequences of actions by random roles, through the same
 * service and Local API calls the REST and GraphQL endpoints use, with real users and access
 * control on. Whatever happens, nothing uncleared is ever live, correspondents and legal never
 * publish, and every change of status has exactly one audit row.
 */
import fc from 'fast-check'
import { APIError, createLocalReq, type PayloadRequest } from 'payload'

import type { Dispatch, Quote, User, WorkflowEvent } from '../../payload-types'
import { releaseScheduledDispatch } from '../../src/services/scheduledRelease'
import { reviewQuote, setLegalHold, transitionDispatch } from '../../src/services/workflowService'
import { WORKFLOW_STATUSES, WorkflowError } from '../../src/workflow'
import { startTestApp, type DemoRole, type TestApp } from '../helpers/testApp'
import { assertEveryPublishHadItsLegalRead, assertReadersSeeOnlyClearedQuotes, legalMove, performLegalMove, type LegalMove } from './legalMoves'

type Role = Exclude<DemoRole, 'frontend'> | 'frontend'
const ACTING_ROLES: Role[] = ['admin', 'editor', 'correspondent', 'legal', 'frontend']

type Action =
  | { kind: 'transition'; role: Role; to: string; note: boolean; embargo: 'future' | 'past' | 'none' }
  | { kind: 'review'; role: Role; quote: number; decision: 'approve' | 'reject' }
  | { kind: 'editQuote'; role: Role; quote: number }
  | { kind: 'markSensitive'; role: Role; quote: number; sensitive: boolean }
  | { kind: 'hold'; role: Role; active: boolean }
  | { kind: 'release' }
  | { kind: 'legal'; move: LegalMove }

const role = fc.constantFrom(...ACTING_ROLES)

/** The step a desk would usually take next from each status (publish or schedule from approved). */
const NEXT: Record<string, string[]> = {
  draft: ['in_review'],
  changes_requested: ['in_review'],
  in_review: ['approved', 'approved', 'changes_requested'],
  approved: ['published', 'published', 'scheduled'],
  scheduled: ['approved', 'withdrawn'],
  published: ['withdrawn', 'in_review'],
  withdrawn: ['draft'],
}
const reasons: Record<string, number> = {}
const start = fc.record({ status: fc.constantFrom<Start['status']>('draft', 'in_review', 'approved', 'approved', 'published'), cleared: fc.constantFrom(true, true, true, false) })
type Start = { status: 'draft' | 'in_review' | 'approved' | 'published'; cleared: boolean }

const go = (r: Role, to: string, embargo: 'future' | 'none' = 'none'): Action => ({ kind: 'transition', role: r, to, note: true, embargo })
/** Runs always tried besides the random ones, so the publish and release paths are certainly reached. */
const EXAMPLES: Array<[Start, Action[]]> = [
  [
    { status: 'approved', cleared: true },
    [go('correspondent', 'published'), go('legal', 'published'), go('editor', 'published'), { kind: 'editQuote', role: 'editor', quote: 0 }, go('legal', 'withdrawn'), go('editor', 'draft')],
  ],
  [
    { status: 'approved', cleared: true },
    [go('editor', 'scheduled', 'future'), { kind: 'hold', role: 'legal', active: true }, { kind: 'release' }, { kind: 'hold', role: 'legal', active: false }, go('admin', 'scheduled', 'future'), { kind: 'release' }],
  ],
]
const stats = { runs: 0, actions: 0, refused: 0, published: 0, releasedByJob: 0, returnedByJob: 0 }
const quoteIndex = fc.integer({ min: 0, max: 1 })
const action: fc.Arbitrary<Action> = fc.oneof(
  // Any target, valid or not ('live' is no status at all), and half the time the story's natural next step.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('transition' as const), role, to: fc.constantFrom(...WORKFLOW_STATUSES, 'live'), note: fc.boolean(), embargo: fc.constantFrom('future' as const, 'past' as const, 'none' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('transition' as const), role: fc.constantFrom<Role>('admin', 'editor', 'editor', 'editor', 'correspondent', 'legal'), to: fc.constant('next'), note: fc.constant(true), embargo: fc.constant('none' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('review' as const), role: fc.constantFrom<Role>('legal', 'legal', 'admin', 'editor', 'correspondent'), quote: fc.constantFrom(0, 0, 1), decision: fc.constantFrom('approve' as const, 'approve' as const, 'approve' as const, 'reject' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('editQuote' as const), role, quote: quoteIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('markSensitive' as const), role, quote: quoteIndex, sensitive: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('hold' as const), role, active: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'release' as const }) },
  { weight: 2, arbitrary: legalMove.map((move): Action => ({ kind: 'legal', move })) },
)

let t: TestApp
const users = new Map<Role, User>()
let johnRay = 0
let edits = 0

const reqAs = (r: Role): Promise<PayloadRequest> => createLocalReq({ user: users.get(r)! }, t.payload)
const as = (r: Role) => ({ overrideAccess: false as const, user: users.get(r)! })

/** Runs an action; returns 'ok' or the refusal. Anything that is not a clean refusal fails the property. */
async function attempt(call: () => Promise<unknown>): Promise<'ok' | 'refused'> {
  try {
    await call()
    return 'ok'
  } catch (error) {
    if (error instanceof WorkflowError) {
      reasons[error.code] = (reasons[error.code] ?? 0) + 1
      return 'refused'
    }
    if (error instanceof APIError && error.status < 500) {
      reasons[error.status] = (reasons[error.status] ?? 0) + 1
      return 'refused'
    }
    throw error
  }
}

async function perform(a: Action, story: Dispatch, quotes: Quote[]): Promise<'ok' | 'refused'> {
  switch (a.kind) {
    case 'transition': {
      let to = a.to
      let embargo = a.embargo
      if (to === 'next') {
        const { workflowStatus } = await t.payload.findByID({ collection: 'dispatches', id: story.id, draft: true, depth: 0 })
        const options = NEXT[workflowStatus]!
        to = options[Math.floor(Math.random() * options.length)]!
        if (to === 'scheduled') embargo = 'future'
      }
      // An hour ahead: the real runner never fires during the test; 'release' runs the job's code with a clock past it.
      const embargoUntil =
        embargo === 'future' ? new Date(Date.now() + 3_600_000).toISOString() : embargo === 'past' ? '2001-01-01T00:00:00Z' : undefined
      return attempt(async () =>
        transitionDispatch({ id: story.id, to, note: a.note ? 'Because the desk says so' : undefined, embargoUntil }, await reqAs(a.role)),
      )
    }
    case 'review':
      return attempt(async () => reviewQuote({ id: quotes[a.quote]!.id, decision: a.decision, note: 'Reviewed' }, await reqAs(a.role)))
    case 'editQuote':
      edits += 1
      return attempt(() => t.payload.update({ collection: 'quotes', id: quotes[a.quote]!.id, data: { text: `Edited quote ${edits}` }, ...as(a.role) }))
    case 'markSensitive':
      return attempt(() => t.payload.update({ collection: 'quotes', id: quotes[a.quote]!.id, data: { sensitive: a.sensitive }, ...as(a.role) }))
    case 'hold':
      return attempt(async () => setLegalHold({ id: story.id, active: a.active, reason: a.active ? 'Complaint received' : undefined }, await reqAs(a.role)))
    case 'release': {
      const current = await t.payload.findByID({ collection: 'dispatches', id: story.id, draft: true, depth: 0 })
      if (current.workflowStatus !== 'scheduled' || !current.embargoUntil) return 'refused'
      const embargo = new Date(current.embargoUntil)
      await releaseScheduledDispatch(
        { dispatchId: String(story.id), embargoUntil: embargo.toISOString() },
        await createLocalReq({}, t.payload),
        () => new Date(embargo.getTime() + 1000),
      )
      return 'ok'
    }
    case 'legal':
      return attempt(() => performLegalMove(t.payload, a.move, story, quotes, users))
  }
}

beforeAll(async () => {
  t = await startTestApp()
  for (const r of ACTING_ROLES) users.set(r, await t.user(r))
  johnRay = Number(users.get('correspondent')!.correspondent)
})
afterAll(async () => {
  await t?.stop()
})

it('random actions by random roles keep the workflow’s promises', async () => {
  const started = Date.now()
  await fc.assert(
    fc.asyncProperty(start, fc.array(action, { minLength: 4, maxLength: 12 }), async ({ status: startStatus, cleared }: Start, actions) => {
      // A fresh story per run, filed by the correspondent, with one sensitive and one ordinary quote.
      const story = await t.payload.create({
        collection: 'dispatches',
        draft: true,
        data: { headline: `Property story ${Date.now()} ${Math.random()}`, byline: [{ correspondent: johnRay, role: 'reporter' }] },
        ...as('correspondent'),
      })
      const quotes = [
        await t.payload.create({ collection: 'quotes', data: { text: 'They shot the prisoners', dispatch: story.id, sensitive: true, speaker: { name: 'A witness' } } }),
        await t.payload.create({ collection: 'quotes', data: { text: 'It rained all night', dispatch: story.id, speaker: { name: 'A soldier' } } }),
      ]
      // Some runs start further along, as a story the desk has been working on (set by the
      // server, as the story fixture does; the audit chain is checked from there).
      if (cleared || startStatus === 'published') await reviewQuote({ id: quotes[0]!.id, decision: 'approve' }, await reqAs('legal'))
      if (startStatus !== 'draft') {
        const live = startStatus === 'published'
        await t.payload.update({
          collection: 'dispatches',
          id: story.id,
          draft: !live,
          data: { workflowStatus: startStatus, ...(live && { _status: 'published', publishedAt: new Date().toISOString(), firstPublishedAt: new Date().toISOString() }) },
          context: { workflowService: true },
        })
      }

      stats.runs += 1
      for (const a of actions) {
        const result = await perform(a, story, quotes)
        stats.actions += 1
        if (result === 'refused') stats.refused += 1
        if (a.kind === 'transition' && a.to === 'published' && (a.role === 'correspondent' || a.role === 'legal' || a.role === 'frontend')) {
          expect(result).toBe('refused')
        }
        // Readers see only words some publish cleared, whatever was edited since.
        await assertReadersSeeOnlyClearedQuotes(t.payload, story.id)
      }

      const events: WorkflowEvent[] = (
        await t.payload.find({ collection: 'workflow-events', where: { dispatch: { equals: story.id } }, sort: 'createdAt', pagination: false, depth: 0 })
      ).docs
      const moves = events.filter((e) => e.kind === 'transition' || e.kind === 'schedule_failed')
      // One row per change of status: the rows chain from draft to where the story is now.
      let status: string = startStatus
      for (const e of moves) {
        expect(e.from).toBe(status)
        expect(e.to).not.toBe(e.from)
        status = e.to!
      }
      const working = await t.payload.findByID({ collection: 'dispatches', id: story.id, draft: true, depth: 0 })
      expect(working.workflowStatus).toBe(status)

      await assertEveryPublishHadItsLegalRead(t.payload, story.id)
      stats.published += moves.filter((m) => m.to === 'published').length
      stats.releasedByJob += moves.filter((m) => m.to === 'published' && m.actor == null).length
      stats.returnedByJob += moves.filter((m) => m.kind === 'schedule_failed').length
      for (const e of moves.filter((m) => m.to === 'published')) {
        // Only the desk (or the embargo job, actor empty) publishes, and only through an open gate.
        const actor = e.actor == null ? null : ACTING_ROLES.find((r) => users.get(r)!.id === (typeof e.actor === 'object' ? e.actor!.id : e.actor))
        expect([null, 'admin', 'editor']).toContain(actor ?? null)
        const gate = e.gate as { legalHold: boolean; failures: unknown[]; quotes: Array<{ sensitive: boolean; legalStatus: string | null; hashMatches: boolean }> }
        expect(gate.legalHold).toBe(false)
        expect(gate.failures).toEqual([])
        for (const q of gate.quotes) if (q.sensitive) expect([q.legalStatus, q.hashMatches]).toEqual(['approved', true])
      }
    }),
    { numRuns: 25, endOnFailure: true, examples: EXAMPLES },
  )
  console.log(`workflow property: ${((Date.now() - started) / 1000).toFixed(1)} s, ${JSON.stringify(stats)} refusals ${JSON.stringify(reasons)}`)
  // The property means something only if the runs reached the states it is about.
  expect(stats.published).toBeGreaterThanOrEqual(2)
  expect(stats.releasedByJob).toBeGreaterThanOrEqual(1)
  expect(stats.returnedByJob).toBeGreaterThanOrEqual(1)
  expect(stats.refused).toBeGreaterThan(0)
})
