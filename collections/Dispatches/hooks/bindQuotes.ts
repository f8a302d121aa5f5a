import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { Dispatch } from '../../../payload-types'
import { ownsDispatch } from '../../../src/access/ownership'
import { isDesk } from '../../../src/access/roles'
import { bindQuotes, copyQuotesForDuplicate, type DuplicateSource } from '../../../src/services/quoteBinding'

/**
 * The duplicate a create operation is making, per request. Set (or cleared) by every create's
 * beforeOperation, so a later create on the same request (a GraphQL document) never inherits it.
 */
const duplicates = new WeakMap<PayloadRequest, { sourceId: number | string; incoming: Record<string, unknown>; source?: DuplicateSource }>()

export const noteDuplicateSource: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const sourceId = 'duplicateFromID' in args ? (args.duplicateFromID as number | string | null | undefined) : undefined
  if (sourceId === undefined || sourceId === null) duplicates.delete(req)
  else duplicates.set(req, { sourceId, incoming: { ...((args.data as Record<string, unknown> | undefined) ?? {}) } })
  return args
}

/** Fields a duplicate gets from the server, not from the source: its own slug, status, filer and workflow record. */
const SERVER_KEYS = new Set([
  'id', '_status', 'slug', 'generateSlug', 'workflowStatus', 'createdBy', 'createdAt', 'updatedAt',
  'bodyMedia', 'intakeHash', 'publishedAt', 'firstPublishedAt', 'corrections', 'legalHold',
])

/** Array rows (the byline) get new ids in a copy, as Payload gives them, since row ids are unique. */
const freshRows = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map((row) => (row && typeof row === 'object' && !Array.isArray(row) ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id')) : row))
    : value

/**
 * Payload duplicates the source's latest version read with every field, whoever asks. A copy
 * carries only what the caller may read of the source: its working copy for the desk and the
 * story's own people, the live copy for anyone else, and no field their access hides
 * (editorialNotes of someone else's story). A legal hold on the source comes along, so a
 * duplicate is no way around it.
 */
export const duplicateAsCallerReads: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const pending = duplicates.get(req)
  if (operation !== 'create' || !pending) return data
  const working = await req.payload.findByID({ collection: 'dispatches', id: pending.sourceId, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!working) return data
  const readsWorkingCopy = !req.user || isDesk(req.user) || ownsDispatch(req.user, working)
  pending.source = { id: working.id, readsWorkingCopy }
  const copy: Record<string, unknown> = { ...data }
  if (req.user) {
    const readable = (await req.payload.findByID({
      collection: 'dispatches',
      id: pending.sourceId,
      draft: readsWorkingCopy,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })) as Record<string, unknown> | null
    for (const key of Object.keys(copy)) {
      if (SERVER_KEYS.has(key) || key in pending.incoming) continue
      if (readable && key in readable) copy[key] = freshRows(readable[key])
      else delete copy[key]
    }
  }
  if ((working as Dispatch).legalHold?.active) {
    copy.legalHold = readsWorkingCopy
      ? working.legalHold
      : { active: true, reason: `Held by legal on dispatch ${String(working.id)}, which this copies`, placedBy: null, placedAt: working.legalHold?.placedAt ?? null }
  }
  return copy
}

/**
 * Every save of a working copy ends here: its quote records are bound to its words in the same
 * transaction (see src/services/quoteBinding.ts). The workflow service's own writes change no
 * words, and the demo load binds its keyed quotes itself.
 */
export const bindQuotesAfterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const pending = operation === 'create' ? duplicates.get(req) : undefined
  if (pending) duplicates.delete(req)
  if (req.context.workflowService || req.context.seeding) return doc
  if (pending?.source) await copyQuotesForDuplicate(pending.source, doc.id, req)
  else await bindQuotes(doc.id, req)
  return doc
}
