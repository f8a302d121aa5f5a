/**
 * What legal reads of a story, loaded inside the caller's transaction: the working copy with the
 * correction notes its next publish appends and the pictures it shows (records of their own).
 * The save hook (flagLegalRead), legal's review, the publish gate and the publish's own check
 * read a story through these, so all four weigh the same words and get the same hash.
 */
import type { PayloadRequest } from 'payload'

import type { Correspondent, Dispatch, MediaAsset, Quote, WorkflowEvent } from '../../payload-types'
import { readStory, type StoryReading } from '../legal/readOfStory'
import type { GateSeal } from '../legal/sealed'
import { storyFingerprint, type BylineText, type FingerprintPart, type PictureText, type StoryCopy, type StoryFingerprint } from '../legal/storyText'
import { mediaIdsOf } from '../media/visibility'
import { publicationStamp } from '../workflow/publication'

type Id = number | string

/** The fields of a dispatch that go into what legal reads (a working copy, or a save's data over it). */
export type PrintedFields = Pick<Dispatch, 'headline' | 'standfirst' | 'body' | 'dateline' | 'tags' | 'slug' | 'corrections' | 'media' | 'bodyMedia' | 'firstPublishedAt'> & {
  id?: Id | null
}

/** Returns the correction notes the next publish of the dispatch appends (the `correct` moves' notes since it was last live). */
export async function pendingCorrections(dispatch: Pick<PrintedFields, 'id' | 'firstPublishedAt'>, req: PayloadRequest): Promise<Array<{ at: string; text: string }>> {
  if (dispatch.id === undefined || dispatch.id === null) return []
  const past = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ dispatch: { equals: dispatch.id } }, { kind: { equals: 'transition' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const events = past.docs.map((e: WorkflowEvent) => ({ from: e.from, to: e.to ?? '', note: e.note, at: e.at }))
  return publicationStamp({ firstPublishedAt: dispatch.firstPublishedAt, events }, new Date()).newCorrections
}

/** Returns the media assets the dispatch shows (its media list, then the body's), in that order. */
export async function picturesShown(dispatch: Pick<PrintedFields, 'media' | 'bodyMedia'>, req: PayloadRequest): Promise<MediaAsset[]> {
  const ids = mediaIdsOf(dispatch)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media-assets',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byId = new Map(docs.map((asset: MediaAsset) => [String(asset.id), asset]))
  return ids.map((id) => byId.get(String(id))).filter((asset): asset is MediaAsset => asset !== undefined)
}

/** Returns what readers see of a picture: the file and every word printed with it. */
export const pictureText = (asset: MediaAsset): PictureText => ({
  id: asset.id,
  filename: asset.filename,
  filesize: asset.filesize,
  focalX: asset.focalX,
  focalY: asset.focalY,
  caption: asset.caption,
  alt: asset.alt,
  creditLine: asset.creditLine,
  credit: asset.credit ?? null,
  rights: asset.rights ? { usageTerms: asset.rights.usageTerms } : null,
})

/**
 * Returns the copy readers would see if the story went out now. `stamped`: the corrections in
 * `dispatch` already carry this publish's notes (the publish's own write), so none are added.
 */
export async function printedCopy(
  dispatch: PrintedFields,
  req: PayloadRequest,
  options: { stamped?: boolean; pictures?: readonly MediaAsset[]; pending?: ReadonlyArray<{ text: string }> } = {},
): Promise<StoryCopy> {
  const pictures = options.pictures ?? (await picturesShown(dispatch, req))
  const pending = options.stamped ? [] : (options.pending ?? (await pendingCorrections(dispatch, req)))
  return {
    headline: dispatch.headline,
    standfirst: dispatch.standfirst,
    body: dispatch.body,
    dateline: dispatch.dateline,
    tags: dispatch.tags,
    slug: dispatch.slug,
    corrections: [...(dispatch.corrections ?? []), ...pending],
    pictures: pictures.map(pictureText),
  }
}

/** Returns legal's reading of the story as readers would see it now (text, hash, passages found afresh). */
export async function readingOf(dispatch: PrintedFields, req: PayloadRequest, options: { stamped?: boolean } = {}): Promise<StoryReading> {
  return readStory(await printedCopy(dispatch, req, options))
}

/** Returns the byline as readers get it: each entry's role and the correspondent's printed fields. */
export async function bylineShown(dispatch: Pick<Dispatch, 'byline'>, req: PayloadRequest): Promise<BylineText[]> {
  const entries = dispatch.byline ?? []
  const ids = entries.map((entry) => (entry.correspondent && typeof entry.correspondent === 'object' ? entry.correspondent.id : entry.correspondent)).filter((id) => id !== null && id !== undefined)
  if (ids.length === 0) return entries.map((entry) => ({ role: entry.role ?? null, correspondent: null }))
  const { docs } = await req.payload.find({ collection: 'correspondents', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, req })
  const byId = new Map(docs.map((person: Correspondent) => [String(person.id), person]))
  return entries.map((entry) => {
    const id = entry.correspondent && typeof entry.correspondent === 'object' ? entry.correspondent.id : entry.correspondent
    const person = byId.get(String(id))
    return {
      role: entry.role ?? null,
      correspondent: person
        ? { id: person.id, name: person.name, title: person.title, bureau: person.bureau, bio: person.bio, slug: person.slug, photo: person.photo }
        : (id ?? null),
    }
  })
}

/**
 * Returns the fingerprint of everything readers would get of the story now (storyFingerprint):
 * its printed copy with pictures and correction notes, the byline's people, and the quote records
 * readers are shown (the bound ones; an unbound record is never public).
 */
export async function fingerprintOf(copy: StoryCopy, dispatch: Pick<Dispatch, 'byline'>, quotes: readonly Quote[], req: PayloadRequest): Promise<StoryFingerprint> {
  return storyFingerprint({
    ...copy,
    byline: await bylineShown(dispatch, req),
    quotes: quotes.filter((quote) => quote.binding !== 'unbound').map((quote) => ({ id: quote.id, text: quote.text, speaker: quote.speaker ?? null })),
  })
}

/** The `gate` of a legal decision's audit row that seals the story: the fingerprint legal approved. */
export type SealRecord = { fingerprint: { hash: string; parts: Partial<Record<FingerprintPart, string>> } }

const sealIn = (gate: unknown): SealRecord['fingerprint'] | null => {
  const fingerprint = gate && typeof gate === 'object' ? (gate as { fingerprint?: unknown }).fingerprint : null
  return fingerprint && typeof fingerprint === 'object' && typeof (fingerprint as { hash?: unknown }).hash === 'string' ? (fingerprint as SealRecord['fingerprint']) : null
}

/**
 * Returns what legal's desk has decided on the story: whether it has decided anything (a decision
 * on the story or a quote, or a request for a read), and the fingerprint its last approval named.
 */
export async function sealOf(dispatchId: Id, req: PayloadRequest): Promise<Pick<GateSeal, 'decided' | 'approved'>> {
  const { docs } = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ dispatch: { equals: dispatchId } }, { kind: { in: ['legal_decision', 'legal_read'] } }] },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // Rows written in the same millisecond: the later id is the later decision.
  const ordered = [...docs].sort((a, b) => (a.createdAt === b.createdAt ? Number(b.id) - Number(a.id) : a.createdAt < b.createdAt ? 1 : -1))
  const last = ordered.map((event) => sealIn(event.gate)).find((seal) => seal !== null) ?? null
  return { decided: docs.length > 0, approved: last }
}
