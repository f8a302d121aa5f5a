import type { CollectionBeforeChangeHook } from 'payload'

/** Records the fingerprint of imported copy, so the same story filed twice is recognised. */
export const stampIntakeHash: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && typeof req.context.intakeHash === 'string') data.intakeHash = req.context.intakeHash
  return data
}
