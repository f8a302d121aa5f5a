import type { CollectionBeforeChangeHook } from 'payload'

import { isCopyWriter } from '../../../src/access/roles'
import { CopyLockedError } from '../../../src/errors/CopyLockedError'
import { LegalFlagLockedError } from '../../../src/errors/LegalFlagLockedError'
import { flagsOf, loweredFlags, mergeFlags, ratchetRefusal } from '../../../src/legal/ratchet'

/**
 * Sensitivity only goes up unless legal lowers it, on every surface that saves a quote with a
 * user (REST, GraphQL, the admin, the Local API). Server code without a user (seed, migrations)
 * and legal's own decision (which changes no flag) are not asked; the quote binding only raises,
 * so it passes this hook like anyone else.
 */
export const enforceFlagRatchet: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || req.context.legalDecision) return data
  const before = flagsOf(originalDoc)
  const after = mergeFlags(originalDoc, data)
  const refusal = ratchetRefusal({ roles: req.user.roles ?? [] }, before, after)
  if (refusal !== null) throw new LegalFlagLockedError(refusal)
  if (loweredFlags(before, after).length > 0) {
    // Recorded so the binding does not raise again what legal took down (see src/legal/binding.ts).
    data.legal = { ...(originalDoc?.legal ?? {}), ...(data.legal ?? {}), flagsLoweredBy: req.user.id, flagsLoweredAt: new Date().toISOString() }
  }
  // Legal may write a quote only to decide its flags; its words and speaker are the desk's copy.
  if (!isCopyWriter(req.user) && !req.context.quoteBinding) {
    const copyChanged = (['text', 'context'] as const).some((key) => key in data && data[key] !== originalDoc?.[key]) ||
      (['name', 'description'] as const).some((key) => data.speaker && key in data.speaker && data.speaker[key] !== originalDoc?.speaker?.[key])
    if (copyChanged) throw new CopyLockedError('Legal changes the legal flags of a quote, not its words or speaker')
  }
  return data
}
