import { DatelineError } from './DatelineError'

export type StaleVersionDetails = {
  /** Who stored the version this save would overwrite; null when the server did (a release). */
  savedBy: { id: number | string; name: string | null; email: string | null } | null
  /** When they stored it. */
  savedAt: string
  /** The ETag of what is stored now: reload, or send it as If-Match to save over it knowingly. */
  currentVersion: string
  /** The version the refused save was based on. */
  basedOn: string
}

/** A save based on an older version than the stored one (409): someone else saved in between. */
export class StaleVersionError extends DatelineError {
  constructor(details: StaleVersionDetails) {
    const who = details.savedBy ? (details.savedBy.name ?? details.savedBy.email ?? `user ${details.savedBy.id}`) : 'the server'
    super(
      'STALE_VERSION',
      `This document was saved by ${who} at ${details.savedAt}, after the version you loaded (${details.basedOn}). ` +
        'Reload to see their change; nothing was saved. To overwrite it anyway, send If-Match: * (or ?override=true).',
      409,
      details,
    )
    this.name = 'StaleVersionError'
  }
}
