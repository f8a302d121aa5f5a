/**
 * Moves for the workflow property test that exercise the live copy of quotes and the legal read
 * of a story's text, and the invariant they must keep: readers only ever see words that went out
 * through an open gate. Kept apart from the property test so it can take them as they are.
 */
import fc from 'fast-check'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { Dispatch, Quote, User, WorkflowEvent } from '../../payload-types'
import { lexicalDocument, textParagraph } from '../../src/lexical/build'
import { quoteHash } from '../../src/quotes/legalState'
import { requireLegalRead, reviewStory } from '../../src/services/legalRead'
import { storyReviewed } from '../helpers/legalReview'

type Role = 'admin' | 'editor' | 'correspondent' | 'legal' | 'frontend'

export type LegalMove =
  /** An editor (or anyone trying) rewrites a quote of the story, live or not: the public must keep the old words. */
  | { kind: 'liveQuoteEdit'; role: Role; quote: number; speaker: boolean }
  /** A body edit that adds (or takes away) a sentence legal must read. */
  | { kind: 'bodyEdit'; role: Role; risky: boolean }
  /** Legal's decision on the story's text. */
  | { kind: 'storyReview'; role: Role; decision: 'approve' | 'reject' }
  /** Legal (or someone trying) asks for a read, or drops the request. */
  | { kind: 'requireRead'; role: Role; required: boolean }

const anyRole = fc.constantFrom<Role>('admin', 'editor', 'correspondent', 'legal', 'frontend')

/** Random legal moves, weighted towards the ones that matter (legal deciding, editors editing). */
export const legalMove: fc.Arbitrary<LegalMove> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('liveQuoteEdit' as const), role: fc.constantFrom<Role>('editor', 'editor', 'admin', 'correspondent', 'legal'), quote: fc.integer({ min: 0, max: 1 }), speaker: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bodyEdit' as const), role: fc.constantFrom<Role>('editor', 'editor', 'correspondent', 'legal'), risky: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('storyReview' as const), role: fc.constantFrom<Role>('legal', 'legal', 'admin', 'editor'), decision: fc.constantFrom('approve' as const, 'approve' as const, 'reject' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('requireRead' as const), role: anyRole, required: fc.boolean() }) },
)

/** A narrative sentence the passage detector flags (an allegation against a named person), and a harmless one. */
const RISKY = 'Police say Tom Reyes, a local councillor, ordered the killings and is accused of fraud.'
const HARMLESS = 'The road out of the city was quiet that morning.'

let edits = 0

/**
 * Performs a legal move as `users` would, through the same services and Local API calls the
 * REST and GraphQL doors use (access control on). Throws the refusal, as those doors answer it.
 */
export async function performLegalMove(
  payload: Payload,
  move: LegalMove,
  story: Pick<Dispatch, 'id'>,
  quotes: Pick<Quote, 'id'>[],
  users: Map<Role, User>,
): Promise<void> {
  const user = users.get(move.role)!
  const reqAs = (): Promise<PayloadRequest> => createLocalReq({ user }, payload)
  edits += 1
  switch (move.kind) {
    case 'liveQuoteEdit':
      await payload.update({
        collection: 'quotes',
        id: quotes[move.quote]!.id,
        data: move.speaker ? { speaker: { name: `A new speaker ${edits}` } } : { text: `Rewritten words ${edits}` },
        overrideAccess: false,
        user,
      })
      return
    case 'bodyEdit':
      await payload.update({
        collection: 'dispatches',
        id: story.id,
        draft: true,
        data: { body: lexicalDocument([textParagraph(move.risky ? RISKY : HARMLESS), textParagraph(`Edit ${edits}.`)]) as Dispatch['body'] },
        overrideAccess: false,
        user,
      })
      return
    case 'storyReview':
      await reviewStory({ id: story.id, decision: move.decision, note: move.decision === 'reject' ? 'Take out the claim' : null, reviewed: await storyReviewed(payload, story.id) }, await reqAs())
      return
    case 'requireRead':
      await requireLegalRead({ id: story.id, required: move.required }, await reqAs())
      return
  }
}

type GateQuoteRecord = { id: number | string; sensitive: boolean; legalStatus: string | null; hashMatches: boolean; hash?: string | null }
type GateRecord = { failures: unknown[]; quotes: GateQuoteRecord[]; legalRead?: { hash: string; hashMatches: boolean; passages: number; required: boolean } }

/**
 * Asserts what readers can read of a story's quotes went out through an open gate: each quote
 * they see shows the exact words and speaker some publish cleared (not sensitive, or approved
 * for that hash), and a story that is not live shows them nothing.
 */
export async function assertReadersSeeOnlyClearedQuotes(payload: Payload, storyId: number | string): Promise<void> {
  const shown = (await payload.find({ collection: 'quotes', where: { dispatch: { equals: storyId } }, overrideAccess: false, depth: 0, pagination: false })).docs
  const live = await payload.count({ collection: 'dispatches', where: { and: [{ id: { equals: storyId } }, { _status: { equals: 'published' } }] } })
  if (live.totalDocs === 0) {
    if (shown.length > 0) throw new Error(`story ${storyId} is not live, yet readers see ${shown.length} of its quotes`)
    return
  }
  const events: WorkflowEvent[] = (
    await payload.find({ collection: 'workflow-events', where: { and: [{ dispatch: { equals: storyId } }, { to: { equals: 'published' } }] }, pagination: false, depth: 0 })
  ).docs
  const cleared = new Set<string>()
  for (const event of events) {
    const gate = event.gate as GateRecord | null
    if (!gate || gate.failures.length > 0) continue
    for (const q of gate.quotes) {
      if (q.hash && (!q.sensitive || (q.legalStatus === 'approved' && q.hashMatches))) cleared.add(`${String(q.id)}:${q.hash}`)
    }
  }
  for (const quote of shown) {
    const hash = quoteHash(quote.text, quote.speaker)
    if (!cleared.has(`${String(quote.id)}:${hash}`)) {
      throw new Error(`readers see quote ${quote.id} as "${quote.text}", words no publish of story ${storyId} cleared`)
    }
  }
}

/**
 * Asserts every publish of the story went out with its legal read in order: when its text needed
 * a read, legal had approved exactly that text.
 */
export async function assertEveryPublishHadItsLegalRead(payload: Payload, storyId: number | string): Promise<void> {
  const events: WorkflowEvent[] = (
    await payload.find({ collection: 'workflow-events', where: { and: [{ dispatch: { equals: storyId } }, { to: { equals: 'published' } }] }, pagination: false, depth: 0 })
  ).docs
  for (const event of events) {
    const read = (event.gate as GateRecord | null)?.legalRead
    if (!read) throw new Error(`publish ${event.id} of story ${storyId} has no record of its legal read`)
    if ((read.required || read.passages > 0) && !read.hashMatches) {
      throw new Error(`story ${storyId} was published with a text legal had not approved (event ${event.id})`)
    }
  }
}
