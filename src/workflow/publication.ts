export type PastEvent = {
  from: string | null | undefined
  to: string
  note?: string | null
  at: string | Date
}

export type PublicationStamp = {
  publishedAt: string
  /** Kept from the first publication: a correction does not make a story new. */
  firstPublishedAt: string
  /** Entries to append to `corrections`, already dated. */
  newCorrections: Array<{ at: string; text: string }>
}

const time = (at: string | Date): number => (at instanceof Date ? at.getTime() : Date.parse(at))

/**
 * Returns what a publish (by move or by the embargo job) writes besides the status.
 * A correction's text is the note of its `correct` move (published → in_review) in the
 * workflow-events log; it is appended only here, so readers see it together with the corrected
 * copy, and only for corrections made since the story was last live.
 */
export function publicationStamp(
  previous: { firstPublishedAt?: string | null; events: readonly PastEvent[] },
  now: Date,
): PublicationStamp {
  const at = now.toISOString()
  const events = [...previous.events].sort((a, b) => time(a.at) - time(b.at))
  const lastLive = events.reduce((last, event, index) => (event.to === 'published' ? index : last), -1)
  const newCorrections = events
    .slice(lastLive + 1)
    .filter((event) => event.from === 'published' && event.to === 'in_review' && event.note?.trim())
    .map((event) => ({ at, text: event.note!.trim() }))
  return { publishedAt: at, firstPublishedAt: previous.firstPublishedAt || at, newCorrections }
}
