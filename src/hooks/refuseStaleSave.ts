import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { baseClaim, staleBecause, versionTag } from '../concurrency/baseVersion'
import { lockRow, type LockableTable } from '../db/locks'
import { savesSince } from '../db/saves'
import { DatelineError, StaleVersionError } from '../errors'

type Scope = 'document' | 'graphql' | null

/** The main table of each collection saved against a version (refuseStaleSave is on these three). */
const TABLES = { dispatches: 'dispatches', quotes: 'quotes', 'media-assets': 'media_assets' } as const satisfies Record<string, LockableTable>

/**
 * Which of the request's words speak for this save: on the document's own route (REST and the
 * admin: `PATCH /api/<slug>/<id>`) the `If-Match` header, `?override` and the body's `updatedAt`;
 * in GraphQL the `updatedAt` in the mutation's data. A save that runs nested inside another
 * request (a hook updating a picture, a version restore, a workflow move) speaks for none.
 */
function scopeOf(req: PayloadRequest, slug: string, id: number | string): Scope {
  const api = req.payload.config.routes.api
  const path = req.pathname
  if (path === `${api}/${slug}/${id}`) return 'document'
  if (path === `${api}${req.payload.config.routes.graphQL}`) return 'graphql'
  return null
}

/**
 * No lost writes: a save of a working copy based on an older version than the stored one is
 * refused with 409 STALE_VERSION naming who saved in between, unless it overrides. What it is
 * based on comes from the client (see baseClaim); a client that says nothing writes blind.
 */
export const refuseStaleSave: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  // A version restore brings back the old version's data, its updatedAt too: that is no claim.
  if (operation !== 'update' || !originalDoc?.id || req.context.workflowService || req.context.isRestoringVersion) return data
  const id = originalDoc.id as number | string
  const scope = scopeOf(req, collection.slug, id)
  if (scope === null) return data
  const claim = baseClaim({
    id,
    ifMatch: scope === 'document' ? req.headers.get('if-match') : null,
    override: scope === 'document' ? (req.searchParams?.get('override') ?? null) : null,
    bodyUpdatedAt: (data as { updatedAt?: unknown }).updatedAt,
  })
  if (claim.kind === 'malformed') throw new DatelineError('INVALID_PRECONDITION', claim.message, 400)
  if (claim.kind !== 'based-on') return data
  // PostgreSQL: a second save of the same document waits here until the first commits, then sees it.
  // (SQLite transactions begin IMMEDIATE and already hold the write lock.)
  const table: LockableTable | undefined = TABLES[collection.slug as keyof typeof TABLES]
  if (table) await lockRow(table, id, req)
  const since = await savesSince(req, collection, id, claim.updatedAt)
  const culprit = staleBecause(req.user?.id ?? null, since)
  if (!culprit) return data
  const by =
    culprit.savedBy === null
      ? null
      : await req.payload.findByID({ collection: 'users', id: culprit.savedBy, depth: 0, overrideAccess: true, disableErrors: true, req })
  throw new StaleVersionError({
    savedBy: culprit.savedBy === null ? null : { id: culprit.savedBy, name: by?.name ?? null, email: by?.email ?? null },
    savedAt: culprit.updatedAt,
    currentVersion: versionTag(id, since[0]!.updatedAt),
    basedOn: claim.updatedAt,
  })
}
