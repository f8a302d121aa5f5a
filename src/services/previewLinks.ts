/**
 * Signed preview links: made and revoked by editors, legal and admins over the API, opened by
 * anyone holding one. Opening reads the working copy through `openPreviewLink` below, the one
 * place the reader site reads anything but the public API (a link holder has no Payload user to
 * read it with); it reads only the fields a story page shows, never notes or identity notes.
 */
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import type { Dispatch, PreviewLink, Quote } from '../../payload-types'
import { isDesk, relationId } from '../access/roles'
import type { Env } from '../config/env'
import { toStoryPage, type StoryPage } from '../delivery/storyPage'
import type { CreatePreviewLinkBody } from '../preview/schemas'
import { previewKey, signPreviewToken, tokenHash, verifyPreviewToken } from '../preview/token'
import { WorkflowError } from '../workflow'
import { inTransaction } from '../db/transactions'

export type CreatedPreviewLink = { id: number; url: string; expiresAt: string }

type Id = number | string

/** Throws ROLE_NOT_ALLOWED (403) unless the user may make and revoke preview links. */
export function assertMayShare(user: PayloadRequest['user']): asserts user is NonNullable<PayloadRequest['user']> {
  if (!user || !isDesk(user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only editors, legal and admins may make or revoke preview links')
}

/** A link id as the SQL adapters make them; anything else names no link. */
const LINK_ID = /^\d{1,15}$/

async function audit(
  payload: Payload,
  event: { action: 'created' | 'used' | 'revoked' | 'refused'; link: Id | null; dispatch: Id | null; actor?: Id | null; reason?: string },
  req?: PayloadRequest,
): Promise<void> {
  await payload.create({
    collection: 'preview-link-events',
    data: {
      action: event.action,
      link: (event.link ?? undefined) as number | undefined,
      dispatch: (event.dispatch ?? undefined) as number | undefined,
      actor: (event.actor ?? undefined) as number | undefined,
      reason: event.reason,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    ...(req ? { req } : {}),
  })
}

/**
 * Makes a link that shows the dispatch's working copy until it expires or is revoked, and audits
 * it. Throws ROLE_NOT_ALLOWED (not editor, legal or admin) or NOT_FOUND (no dispatch this user may read).
 */
export async function createPreviewLink(req: PayloadRequest, env: Env, dispatchId: string, body: CreatePreviewLinkBody): Promise<CreatedPreviewLink> {
  const user = req.user
  assertMayShare(user)
  const seen = await req.payload.findByID({ collection: 'dispatches', id: dispatchId, draft: true, depth: 0, overrideAccess: false, user, disableErrors: true, req, select: { slug: true } })
  if (!seen) throw new WorkflowError('NOT_FOUND', `No dispatch with id ${dispatchId}`)
  const expiresAt = new Date(Date.now() + body.expiresInHours * 3_600_000)
  const token = signPreviewToken({ dispatch: seen.id, expiresAt: expiresAt.getTime() }, previewKey(env.PAYLOAD_SECRET))
  const link = await inTransaction(req, async (tx) => {
    const created = await tx.payload.create({
      collection: 'preview-links',
      data: { dispatch: seen.id, tokenHash: tokenHash(token), expiresAt: expiresAt.toISOString(), createdBy: user.id },
      overrideAccess: true,
      depth: 0,
      req: tx,
    })
    await audit(tx.payload, { action: 'created', link: created.id, dispatch: seen.id, actor: user.id, reason: `valid for ${body.expiresInHours} h` }, tx)
    return created
  })
  return { id: link.id, url: `${env.SERVER_URL}/preview/links/${token}`, expiresAt: expiresAt.toISOString() }
}

/**
 * Revokes a preview link of this dispatch (again is harmless) and audits it. Throws
 * ROLE_NOT_ALLOWED or NOT_FOUND (no such link on this dispatch).
 */
export async function revokePreviewLink(req: PayloadRequest, dispatchId: string, linkId: string): Promise<{ id: number; revokedAt: string }> {
  const user = req.user
  assertMayShare(user)
  const link = LINK_ID.test(linkId)
    ? await req.payload.findByID({ collection: 'preview-links', id: linkId, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  if (!link || String(relationId(link.dispatch)) !== dispatchId) {
    throw new WorkflowError('NOT_FOUND', `No preview link ${linkId} for dispatch ${dispatchId}`)
  }
  if (link.revokedAt) return { id: link.id, revokedAt: link.revokedAt }
  const revokedAt = new Date().toISOString()
  await inTransaction(req, async (tx) => {
    await tx.payload.update({ collection: 'preview-links', id: link.id, data: { revokedAt, revokedBy: user.id }, overrideAccess: true, depth: 0, req: tx })
    await audit(tx.payload, { action: 'revoked', link: link.id, dispatch: relationId(link.dispatch), actor: user.id }, tx)
  })
  return { id: link.id, revokedAt }
}

export type PreviewOpening =
  | { status: 'ok'; story: StoryPage; expiresAt: string }
  /** Not a token we signed (malformed, tampered, another key): 403. */
  | { status: 'invalid' }
  /** Revoked, or its row deleted by an admin: 410. */
  | { status: 'revoked' }
  | { status: 'expired'; expiredAt: string }
  /** The story is gone: 404. */
  | { status: 'not_found' }

/** What a story page shows of the working copy: no notes, no workflow or legal fields. */
const WORKING_FIELDS = {
  slug: true,
  headline: true,
  standfirst: true,
  dateline: true,
  body: true,
  tags: true,
  byline: true,
  media: true,
  corrections: true,
  embargoUntil: true,
  publishedAt: true,
  firstPublishedAt: true,
  updatedAt: true,
} as const

const POPULATED_FIELDS = {
  correspondents: { name: true, slug: true, title: true, kind: true, bureau: true },
  'media-assets': {
    alt: true, caption: true, creditLine: true, credit: true, rights: true, capturedAt: true, filename: true,
    url: true, mimeType: true, filesize: true, width: true, height: true, focalX: true, focalY: true, sizes: true,
  },
  quotes: { text: true, speaker: true, context: true },
} as const

type LinkCheck = { status: 'ok'; link: PreviewLink; dispatch: number | string; expiresAt: number } | Exclude<PreviewOpening, { status: 'ok' }>

/** Checks a token: our signature, a stored row, not revoked, not expired; audits a refused genuine link. */
async function checkLink(payload: Payload, env: Env, token: string, audited: boolean): Promise<LinkCheck> {
  const claims = verifyPreviewToken(token, previewKey(env.PAYLOAD_SECRET))
  if (!claims) return { status: 'invalid' }
  const found = await payload.find({ collection: 'preview-links', where: { tokenHash: { equals: tokenHash(token) } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  const link = found.docs[0] as PreviewLink | undefined
  if (!link) return { status: 'revoked' }
  if (link.revokedAt) {
    if (audited) await audit(payload, { action: 'refused', link: link.id, dispatch: claims.dispatch, reason: 'revoked' })
    return { status: 'revoked' }
  }
  const expiresAt = Math.min(Date.parse(link.expiresAt), claims.expiresAt)
  if (!(expiresAt > Date.now())) {
    if (audited) await audit(payload, { action: 'refused', link: link.id, dispatch: claims.dispatch, reason: 'expired' })
    return { status: 'expired', expiredAt: new Date(expiresAt).toISOString() }
  }
  return { status: 'ok', link, dispatch: claims.dispatch, expiresAt }
}

/** Reads the working copy of one story as a story page, only the fields a page shows; null when it is gone. */
async function workingStoryPage(payload: Payload, env: Env, id: number | string): Promise<StoryPage | null> {
  const doc = await payload.findByID({
    collection: 'dispatches',
    id,
    draft: true,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    select: WORKING_FIELDS,
    populate: POPULATED_FIELDS,
  })
  if (!doc) return null
  // Joins are not read with drafts: the quotes come on their own, their words and speakers only.
  const quotes = await payload.find({
    collection: 'quotes',
    where: { dispatch: { equals: doc.id } },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    select: { text: true, speaker: true, context: true },
  })
  return toStoryPage({ ...(doc as Dispatch), quotes: { docs: quotes.docs as Quote[] } }, env.SERVER_URL)
}

const FILE_PATH = '/api/media-assets/file/'

/**
 * Points the story's picture files at the link's own file route: a picture no live story shows
 * is not public, and the person holding the link has no account to fetch it with.
 */
function filesThroughLink(story: StoryPage, env: Env, token: string): StoryPage {
  const prefix = `${env.SERVER_URL}${FILE_PATH}`
  const through = `${env.SERVER_URL}/preview/links/${token}/files/`
  return JSON.parse(JSON.stringify(story), (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(prefix) ? through + value.slice(prefix.length) : value,
  ) as StoryPage
}

/** Returns the file names of every picture (and size) the story page shows. */
function pictureFiles(story: StoryPage, env: Env): Set<string> {
  const prefix = `${env.SERVER_URL}${FILE_PATH}`
  const names = new Set<string>()
  JSON.stringify(story, (_key, value: unknown) => {
    if (typeof value === 'string' && value.startsWith(prefix)) names.add(decodeURIComponent(value.slice(prefix.length)))
    return value
  })
  return names
}

/**
 * Opens a preview link: checks the signature, then the stored link (revoked, expired), then
 * reads the working copy of that one story as a story page; audits each genuine use and refusal.
 */
export async function openPreviewLink(payload: Payload, env: Env, token: string): Promise<PreviewOpening> {
  const checked = await checkLink(payload, env, token, true)
  if (checked.status !== 'ok') return checked
  const story = await workingStoryPage(payload, env, checked.dispatch)
  if (!story) {
    await audit(payload, { action: 'refused', link: checked.link.id, dispatch: null, reason: 'story deleted' })
    return { status: 'not_found' }
  }
  await audit(payload, { action: 'used', link: checked.link.id, dispatch: story.id })
  return { status: 'ok', story: filesThroughLink(story, env, token), expiresAt: new Date(checked.expiresAt).toISOString() }
}

export type PreviewFile = { status: 'ok'; path: string } | Exclude<PreviewOpening, { status: 'ok' }>

/**
 * Returns where on disk a picture file of the link's story is, when the link still works and the
 * story shows that file; `not_found` for any other file name (no other asset, no path games).
 */
export async function previewLinkFile(payload: Payload, env: Env, token: string, filename: string): Promise<PreviewFile> {
  const checked = await checkLink(payload, env, token, false)
  if (checked.status !== 'ok') return checked
  const story = await workingStoryPage(payload, env, checked.dispatch)
  if (!story || !pictureFiles(story, env).has(filename) || filename.includes('/') || filename.includes('\\')) return { status: 'not_found' }
  const staticDir = payload.collections['media-assets'].config.upload.staticDir
  if (!staticDir) return { status: 'not_found' }
  return { status: 'ok', path: path.resolve(staticDir, filename) }
}
