/**
 * What legal reads of a story, loaded inside the caller's transaction: the working copy with the
 * correction notes its next publish appends and the pictures it shows (records of their own).
 * The save hook (flagLegalRead), legal's review, the publish gate and the publish's own check
 * read a story through these, so all four weigh the same words and get the same hash.
 */
import type { PayloadRequest } from 'payload'

import type { Dispatch, MediaAsset, WorkflowEvent } from '../../payload-types'
import { readStory, type StoryReading } from '../legal/readOfStory'
import type { PictureText, StoryCopy } from '../legal/storyText'
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
