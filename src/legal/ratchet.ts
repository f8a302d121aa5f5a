/**
 * The sensitivity ratchet: whoever may edit a quote may make legal look harder at it; only legal
 * (and admins) may make legal look less. Pure rules over the flags of a quote before and after.
 */
import type { SensitivityReason } from '../quotes/sensitivityReasons'

/** The flags of a quote that decide whether, and why, legal must see it. */
export type QuoteFlags = {
  sensitive: boolean
  reasons: SensitivityReason[]
  isAnonymous: boolean
  /** Identity notes are compared, never shown: see flagChanges. */
  identityNotes: string
}

type FlagSource = {
  sensitive?: boolean | null
  sensitivityReasons?: readonly SensitivityReason[] | null
  speaker?: { isAnonymous?: boolean | null } | null
  identityNotes?: string | null
}

/** Returns the flags of a stored or incoming quote, with absent values as their defaults. */
export function flagsOf(quote: FlagSource | null | undefined): QuoteFlags {
  return {
    sensitive: Boolean(quote?.sensitive),
    reasons: [...new Set(quote?.sensitivityReasons ?? [])].sort(),
    isAnonymous: Boolean(quote?.speaker?.isAnonymous),
    identityNotes: (quote?.identityNotes ?? '').trim(),
  }
}

/**
 * Returns the flags after a partial update: what the request sends, over what is stored. A flag
 * sent as null is cleared (Payload stores the null), so it counts as sent.
 */
export function mergeFlags(stored: FlagSource | null | undefined, update: FlagSource): QuoteFlags {
  const sent = (key: keyof FlagSource): boolean => Object.prototype.hasOwnProperty.call(update, key)
  const speakerSent = sent('speaker') && (update.speaker === null || Object.prototype.hasOwnProperty.call(update.speaker, 'isAnonymous'))
  return flagsOf({
    sensitive: sent('sensitive') ? update.sensitive : stored?.sensitive,
    sensitivityReasons: sent('sensitivityReasons') ? update.sensitivityReasons : stored?.sensitivityReasons,
    speaker: { isAnonymous: speakerSent ? update.speaker?.isAnonymous : stored?.speaker?.isAnonymous },
    identityNotes: sent('identityNotes') ? update.identityNotes : stored?.identityNotes,
  })
}

/** Returns what a change takes away from legal's view, one line each; empty when it only raises. */
export function loweredFlags(before: QuoteFlags, after: QuoteFlags): string[] {
  const lowered: string[] = []
  if (before.sensitive && !after.sensitive) lowered.push('unmark it sensitive')
  for (const reason of before.reasons) if (!after.reasons.includes(reason)) lowered.push(`remove the reason "${reason}"`)
  if (before.isAnonymous && !after.isAnonymous) lowered.push('mark the speaker as no longer anonymous')
  return lowered
}

export type RatchetActor = { roles: readonly string[] }

/** Returns true for the roles that may lower a quote's sensitivity or delete a sensitive quote. */
export const mayLower = (actor: RatchetActor): boolean => actor.roles.includes('legal') || actor.roles.includes('admin')

/**
 * Returns why the actor may not make this change, or null when they may: raising is open to any
 * editor of the quote, lowering only to legal and admins.
 */
export function ratchetRefusal(actor: RatchetActor, before: QuoteFlags, after: QuoteFlags): string | null {
  if (mayLower(actor)) return null
  const lowered = loweredFlags(before, after)
  if (lowered.length === 0) return null
  return `Only legal may ${lowered.join(', ')} on a quote; you may raise its sensitivity, not lower it`
}

/** Returns why the actor may not delete the quote, or null when they may. */
export function deletionRefusal(actor: RatchetActor, flags: QuoteFlags): string | null {
  if (!flags.sensitive || mayLower(actor)) return null
  return 'Only legal may delete a sensitive quote'
}

/** What an audit row records of a flag change: readable values, and only whether identity notes changed. */
export type FlagSnapshot = { sensitive: boolean; reasons: SensitivityReason[]; isAnonymous: boolean; hasIdentityNotes: boolean }

export type FlagChange = {
  before: FlagSnapshot | null
  after: FlagSnapshot | null
  /** Names of the flags that differ: sensitive, sensitivityReasons, isAnonymous, identityNotes. */
  changed: string[]
}

export const snapshotOf = (flags: QuoteFlags): FlagSnapshot => ({
  sensitive: flags.sensitive,
  reasons: flags.reasons,
  isAnonymous: flags.isAnonymous,
  hasIdentityNotes: flags.identityNotes !== '',
})

/**
 * Returns the audit record of a change of flags, or null when no flag changed. `before` is null
 * for a new quote (whose flags are recorded when any is set) and `after` null for a deletion.
 */
export function flagChange(before: QuoteFlags | null, after: QuoteFlags | null): FlagChange | null {
  const empty = flagsOf(null)
  const from = before ?? empty
  const to = after ?? empty
  const changed: string[] = []
  if (from.sensitive !== to.sensitive) changed.push('sensitive')
  if (from.reasons.join() !== to.reasons.join()) changed.push('sensitivityReasons')
  if (from.isAnonymous !== to.isAnonymous) changed.push('isAnonymous')
  if (from.identityNotes !== to.identityNotes) changed.push('identityNotes')
  // A deletion is always recorded; otherwise only a change (a new quote: any flag set).
  if (changed.length === 0 && after !== null) return null
  return { before: before && snapshotOf(before), after: after && snapshotOf(after), changed }
}
