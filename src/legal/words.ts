/**
 * How quoted words are compared. Two renderings of the same speech — straight or curly marks,
 * "..." or "…", a trailing full stop the extractor adds, a capital after an edit — are the same
 * words; any other difference is a change legal must see.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g
const ELLIPSIS = /\.{3,}|\u2026/g
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu

// Characters a reader never sees (soft hyphen, zero-width space and joiners, word joiner, BOM):
// inside a word they split it for a matcher while the page still prints the word whole.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/g
// Cyrillic and Greek letters a reader cannot tell from Latin ones in most faces: "еxecuted"
// with a Cyrillic е prints as the word legal would have to read.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
}
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`)

/**
 * Returns text as a reader sees it: compatibility letters folded (fullwidth letters, ligatures),
 * invisible characters dropped and lookalike letters read as the Latin ones they print as. The
 * quote finder and the binding read this, so no rendering trick makes printed words new to them.
 */
export function asReaderSees(text: string): string {
  // Letters and digits only: folding punctuation too would turn the copy's "…" into "...".
  const plain = text.normalize('NFC').replace(INVISIBLE, '').replace(/[\p{L}\p{N}]/gu, (char) => char.normalize('NFKC'))
  if (!LOOKALIKE.test(plain)) return plain
  // Only where the letters pass for Latin: a word that mixes them with Latin ones, or a word of
  // nothing but lookalikes in Latin copy. Russian or Greek copy keeps its own letters.
  const latin = (plain.match(/\p{Script=Latin}/gu) ?? []).length
  const other = (plain.match(/[\p{Script=Cyrillic}\p{Script=Greek}]/gu) ?? []).length
  return plain.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const letters = [...word]
    const mixed = letters.some((letter) => /\p{Script=Latin}/u.test(letter))
    const allLookalike = letters.every((letter) => letter in LOOKALIKES || /\p{Script=Latin}/u.test(letter))
    if (!allLookalike && !mixed) return word
    if (!mixed && latin <= other) return word
    return letters.map((letter) => LOOKALIKES[letter] ?? letter).join('')
  })
}

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
 * guillemets either way round («…» and »…«, ‹…› and ›…‹), German „…“, the reversed ‟…”, the
 * fullwidth ＂…＂ and CJK 〝…〞 — every mark a reader reads as speech and no apostrophe is.
 */
export const QUOTE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['"', new Set(['"', '\u201D'])],
  ['\u201C', new Set(['\u201D', '"'])],
  ['\u00AB', new Set(['\u00BB'])],
  ['\u00BB', new Set(['\u00AB'])],
  ['\u2039', new Set(['\u203A'])],
  ['\u203A', new Set(['\u2039'])],
  ['\u201E', new Set(['\u201C', '\u201D'])],
  ['\u201F', new Set(['\u201D', '\u201F'])],
  ['\uFF02', new Set(['\uFF02'])],
  ['\u301D', new Set(['\u301E', '\u301F'])],
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
 * Returns each quoted span of a paragraph as [start, end) of its marks: double marks (straight,
 * curly, guillemets, German) and single curly marks where they cannot be apostrophes; an unclosed
 * mark opens nothing. The one scanner that intake and the binding share.
 */
export function quotePairs(paragraph: string, straightSingles = false): Array<{ start: number; end: number }> {
  const pairs: Array<{ start: number; end: number }> = []
  let open = -1
  for (let index = 0; index < paragraph.length; index += 1) {
    const mark = paragraph[index]!
    const straight = straightSingles && mark === STRAIGHT_SINGLE && OPENS_WORD.test(paragraph[index + 1] ?? '')
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
 * The same spans, with straight single marks read as speech marks too ('…'), as an editor types
 * them into a plain text field (a caption, a bio). Story copy keeps them out: the house style
 * prints scare quotes in them ("what they call the IS 'death cult'"), which are no speech.
 */
export function quotedSpansAsTyped(text: string): string[] {
  return quotePairs(text, true).map(({ start, end }) => text.slice(start + 1, end - 1).trim())
}
