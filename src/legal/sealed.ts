/**
 * Sealed approval: once legal is involved in a story, it publishes only while legal's last
 * approval names the fingerprint of everything readers get of it (storyFingerprint). Plain rules,
 * no Payload: the publish gate, legal's review and the quote decision call them
 * (docs/legal.md "Sealed approval").
 */
import { createHash } from 'node:crypto'

import { fingerprintChanges, type FingerprintPart, type StoryFingerprint } from './storyText'
import { canonical } from './words'

/** A quote record whose speaker is not the one the copy prints its words with. */
export type SpeakerMismatch = { quote: number | string; record: string; copy: string }

/** What the gate and legal's desk weigh of a story's sealed approval. */
export type GateSeal = {
  /** A sensitive quote (pending, approved or rejected), a passage, or a read legal asked for. */
  involved: boolean
  /** Legal has decided something on this story through its desk (a decision or a request for a read). */
  decided: boolean
  current: StoryFingerprint
  /** The fingerprint legal's last approval named; null when none named one. */
  approved: { hash: string; parts: Partial<Record<FingerprintPart, string>> } | null
  mismatches: readonly SpeakerMismatch[]
}

/**
 * Returns the hash a decision on the story names (`reviewed`): its text as legal reads it and the
 * fingerprint of everything readers get, together. The words alone would let a link target, a
 * format or a picture changed while legal had the story open be sealed with the click.
 */
export const storyReviewHash = (textHash: string, fingerprint: string): string =>
  createHash('sha256').update(`dateline-story-review\n${textHash}\n${fingerprint}`).digest('hex')

/** Returns true when legal is involved in the story: any quote in it sensitive, any passage, or a read asked for. */
export const legalInvolved = (story: { required: boolean; passages: readonly unknown[]; quotes: ReadonlyArray<{ sensitive: boolean }> }): boolean =>
  story.required || story.passages.length > 0 || story.quotes.some((quote) => quote.sensitive)

/**
 * Returns true when the story must carry legal's seal to publish: legal has decided on it through
 * its desk. Once legal has, the seal holds whatever the rules flag in the story now: rewording the
 * flagged sentence into words the rules do not know (or removing the quote legal rejected) is a
 * change legal has not seen, not a story legal is done with (the fourth red team's family 6).
 * Records written by server code alone (the demo load, a migration, a fixture) never passed
 * legal's desk and are weighed as before; every decision legal makes names a fingerprint.
 */
export const sealRequired = (seal: Pick<GateSeal, 'involved' | 'decided'>): boolean => seal.decided

/** Returns true when legal's last approval names the story as readers would get it now. */
export const sealStands = (seal: Pick<GateSeal, 'approved' | 'current'>): boolean => seal.approved !== null && seal.approved.hash === seal.current.hash

/** Returns the plain lines saying what legal has not seen: what changed since its approval, and speakers the copy gives otherwise. */
export function sealChanges(seal: GateSeal): string[] {
  const changed = sealStands(seal) ? [] : fingerprintChanges(seal.approved?.parts, seal.current)
  const speakers = seal.mismatches.map((m) => `quote ${String(m.quote)}: the record gives its words to "${m.record}", the copy prints them as ${m.copy}'s`)
  return [...changed, ...speakers]
}

export type SealFailure = { code: 'LEGAL_READ_REQUIRED'; message: string; subject: { kind: 'legal_read'; id: string | number } }

/** Returns why the story may not publish for want of legal's seal, or null when it needs none or has it. */
export function sealFailure(dispatchId: string | number, seal: GateSeal): SealFailure | null {
  if (!sealRequired(seal) || sealStands(seal)) return null
  const changes = sealChanges(seal)
  const state =
    seal.approved === null
      ? 'legal has not approved the story as it stands'
      : `it has changed since legal approved it (${changes.length > 0 ? changes.join('; ') : 'what readers get changed'})`
  return {
    code: 'LEGAL_READ_REQUIRED',
    message: `The story is one legal is involved in, so it goes out only as legal approved it; ${state}. Legal approves it as it stands (POST /api/dispatches/:id/legal-review)`,
    subject: { kind: 'legal_read', id: dispatchId },
  }
}

/** True for a speaker given by name ("Tom Reyes"), not by description ("a nurse", "The mayor"). */
const namesAPerson = (speaker: string): boolean => /^\p{Lu}/u.test(speaker) && !/^(a|an|the|one|two|some|several)\b/i.test(speaker)

/**
 * Returns the speakers records give that the copy does not: a sensitive record bound to words the
 * copy gives to a person by name that neither the record nor the copy's description names ("a
 * militia commander" for words the copy gives to Tom Reyes). Legal clearing the record alone has not seen who the story says
 * spoke, so such a story is sealed only by legal's read of the story itself. A record that names
 * more than the copy ("a nurse who gave only her first name" for "a nurse") is no mismatch.
 */
export function speakerMismatches(
  outcomes: ReadonlyArray<{ id: number | string; binding: string; passage?: number }>,
  passages: ReadonlyArray<{ speaker: { name: string; description?: string | null } }>,
  records: ReadonlyArray<{ id: number | string; speaker: string }>,
): SpeakerMismatch[] {
  const found: SpeakerMismatch[] = []
  for (const outcome of outcomes) {
    if (outcome.binding !== 'bound' || outcome.passage === undefined) continue
    const passage = passages[outcome.passage]
    const record = records.find((r) => String(r.id) === String(outcome.id))
    if (!passage || !record) continue
    const copy = passage.speaker.name.trim()
    const printed = canonical(`${copy} ${passage.speaker.description ?? ''}`)
    const named = canonical(record.speaker)
    // Only a person the copy names is a danger the record can hide: a copy that describes its
    // speaker ("a nurse") beside a record that names her was cleared by legal naming her.
    if (!namesAPerson(copy) || named.includes(canonical(copy)) || (named !== '' && printed.includes(named))) continue
    found.push({ quote: outcome.id, record: record.speaker.trim(), copy })
  }
  return found
}
