import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { parseCreditLine } from '../../../src/media/parseCreditLine'

/** Keeps the structured credit in step with the credit line as printed. */
export const parseCredit: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const line: unknown = data.creditLine
  if (typeof line !== 'string' || line === originalDoc?.creditLine) return data
  let parsed
  try {
    parsed = parseCreditLine(line)
  } catch {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'creditLine', message: 'Credit line is empty' }] },
      req.t,
    )
  }
  data.credit = { ...(originalDoc?.credit ?? {}), ...(data.credit ?? {}), ...parsed }
  return data
}
