/**
 * Which version of a document a save says it was based on, from what the client sent: an
 * `If-Match` header carrying the ETag it read, the `updatedAt` it loaded (in the body; what the
 * admin form sends), or an explicit override. Pure: no Payload, no database.
 */

/** The strong ETag of one stored version of a document: its id and the millisecond it was saved. */
export function versionTag(id: number | string, updatedAt: string): string {
  return `"${id}-${Date.parse(updatedAt)}"`
}

export type BaseClaim =
  /** Nothing said: a blind write, checked by nothing (the client takes responsibility). */
  | { kind: 'none' }
  /** "Overwrite whatever is there": `If-Match: *` or `?override=true`. */
  | { kind: 'override' }
  /** The client's copy was this version (ISO timestamp, normalised). */
  | { kind: 'based-on'; updatedAt: string }
  /** What was sent cannot name a version of this document: a 400 with this message. */
  | { kind: 'malformed'; message: string }

const TAG = /^"(\d{1,15})-(\d{1,15})"$/

/**
 * Returns what a save claims to be based on. `ifMatch` wins over `bodyUpdatedAt`; an `If-Match`
 * naming another document, or a weak/unknown tag, is malformed (it cannot match, RFC 9110 §13.1.1).
 */
export function baseClaim(input: {
  id: number | string
  ifMatch?: string | null
  override?: string | null
  bodyUpdatedAt?: unknown
}): BaseClaim {
  if (input.override === 'true' || input.override === '1') return { kind: 'override' }
  const header = input.ifMatch?.trim()
  if (header) {
    if (header === '*') return { kind: 'override' }
    const tags = header.split(',').map((tag) => tag.trim()).filter(Boolean)
    const parsed = tags.map((tag) => (tag.startsWith('W/') ? null : TAG.exec(tag)))
    if (parsed.some((match) => match === null)) {
      return { kind: 'malformed', message: `If-Match must be "*" or the ETag this document was read with (got ${header.slice(0, 80)})` }
    }
    const own = parsed.filter((match): match is RegExpExecArray => match !== null && match[1] === String(input.id))
    if (own.length === 0) {
      return { kind: 'malformed', message: `If-Match names another document than ${input.id} (${header.slice(0, 80)})` }
    }
    // Several tags: the client accepts any of them; the newest is the one a save can still match.
    const newest = Math.max(...own.map((match) => Number(match[2])))
    return { kind: 'based-on', updatedAt: new Date(newest).toISOString() }
  }
  if (typeof input.bodyUpdatedAt === 'string' && input.bodyUpdatedAt.length > 0) {
    const ms = Date.parse(input.bodyUpdatedAt)
    if (Number.isNaN(ms)) return { kind: 'malformed', message: `updatedAt must be the timestamp the document was loaded with (got ${input.bodyUpdatedAt.slice(0, 40)})` }
    return { kind: 'based-on', updatedAt: new Date(ms).toISOString() }
  }
  return { kind: 'none' }
}

export type SaveRecord = { updatedAt: string; savedBy: number | string | null }

/**
 * Returns the save that makes this one stale, or null. A save is stale when someone other than
 * the saver stored the document after the version the save is based on; the saver's own later
 * saves (the admin's autosaves, which the form may not have caught up with) never count.
 * `since` holds the stored saves newer than the base, newest first.
 */
export function staleBecause(saver: number | string | null, since: readonly SaveRecord[]): SaveRecord | null {
  for (const record of since) {
    if (saver === null || record.savedBy === null || String(record.savedBy) !== String(saver)) return record
  }
  return null
}
