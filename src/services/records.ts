/**
 * What the workflow's commands share about records: loading the dispatch, its quotes and media
 * for the publish gate, writing workflow-events rows, making a working copy live, and queueing
 * or cancelling a story's release job. The commands (workflowService.ts, scheduledRelease.ts)
 * import this module and never each other.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch, MediaAsset, Quote, WorkflowEvent } from '../../payload-types'
import { updateStored } from '../db/raw'
import { Unauthenticated } from '../errors'
import { noteQueued } from '../jobs/runner'
import { gateLegalRead } from '../legal/readOfStory'
import { planBinding } from '../legal/binding'
import { quoteHash } from '../quotes/legalState'
import { bindingRecordOf, wordsOfCopy } from './storyWords'
import { evaluatePublishGate, publicationStamp, WorkflowError, type GateInput } from '../workflow'
import { publishLiveQuotes } from './liveQuotes'
import { fingerprintOf, pendingCorrections, picturesShown, printedCopy, readingOf, sealOf } from './storyReading'
import { legalInvolved, speakerMismatches } from '../legal/sealed'
import { mediaIdsOf, refreshMediaVisibility } from '../media/visibility'

export type Id = number | string

/** The context flag the commands' own writes carry, so the live-copy guards let them through. */
export const SERVICE = { workflowService: true } as const

export const RELEASE_TASK = 'releaseScheduledDispatch'

export type ReleaseJobInput = { dispatchId: string; embargoUntil: string }

/** Returns the signed-in user, or throws UNAUTHENTICATED (401), the same over REST and GraphQL. */
export function requireUser(req: PayloadRequest): NonNullable<PayloadRequest['user']> {
  if (!req.user) throw new Unauthenticated('Sign in to change the workflow of a dispatch')
  return req.user
}

export const notFound = (what: string, id: Id): WorkflowError => new WorkflowError('NOT_FOUND', `No ${what} with id ${String(id)}`)

/** Returns the working copy (latest version) as the server sees it, or null. */
export async function workingCopy(id: Id, req: PayloadRequest): Promise<Dispatch | null> {
  return req.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
}

