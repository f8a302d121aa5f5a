import { IngestError } from './errors'

/** A headline this long is really body copy: the story started without one. */
export const MAX_HEADLINE_LENGTH = 250

export type SplitStory = { headline: string; paragraphs: string[] }

/** Returns the headline and the paragraphs after it; throws NO_HEADLINE when line one cannot be one. */
export function splitStory(text: string): SplitStory {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  const headline = collapseSpaces(lines[first] ?? '')
  assertHeadline(headline)
  return { headline, paragraphs: splitParagraphs(lines.slice(first + 1).join('\n')) }
}

/** Returns the blank-line separated paragraphs, each on one line. */
export function splitParagraphs(text: string): string[] {
  // Copy pasted from a word processor wraps long paragraphs; a single newline is not a break.
  return text
    .split(/\n[ \t]*\n/)
    .map(collapseSpaces)
    .filter((paragraph) => paragraph !== '')
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function assertHeadline(line: string): void {
  if (!/\p{L}/u.test(line)) {
    throw new IngestError('NO_HEADLINE', 'The story has no headline: its first line has no words.')
  }
  if (/\bCredit:/.test(line)) {
    throw new IngestError('NO_HEADLINE', 'The story has no headline: its first line is a picture caption.')
  }
  if (line.length > MAX_HEADLINE_LENGTH) {
    throw new IngestError(
      'NO_HEADLINE',
      `The story has no headline: its first line is ${line.length} characters long, more than the ${MAX_HEADLINE_LENGTH} a headline may have, so it looks like body copy.`,
    )
  }
}
