import { WorkflowError } from './errors'

// Date and time with an explicit offset. A wall-clock time without one would be read in the
// server's time zone, and an embargo lifted hours early is the one mistake a desk cannot undo.
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Returns the instant an ISO 8601 date-time with offset names, or null (JS would roll 30 Feb into March). */
export function parseEmbargo(value: string): Date | null {
  const match = ISO_WITH_OFFSET.exec(value.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', , oh = '0', om = '0'] = match
  const [year, month, day] = [Number(y), Number(mo), Number(d)]
  const fieldsValid =
    month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) &&
    Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59 && Number(oh) <= 23 && Number(om) <= 59
  if (!fieldsValid) return null
  const time = Date.parse(value.trim())
  return Number.isNaN(time) ? null : new Date(time)
}

/**
 * Returns the embargo a schedule move sets; throws EMBARGO_INVALID when it is missing,
 * unreadable or not in the future, since a story "scheduled" for the past would go out at once.
 */
export function requireFutureEmbargo(value: string | null | undefined, now: Date): Date {
  if (value === undefined || value === null || value.trim() === '') {
    throw new WorkflowError('EMBARGO_INVALID', 'Scheduling needs embargoUntil: the date and time the dispatch may go out')
  }
  const embargo = parseEmbargo(value)
  if (!embargo) {
    throw new WorkflowError(
      'EMBARGO_INVALID',
      `embargoUntil "${value}" is not an ISO 8601 date-time with a time zone (e.g. 2025-03-07T06:00:00Z)`,
    )
  }
  if (embargo.getTime() <= now.getTime()) {
    throw new WorkflowError('EMBARGO_INVALID', `embargoUntil ${embargo.toISOString()} is not in the future`)
  }
  return embargo
}