/** Returns true when the dispatch has a live copy (Payload's main row is published). */
export async function hasLiveCopy(id: Id, req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'dispatches',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Returns what the publish gate looks at for a working copy: hold, byline, its quotes and every asset it shows. */
export async function gateInputFor(dispatch: Dispatch, req: PayloadRequest): Promise<GateInput> {
  // One after the other: inside a transaction both run on the same database connection.
  const quotes = await req.payload.find({
    collection: 'quotes',
    where: { dispatch: { equals: dispatch.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const media = { docs: await picturesShown(dispatch, req) }
  // The gate does not take the stored binding on trust: a quote blocks while either the record
  // says it is bound or its words stand in the copy now, and passages nobody recorded are judged.
  // The copy is read as this publish would print it, with the correction notes it would append.
  // The pictures' captions print with it too (a media asset is a record of its own, so only the
  // gate, which reads them, can hold the quote whose words were moved into one).
  const pending = await pendingCorrections(dispatch, req)
  const copy = await printedCopy(dispatch, req, { pictures: media.docs, pending })
  const printed = [...(dispatch.corrections ?? []), ...pending, ...media.docs.flatMap((asset: MediaAsset) => (asset.caption ? [{ at: '', text: asset.caption }] : []))]
  const words = await wordsOfCopy({ ...dispatch, corrections: printed }, req)
  const plan = planBinding(words.paragraphs, words.passages, quotes.docs.map(bindingRecordOf))
  // Words standing outside quote marks count: the record is unbound (no speech) but its words print.
  const boundNow = new Set(plan.records.filter((outcome) => outcome.binding === 'bound' || outcome.stands).map((outcome) => String(outcome.id)))
  const legalRead = gateLegalRead({ ...copy, id: dispatch.id, legalRead: dispatch.legalRead })
  // A quote readers can get: the record says it is bound, or its words stand in the copy now.
  const standing = quotes.docs.filter((quote: Quote) => quote.binding !== 'unbound' || boundNow.has(String(quote.id)))
  const records = standing
    .filter((quote: Quote) => quote.sensitive)
    .map((quote: Quote) => ({ id: quote.id, speaker: [quote.speaker?.name, quote.speaker?.description].filter(Boolean).join(' ') }))
  return {
    sealed: {
      involved: legalInvolved({ required: legalRead.required, passages: legalRead.passages, quotes: standing.map((quote: Quote) => ({ sensitive: Boolean(quote.sensitive) })) }),
      ...(await sealOf(dispatch.id, req)),
      current: await fingerprintOf(copy, dispatch, quotes.docs, req),
      mismatches: speakerMismatches(plan.records, words.passages, records),
    },
    legalHold: dispatch.legalHold ? { active: Boolean(dispatch.legalHold.active), reason: dispatch.legalHold.reason } : null,
    byline: dispatch.byline ?? [],
    quotes: quotes.docs.map((quote: Quote) => ({
      id: quote.id,
      text: quote.text,
      sensitive: Boolean(quote.sensitive),
      legalStatus: quote.legal?.status,
      approvedHash: quote.legal?.approvedHash,
      currentHash: quoteHash(quote.text, quote.speaker),
      bound: quote.binding !== 'unbound' || boundNow.has(String(quote.id)),
    })),
    unrecordedPassages: [
      ...plan.create.map((passage) => ({ text: passage.text, sensitive: passage.sensitive })),
      // A record that would follow an edited passage (or outgrown quote marks) does not yet say
      // those words, and one the extractor would now flag is not yet flagged: legal has not seen them.
      ...plan.records
        .filter((outcome) => outcome.text !== undefined || outcome.speaker !== undefined || outcome.raise?.sensitive)
        .map((outcome) => {
          const passage = outcome.passage === undefined ? undefined : words.passages[outcome.passage]
          const quote = quotes.docs.find((doc) => String(doc.id) === String(outcome.id))
          return { text: outcome.text ?? quote?.text ?? '', sensitive: Boolean(passage?.sensitive) || Boolean(quote?.sensitive) }
        }),
    ],
    media: media.docs.map((asset: MediaAsset) => ({
      id: asset.id,
      caption: asset.caption,
      filename: asset.filename,
      mimeType: asset.mimeType,
      alt: asset.alt,
      creditLine: asset.creditLine,
      rightsExpiresAt: asset.rights?.expiresAt,
    })),
    // Legal's read covers every word readers would see: the notes and pictures too (storyReading.ts).
    legalRead,
  }
}

/** The audit record of what the gate saw, kept small enough to read in the admin. */
export function gateRecord(gate: GateInput, at: Date): Record<string, unknown> {
  return {
    evaluatedAt: at.toISOString(),
    legalHold: gate.legalHold?.active ?? false,
    bylineEntries: gate.byline.length,
    quotes: gate.quotes.map((q) => ({
      id: q.id,
      sensitive: q.sensitive,
      legalStatus: q.legalStatus ?? null,
      hashMatches: Boolean(q.approvedHash) && q.approvedHash === q.currentHash,
      // What readers get if this publish goes out (the live snapshot is bound to it).
      hash: q.currentHash ?? null,
    })),
    legalRead: {
      required: gate.legalRead.required,
      passages: gate.legalRead.passages.length,
      status: gate.legalRead.status ?? null,
      hash: gate.legalRead.currentHash,
      hashMatches: Boolean(gate.legalRead.approvedHash) && gate.legalRead.approvedHash === gate.legalRead.currentHash,
    },
    media: gate.media.map((m) => m.id),
    ...(gate.sealed && {
      sealed: { involved: gate.sealed.involved, decided: gate.sealed.decided, fingerprint: gate.sealed.current.hash, approved: gate.sealed.approved?.hash ?? null },
    }),
    failures: evaluatePublishGate(gate, at),
  }
}

export async function recordEvent(data: Omit<WorkflowEvent, 'id' | 'createdAt' | 'updatedAt'>, req: PayloadRequest): Promise<void> {
  await req.payload.create({ collection: 'workflow-events', data, overrideAccess: true, depth: 0, req })
}

/**
 * Makes the working copy the live copy (inside the caller's transaction): publication dates from
 * the story's past moves (a republish keeps `firstPublishedAt`; a correction's note becomes a
 * public correction entry). Used by the publish move and by the scheduled release.
 */
export async function publishWorkingCopy(current: Dispatch, now: Date, tx: PayloadRequest, read: { readHash: string }): Promise<void> {
  await publishSeam.betweenGateAndWrite?.(current.id, tx)
  const past = await tx.payload.find({
    collection: 'workflow-events',
    where: { and: [{ dispatch: { equals: current.id } }, { kind: { equals: 'transition' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: tx,
  })
  const stamp = publicationStamp(
    { firstPublishedAt: current.firstPublishedAt, events: past.docs.map((e) => ({ from: e.from, to: e.to ?? '', note: e.note, at: e.at })) },
    now,
  )
  // Readers will see the quotes as they stand now, cleared (later edits wait for the next
  // publish); written first, so the story's own save projects it with them.
  await publishLiveQuotes(current.id, now, tx, { storyProjected: true })
  const published = await tx.payload.update({
    collection: 'dispatches',
    id: current.id,
    depth: 0,
    overrideAccess: true,
    context: SERVICE,
    req: tx,
    draft: false,
    data: {
      _status: 'published',
      workflowStatus: 'published',
      publishedAt: stamp.publishedAt,
      firstPublishedAt: stamp.firstPublishedAt,
      corrections: [...(current.corrections ?? []), ...stamp.newCorrections],
    },
  })
  // Payload writes the live copy from the working copy as it reads it itself, after the gate
  // read it. Every save of a story waits for the publish's row lock (lockWhileSaving), so none
  // lands in between; should one do so all the same (a writer past the hooks, another database),
  // the words that went out are not the words the gate weighed, and nothing goes out.
  const wentOut = await readingOf(published, tx, { stamped: true })
  if (wentOut.hash !== read.readHash) {
    throw new WorkflowError('STALE_STATE', 'The story changed while it was being published, after the publish gate had read it; nothing was published. Read it again and publish once more.')
  }
}

/**
 * A seam for tests of the publish's read-then-write (test/http/legalBypassScope.test.ts): when
 * set, runs inside the publish's transaction after the gate read the working copy and before
 * the live copy is written, so a test can put a save exactly there. Never set outside tests.
 */
export const publishSeam: { betweenGateAndWrite: ((id: Id, tx: PayloadRequest) => Promise<void>) | null } = { betweenGateAndWrite: null }

/**
 * Takes the live copy down, inside the caller's transaction. The main row stops being published
 * (every public list and feed drops the story at once) and otherwise keeps the copy as it went
 * out: its headline and slug are what the withdrawal announces (webhooks), where the 410 stands
 * and what the read model's tombstone names. The working copy, with any edits nobody has cleared,
 * stays in the versions, now `withdrawn`. Payload's own update would write the working copy into
 * the main row (it reads the newest version and merges the data into it), so the main row's two
 * status columns are written through the adapter and the working copy by a draft save.
 */
export async function withdrawLiveCopy(current: Dispatch, tx: PayloadRequest): Promise<void> {
  const live = await tx.payload.findByID({ collection: 'dispatches', id: current.id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req: tx })
  await updateStored(tx.payload, { collection: 'dispatches', where: { id: { equals: current.id } }, data: { _status: 'draft', workflowStatus: 'withdrawn' } }, tx)
  await tx.payload.update({ collection: 'dispatches', id: current.id, depth: 0, overrideAccess: true, context: SERVICE, req: tx, draft: true, data: { workflowStatus: 'withdrawn' } })
  // The draft save sees drafts on both sides and leaves visibility alone: the live copy's pictures stop being public here.
  await refreshMediaVisibility(mediaIdsOf(live), tx)
}

/** The working copy after a change, read with the user's own field access. */
export async function readBack(id: Id, req: PayloadRequest): Promise<Dispatch> {
  return req.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: false, user: req.user })
}

/** The concurrency key of a story's release jobs: a new scheduling supersedes a pending job. */
export const releaseKey = (dispatchId: Id): string => `dispatch:${String(dispatchId)}`

/** Queues the release of a story at its embargo, inside the caller's transaction. */
export async function queueRelease(dispatchId: Id, embargo: Date, tx: PayloadRequest): Promise<void> {
  const input: ReleaseJobInput = { dispatchId: String(dispatchId), embargoUntil: embargo.toISOString() }
  await tx.payload.jobs.queue({ task: RELEASE_TASK as never, input: input as never, waitUntil: embargo, req: tx })
  noteQueued(tx.payload, embargo)
}

/**
 * Cancels a story's pending release (unscheduled or withdrawn), marked the way Payload marks a
 * cancelled job. The job would find the story no longer scheduled and skip anyway; cancelling
 * keeps the queue honest. Written through the adapter inside the caller's transaction, because
 * `payload.jobs.cancel` opens a transaction of its own, which SQLite refuses while ours is open.
 */
export async function cancelRelease(dispatchId: Id, tx: PayloadRequest): Promise<void> {
  await updateStored(
    tx.payload,
    {
      collection: 'payload-jobs',
      data: { hasError: true, error: { cancelled: true }, processing: false, waitUntil: null },
      where: {
        and: [
          { concurrencyKey: { equals: releaseKey(dispatchId) } },
          { processing: { equals: false } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    },
    tx,
  )
}
