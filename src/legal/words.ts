/**
 * How quoted words are compared. Two renderings of the same speech — straight or curly marks,
 * "..." or "…", a trailing full stop the extractor adds, a capital after an edit — are the same
 * words; any other difference is a change legal must see.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g
const ELLIPSIS = /\.{3,}|\u2026/g
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu

/** Returns the words of a text, lower-cased, apostrophes kept inside words ("it's"). */
export function wordsOf(text: string): string[] {
  return text.replace(APOSTROPHES, "'").toLowerCase().match(WORD) ?? []
}

/** Returns the canonical form two renderings of the same words share. */
export const canonical = (text: string): string => wordsOf(text).join(' ')

/**
 * Returns the pieces a quote is made of: a quote given with an ellipsis ("from London … green
 * eyes and blonde") or as several sentences joined from one speaker's spans stands in the copy
 * when each piece does, wherever they sit.
 */
export function fragmentsOf(text: string): string[][] {
  return text
    .replace(APOSTROPHES, "'")
    .replace(ELLIPSIS, '\u0000')
    .split(/\u0000|(?<=[.!?])\s+/u)
    .map(wordsOf)
    .filter((words) => words.length > 0)
}

/** Returns true when `needle` occurs as a run of consecutive words in `haystack`. */
export function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) {
      if (haystack[start + offset] !== needle[offset]) continue outer
    }
    return true
  }
  return false
}

/** Returns the number of word insertions, deletions and substitutions between two word lists. */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i]
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}

/** Returns how alike two word lists are, from 0 (nothing shared) to 1 (the same words). */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  return 1 - wordDistance(a, b) / longest
}

const OPENING = new Set(['"', '\u201C'])
const CLOSING = new Set(['"', '\u201D'])

/** Returns the text inside each pair of double quote marks (straight or curly) of a paragraph; an unclosed mark opens nothing. */
export function quotedSpans(paragraph: string): string[] {
  const spans: string[] = []
  let open = -1
  for (let index = 0; index < paragraph.length; index += 1) {
    const mark = paragraph[index]!
    if (open < 0 && OPENING.has(mark)) open = index
    else if (open >= 0 && CLOSING.has(mark)) {
      spans.push(paragraph.slice(open + 1, index).trim())
      open = -1
    }
  }
  return spans
}
