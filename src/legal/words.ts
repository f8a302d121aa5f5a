/**
 * How quoted words are compared. Two renderings of the same speech — straight or curly marks,
 * "..." or "…", a trailing full stop the extractor adds, a capital after an edit — are the same
 * words; any other difference is a change legal must see.
 */
import { asReaderSees } from './normalise'

// The one reading every legal check shares lives in normalise.ts; callers have imported it from here.
export { asReaderSees } from './normalise'

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g
const ELLIPSIS = /\.{3,}|\u2026/g
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu

/** Returns the words of a text, lower-cased, apostrophes kept inside words ("it's"). */
export function wordsOf(text: string): string[] {
  return asReaderSees(text).replace(APOSTROPHES, "'").toLowerCase().match(WORD) ?? []
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

/**
 * Each opening quote mark and the marks that close it: straight and curly English marks,
 * guillemets either way round («…», »…« and Finnish/Swedish »…», ‹…› and ›…‹), German „…“ and
 * ‚…‘, Swedish and Finnish ”…” (one mark at both ends), the reversed ‟…”, the fullwidth ＂…＂,
 * CJK 〝…〞 and corner brackets 「…」 and 『…』 — every mark a reader reads as speech and no
 * apostrophe is. Single marks that are also apostrophes (‘…’ and '…') are told apart in
 * `quotePairs`.
 */
export const QUOTE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['"', new Set(['"', '\u201D'])],
  ['\u201C', new Set(['\u201D', '"'])],
  ['\u201D', new Set(['\u201D'])],
  ['\u00AB', new Set(['\u00BB'])],
  ['\u00BB', new Set(['\u00AB', '\u00BB'])],
  ['\u2039', new Set(['\u203A'])],
  ['\u203A', new Set(['\u2039'])],
  ['\u201E', new Set(['\u201C', '\u201D'])],
  ['\u201A', new Set(['\u2018'])],
  ['\u201F', new Set(['\u201D', '\u201F'])],
  ['\uFF02', new Set(['\uFF02'])],
  ['\u301D', new Set(['\u301E', '\u301F'])],
  ['\u300C', new Set(['\u300D'])],
  ['\u300E', new Set(['\u300F'])],
])

const OPEN_SINGLE = '\u2018'
const CLOSE_SINGLE = '\u2019'
/** Before an opening ‘: the start, a space or an opening bracket or dash — never a letter ("’til" aside). */
const MAY_OPEN_BEFORE = /[\s([{\u2014\u2013\u201C"]/u
/** After a closing ’: anything but a letter or digit, so "don’t" and "’90s" never close a quote. */
const MAY_CLOSE_AFTER = /[^\p{L}\p{N}]/u
/** House style closes speech with its own punctuation inside the marks: ‘Yes,’ / ‘Why?’. */
const SPEECH_END = /[,.?!…\u2014\u2013-]/u

/**
 * Where a single curly quote opened at `open` closes, or -1. British copy quotes speech in ‘…’,
 * and ’ is also the apostrophe: a closing mark is one followed by no letter, and the first that
 * follows speech punctuation wins over an earlier possessive ("the soldiers’ guns").
 */
function closeOfSingle(paragraph: string, open: number, opening = OPEN_SINGLE, closing = CLOSE_SINGLE): number {
  let fallback = -1
  for (let index = open + 1; index < paragraph.length; index += 1) {
    const mark = paragraph[index]
    const next = paragraph[index + 1]
    // A straight ' is both marks: one followed by no letter closes before it could open.
    if (mark === closing && (next === undefined || MAY_CLOSE_AFTER.test(next))) {
      if (SPEECH_END.test(paragraph[index - 1] ?? '')) return index
      if (fallback < 0) fallback = index
      continue
    }
    if (mark === opening && fallback < 0 && MAY_OPEN_BEFORE.test(paragraph[index - 1] ?? ' ')) return -1
  }
  return fallback
}

const STRAIGHT_SINGLE = "'"
/** A straight ' opens speech only before a letter: "'90s" and a lone "'" open nothing. */
const OPENS_WORD = /\p{L}/u

/**
 * Returns each quoted span of a paragraph as [start, end) of its marks: every pair of
 * `QUOTE_PAIRS`, and single marks, curly ‘…’ or straight '…' as typed, where they cannot be
 * apostrophes ("don't", "the '90s", "Reyes' car" open and close nothing); an unclosed mark opens
 * nothing. The one scanner that intake, the binding, the legal read and the public-text check
 * share. Scare quotes ("the IS 'death cult'") are spans too: the extractor attributes them to
 * nobody, so they make no quote record, and the legal read reads their words as narrative.
 */
export function quotePairs(paragraph: string): Array<{ start: number; end: number }> {
  const pairs: Array<{ start: number; end: number }> = []
  let open = -1
  for (let index = 0; index < paragraph.length; index += 1) {
    const mark = paragraph[index]!
    const straight = mark === STRAIGHT_SINGLE && OPENS_WORD.test(paragraph[index + 1] ?? '')
    if (open < 0 && (mark === OPEN_SINGLE || straight) && MAY_OPEN_BEFORE.test(paragraph[index - 1] ?? ' ')) {
      const close = straight ? closeOfSingle(paragraph, index, STRAIGHT_SINGLE, STRAIGHT_SINGLE) : closeOfSingle(paragraph, index)
      if (close > index) {
        pairs.push({ start: index, end: close + 1 })
        index = close
      }
    } else if (open < 0 && QUOTE_PAIRS.has(mark)) {
      open = index
    } else if (open >= 0 && QUOTE_PAIRS.get(paragraph[open]!)!.has(mark)) {
      pairs.push({ start: open, end: index + 1 })
      open = -1
    }
  }
  return pairs
}

/** Returns the text inside each quoted span of a paragraph (see `quotePairs`). */
export function quotedSpans(paragraph: string): string[] {
  return quotePairs(paragraph).map(({ start, end }) => paragraph.slice(start + 1, end - 1).trim())
}

/**
 * The same spans in a plain text field (a caption, a bio), straight single marks included as an
 * editor types them. Story copy reads them the same way now (a headline quotes in '…').
 */
export const quotedSpansAsTyped = quotedSpans

/** Every double mark a reader reads as speech, opening or closing (QUOTE_PAIRS and their closers). */
const DOUBLE_MARKS = new Set([...QUOTE_PAIRS.keys(), ...[...QUOTE_PAIRS.values()].flatMap((closers) => [...closers])].filter((mark) => mark !== '\u201A'))

/**
 * Returns true when a paragraph carries a quote mark that pairs with none (“…“, «…”, "…“, ‘…”):
 * readers see speech in marks, and no span was cut out of it, so no rule read it as speech. A
 * double mark outside every pair counts, and an opening ‘ outside every pair in front of a word
 * (an apostrophe never stands there). A quote carried on into the next paragraph is the caller's
 * to allow (`leavesQuoteOpen`).
 */
export function unpairedMarks(paragraph: string): boolean {
  const pairs = quotePairs(paragraph)
  const inPair = (index: number): boolean => pairs.some(({ start, end }) => index >= start && index < end)
  for (let index = 0; index < paragraph.length; index += 1) {
    const mark = paragraph[index]!
    const double = DOUBLE_MARKS.has(mark)
    const single = mark === OPEN_SINGLE && MAY_OPEN_BEFORE.test(paragraph[index - 1] ?? ' ') && OPENS_WORD.test(paragraph[index + 1] ?? '')
    if ((double || single) && !inPair(index)) return true
  }
  return false
}
