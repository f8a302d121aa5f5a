import { createLocalReq, type Payload } from 'payload'

import type { Dispatch } from '../../payload-types'
import { lexicalDocument, textParagraph, type LexicalNode } from '../../src/lexical/build'
import { publishLiveQuotes } from '../../src/services/liveQuotes'

let counter = 0

/**
 * Files a story in the given status that passes the publish gate (a byline, no quotes, no media),
 * written by the server as the workflow service would, for tests that start mid-workflow.
 */
export function createStoryFixture(
  payload: Payload,
  reporterId: number,
  status: Dispatch['workflowStatus'],
  extra: Partial<Dispatch> = {},
  label = 'Fixture story',
): Promise<Dispatch> {
  counter += 1
  const published = status === 'published'
  const now = new Date().toISOString()
  return payload.create({
    collection: 'dispatches',
    draft: !published,
    data: {
      headline: `${label} ${counter} ${Date.now()}`,
      byline: [{ correspondent: reporterId, role: 'reporter' }],
      workflowStatus: status,
      ...(published && { _status: 'published', publishedAt: now, firstPublishedAt: now }),
      ...extra,
    } as Dispatch,
    context: { workflowService: true },
  })
}

export type QuotesInEveryLegalState = { quotePublic: number; quotePending: number; quoteApproved: number }

/**
 * Adds three quotes to a story: one not sensitive, one sensitive and pending legal, one sensitive
 * and approved (each sensitive one with a protected identity), for tests of what readers may see.
 */
export async function addQuotesInEveryLegalState(payload: Payload, dispatch: number): Promise<QuotesInEveryLegalState> {
  const quote = async (text: string, extra: Record<string, unknown>, legalDecision = false): Promise<number> =>
    (await quoteInCopy(payload, dispatch, { text, speaker: { name: 'a witness', isAnonymous: true }, ...extra }, legalDecision ? { legalDecision: true } : {})).id
  const ids = {
    quotePublic: await quote('The road was quiet that morning.', {}),
    quotePending: await quote('He gave the order.', {
      sensitive: true,
      sensitivityReasons: ['allegation'],
      identityNotes: 'Witness W-17, real name withheld.',
    }),
    quoteApproved: await quote(
      'We buried them at dawn.',
      {
        sensitive: true,
        sensitivityReasons: ['violence'],
        identityNotes: 'Witness W-18, real name withheld.',
        legal: { status: 'approved', note: 'Cleared.' },
      },
      true,
    ),
  }
  await showLiveQuotes(payload, dispatch)
  return ids
}

/**
 * For a story the fixture wrote as published: gives its quotes the snapshot readers see, as the
 * publish would have (cleared quotes only). Quotes added to a live story later stay unseen until
 * the next publish, as they would in the newsroom.
 */
export async function showLiveQuotes(payload: Payload, dispatch: number): Promise<void> {
  const live = await payload.count({ collection: 'dispatches', where: { and: [{ id: { equals: dispatch } }, { _status: { equals: 'published' } }] } })
  if (live.totalDocs > 0) await publishLiveQuotes(dispatch, new Date(), await createLocalReq({}, payload))
}

/**
 * Files a quote the way the desk would: its words are added to the story's working copy (a new
 * paragraph, written by the server so the binding does not record them itself), then the record
 * is created with the given fields. A quote whose words are not in its story is `unbound` and
 * blocks nothing, so tests of the gate and of public reads quote through this.
 */
export async function quoteInCopy(payload: Payload, dispatch: number, data: Record<string, unknown> & { text: string }, context: Record<string, unknown> = {}) {
  const story = await payload.findByID({ collection: 'dispatches', id: dispatch, draft: true, depth: 0 })
  const children = ((story.body as { root?: { children?: LexicalNode[] } } | null | undefined)?.root?.children ?? []) as LexicalNode[]
  const live = story._status === 'published'
  await payload.update({
    collection: 'dispatches',
    id: dispatch,
    // A live story's quote is in its live copy too, as if it had been published with it.
    draft: !live,
    data: { body: lexicalDocument([...children, textParagraph(`"${data.text}" a witness said.`)]) as never },
    context: { workflowService: true },
  })
  return payload.create({ collection: 'quotes', data: { dispatch, speaker: { name: 'a witness' }, ...data } as never, context })
}
