const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value))
  return Number.isNaN(time) ? Number.NaN : time
}

/**
 * Returns why a save may not change the embargo, or null. While a story is scheduled its
 * release job is queued for the embargo it was scheduled with; moving the date by editing would
 * leave the job at the old time (or release the story early), so the desk unschedules and
 * schedules again, which the workflow logs. Saving the same instant again (the admin resends the
 * whole form) is fine.
 */
export function embargoEditRefusal(status: string | null | undefined, before: unknown, after: unknown): string | null {
  if (status !== 'scheduled' || after === undefined) return null
  const [was, now] = [instant(before), instant(after)]
  if (was === now) return null
  return 'This dispatch is scheduled; to move its embargo, unschedule it and schedule it again (POST /api/dispatches/:id/transition)'
}
