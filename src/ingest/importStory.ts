import type { Payload, PayloadRequest } from 'payload'

import type { Correspondent, User } from '../../payload-types'
import type { ExistingIds } from '../lib/requestContext'
import { DatelineError } from '../errors/DatelineError'
import { extractStory } from './extract'
import { intakeHash } from './intakeHash'
import { storyBody } from './storyBody'
import type { ExtractedCorrespondent, ExtractedStory } from './types'

export type ImportLinks = { id: number | string; admin: string; api: string }

export type ImportResult = {
  dispatch: ImportLinks & { headline: string; slug: string }
  media: ImportLinks[]
  quotes: Array<ImportLinks & { sensitive: boolean; legalStatus: string }>
  correspondents: Array<ImportLinks & { name: string; created: boolean }>
}

/** A second import of the same copy: answered 409 with where the first one went. */
export class DuplicateImportError extends DatelineError {
  constructor(readonly existing: ImportLinks) {
    super('DUPLICATE_IMPORT', `This story was already imported as dispatch ${existing.id}: ${existing.admin}`, 409, { existing })
    this.name = 'DuplicateImportError'
  }
}

const links = (payload: Payload, collection: string, id: number | string): ImportLinks => {
  const base = payload.config.serverURL
  return {
    id,
    admin: `${base}/admin/collections/${collection}/${id}`,
    api: `${base}${payload.config.routes.api}/${collection}/${id}`,
  }
}

/**
 * Turns plain-text copy into a draft dispatch with its media assets (captions and credits, file to
 * follow), quotes (sensitive ones pending legal) and any correspondents not yet on file. Runs
 * inside the caller's transaction (`req`): a failure part-way leaves nothing behind.
 */
export async function importStory(text: string, req: PayloadRequest): Promise<ImportResult> {
  const { payload } = req
  const story = extractStory(text)
  const hash = intakeHash(text)

  const earlier = await payload.find({
    collection: 'dispatches',
    where: { intakeHash: { equals: hash } },
    // The hash is written once, on create, so the main table (indexed) has it; the versions
    // table would cost a latest-version query for nothing.
    draft: false,
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  if (earlier.docs[0]) throw new DuplicateImportError(links(payload, 'dispatches', earlier.docs[0].id))

  const people = await resolveCorrespondents(story.correspondents, req)
  const byName = new Map(people.map((person) => [person.name, person]))
  // Everything the new documents point at was found or written just now, in this transaction.
  const existingIds: ExistingIds = { correspondents: people.map((person) => person.id) }
  req.context.existingIds = existingIds
  const user = req.user as User | null

  const media = []
  for (const picture of story.media) {
    const creator = picture.credit.creatorName ? byName.get(picture.credit.creatorName) : undefined
    media.push(
      await payload.create({
        collection: 'media-assets',
        data: {
          caption: picture.caption,
          creditLine: picture.creditLine,
          credit: { creator: creator?.id as number | undefined },
          rights: { licence: picture.credit.isHandout ? 'handout' : picture.credit.isPool ? 'pool' : 'staff' },
        },
        req,
        user,
        overrideAccess: user === null,
        depth: 0,
      }),
    )
  }

  existingIds['media-assets'] = media.map((asset) => asset.id)
  const byline = story.correspondents
    .filter((person) => person.source === 'copy')
    .map((person) => ({ correspondent: byName.get(person.name)!.id as number, role: person.role }))
  const dispatch = await payload.create({
    collection: 'dispatches',
    draft: true,
    data: {
      headline: story.headline,
      standfirst: story.standfirst ?? undefined,
      body: storyBody(story.blocks, media.map((asset) => asset.id)) as never,
      byline,
      media: media.map((asset) => asset.id),
    },
    req,
    user,
    overrideAccess: user === null,
    depth: 0,
    // intakeHash is server-only; the dispatch hook stamps it from the context.
    context: { intakeHash: hash },
  })

  // The dispatch's save bound its quotes: one record per quoted passage, with speaker and
  // sensitivity from the same extractor, sensitive ones pending legal (src/services/quoteBinding).
  const { docs: quotes } = await payload.find({
    collection: 'quotes',
    where: { dispatch: { equals: dispatch.id } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })

  return {
    dispatch: { ...links(payload, 'dispatches', dispatch.id), headline: dispatch.headline, slug: dispatch.slug },
    media: media.map((asset) => links(payload, 'media-assets', asset.id)),
    quotes: quotes.map((quote) => ({
      ...links(payload, 'quotes', quote.id),
      sensitive: Boolean(quote.sensitive),
      legalStatus: quote.legal?.status ?? 'not_required',
    })),
    correspondents: people.map((person) => ({
      ...links(payload, 'correspondents', person.id),
      name: person.name,
      created: person.created,
    })),
  }
}

type ResolvedPerson = { id: number | string; name: string; created: boolean }

/**
 * Matches the people in the copy to correspondents on file by name and files the rest. Filing a
 * profile is part of intake, so it is done for the importing user whatever their own rights on
 * correspondents are.
 */
async function resolveCorrespondents(people: ExtractedCorrespondent[], req: PayloadRequest): Promise<ResolvedPerson[]> {
  if (people.length === 0) return []
  // One read for everyone named; the oldest profile wins when a name is on file twice.
  const { docs } = await req.payload.find({
    collection: 'correspondents',
    where: { name: { in: people.map((person) => person.name) } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { name: true },
    req,
    overrideAccess: true,
  })
  const onFile = new Map<string, Correspondent['id']>()
  for (const doc of docs as Array<Pick<Correspondent, 'id' | 'name'>>) if (!onFile.has(doc.name)) onFile.set(doc.name, doc.id)
  const resolved: ResolvedPerson[] = []
  for (const person of people) {
    const found = onFile.get(person.name)
    if (found !== undefined) {
      resolved.push({ id: found, name: person.name, created: false })
      continue
    }
    const created = await req.payload.create({
      collection: 'correspondents',
      data: { name: person.name, title: person.title, kind: person.role } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    onFile.set(person.name, created.id)
    resolved.push({ id: created.id, name: person.name, created: true })
  }
  return resolved
}

export type { ExtractedStory }
