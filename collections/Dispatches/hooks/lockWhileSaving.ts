import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { lockDispatch } from '../../../src/db/locks'

/*
 * Every save of a story takes its row lock before it reads the working copy it merges into, as
 * the workflow's commands do (the publish, legal's review, a hold). So on PostgreSQL no save can
 * land between the publish gate's read of the working copy and the publish's write of it: the
 * save waits for the publish to commit and then reads what it wrote, or the publish waits for the
 * save and reads what it saved. A save that sends If-Match or `updatedAt` took the lock already
 * (refuseStaleSave), but later, after Payload had read the copy; now every save takes it first.
 * SQLite's transactions hold the database's write lock from their start (see lockRow).
 */

const inTransaction = async (req: PayloadRequest): Promise<boolean> => (await req.transactionID) !== undefined && (await req.transactionID) !== null

/** `PATCH /api/dispatches/:id` and every update by id: Payload runs this in the save's transaction, before it reads the document. */
export const lockBeforeReading: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const id = (args as { id?: unknown }).id
  if (operation !== 'update' || (typeof id !== 'number' && typeof id !== 'string')) return args
  // Runs before access is checked: a request nobody signed (refused a moment later) takes no lock.
  if (!req.user && (args as { overrideAccess?: boolean }).overrideAccess !== true) return args
  if (await inTransaction(req)) await lockDispatch(id, req)
  return args
}

/** Updates by `where` (one document at a time) and any other save: the lock before the write, at the latest. */
export const lockWhileSaving: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined || originalDoc.id === null) return data
  if (await inTransaction(req)) await lockDispatch(originalDoc.id as number, req)
  return data
}
