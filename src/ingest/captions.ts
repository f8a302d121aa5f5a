import { parseCreditLine } from '../media/parseCreditLine'
import { IngestError } from './errors'
import type { ExtractedMedia } from './types'

// House style ends a caption with its credit as a last "sentence": "… fled Raqqa. Credit: ITV News".
const CREDIT_AT_END = /(?:^|(?<=[.!?'"’”)\]])\s+)Credit:\s*(?<line>[^]*)$/

/** Returns the media a caption paragraph describes, or null when the paragraph is not a caption. */
export function parseCaption(paragraph: string): ExtractedMedia | null {
  const match = CREDIT_AT_END.exec(paragraph)
  if (!match?.groups) return null
  // A stray full stop after the credit is punctuation, not part of the agency's name.
  const creditLine = (match.groups.line ?? '').trim().replace(/\.$/, '').trim()
  const caption = paragraph.slice(0, match.index).trim()
  if (!creditLine) {
    throw new IngestError(
      'EMPTY_CREDIT',
      `The caption "${caption || paragraph}" ends in "Credit:" with no credit line after it; every picture must say who it is from.`,
    )
  }
  return { caption, creditLine, credit: parseCreditLine(creditLine) }
}
