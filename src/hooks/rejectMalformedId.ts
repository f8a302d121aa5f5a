import type { CollectionBeforeOperationHook } from 'payload'
import { NotFound } from 'payload'

import { numericIds } from '../db/view'

/** Returns true when `id` can name a document on a database with numeric ids. */
export const isNumericId = (id: unknown): boolean =>
  typeof id === 'number' ? Number.isSafeInteger(id) : /^\d{1,15}$/.test(String(id))

/**
 * On SQLite and PostgreSQL ids are numbers; `GET /api/dispatches/abc` would reach the database
 * as NaN (the REST handler has already run it through Number()) and fail with a 500. Such an id names no document, so it is a 404.
 */
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id: unknown = (args as { id?: unknown }).id
  if (id === undefined || id === null || !numericIds(req.payload)) return args
  if (isNumericId(id)) return args
  throw new NotFound(req.t)
}
