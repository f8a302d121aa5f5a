import { findPassages } from '../ingest/passages'
import type { GateLegalRead, LegalReadStatus, Passage } from './storyRead'
import { legalReadHash, legalReadText, storyParagraphs, type StoryCopy } from './storyText'

/** What legal reads of a story now: its text, that text's hash, and the passages flagged in it. */
export type StoryReading = { text: string; hash: string; passages: Passage[] }

/**
 * Reads a story's copy as legal does: headline, standfirst and body, passages found afresh (never
 * the stored ones) in its words as a reader reads them (findPassages reads through src/legal/normalise.ts).
 */
export function readStory(copy: StoryCopy): StoryReading {
  const text = legalReadText(copy)
  const words = storyParagraphs(copy, 'words')
  const passages = findPassages(words) as Passage[]
  // Struck and styled words read both ways: with them ("is ~~accused of fraud~~" still prints
  // it) and without them ("Tom Reyes ~~never~~ stole" reads as a theft). Each passage once.
  const shown = storyParagraphs(copy, 'shown')
  if (shown.join('\n') !== words.join('\n')) {
    for (const passage of findPassages(shown) as Passage[]) if (!passages.some((known) => known.text === passage.text)) passages.push(passage)
  }
  return { text, hash: legalReadHash(text), passages }
}

type StoredLegalRead = {
  required?: boolean | null
  status?: LegalReadStatus | string | null
  approvedHash?: string | null
  note?: string | null
} | null | undefined

/** Returns what the publish gate weighs of a working copy's legal read, from its copy as it is now. */
export function gateLegalRead(dispatch: StoryCopy & { id: string | number; legalRead?: StoredLegalRead }): GateLegalRead {
  const reading = readStory(dispatch)
  return {
    dispatchId: dispatch.id,
    required: Boolean(dispatch.legalRead?.required),
    passages: reading.passages,
    status: (dispatch.legalRead?.status ?? null) as LegalReadStatus | null,
    approvedHash: dispatch.legalRead?.approvedHash ?? null,
    currentHash: reading.hash,
    note: dispatch.legalRead?.note ?? null,
  }
}
