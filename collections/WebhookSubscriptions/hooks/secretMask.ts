import type { FieldHook } from 'payload'

import { readStored } from '../../../src/db/raw'

/** What every read shows instead of a signing secret; sending it back on a save keeps the stored one. */
export const SECRET_MASK = '••••••••'

/** The secret is write-only: reads (REST, GraphQL, the admin) only ever see the mask. */
export const maskSecret: FieldHook = ({ value }) => (typeof value === 'string' && value.length > 0 ? SECRET_MASK : value)

/**
 * A save that sends the mask back (the admin form, or a client echoing what it read) keeps the
 * stored secret. It is read raw from the adapter: the Local API would mask it again.
 */
export const keepStoredSecret: FieldHook = async ({ value, originalDoc, req, collection }) => {
  if (value !== SECRET_MASK || !originalDoc?.id || !collection) return value
  const stored = await readStored<{ secret?: string }>(req.payload, collection.slug, originalDoc.id, req)
  return stored?.secret ?? value
}
