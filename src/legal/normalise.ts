/**
 * The one reading of text that every legal check shares: the quote binding, the legal read's
 * passages, the publish gate, the check of a picture's or a correspondent's public text. A
 * reader sees glyphs, not code points, so a check that reads code points can be shown other
 * words than the page prints ("аccused" with a Cyrillic а, "ac\u00ADcused" with a soft hyphen,
 * "ａccused" in fullwidth letters, a word reversed under a right-to-left override). Only what
 * the checks read is normalised; the stored and printed text is never changed.
 */

/**
 * Code points that print nothing (Unicode's Default_Ignorable_Code_Point: soft hyphen, zero-width
 * space and joiners, word joiner, bidi controls, variation selectors, tags, Hangul fillers, BOM).
 * Inside a word they split it for a matcher while the page prints the word whole.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u

/** Right-to-left and left-to-right override, and the pop that ends either (and the embeddings it also ends). */
const RLO = '\u202E'
const LRO = '\u202D'
const PDF = '\u202C'
const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', LRO, RLO])

/**
 * Bidi controls that reorder or re-embed what a reader sees: embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069). Newsroom copy never needs one: Arabic and Hebrew
 * print in their own order without them. Input refuses them (src/hooks/checkTextInput.ts); the
 * reading below still puts an override's letters in display order, for text stored before.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u

/**
 * Cyrillic and Greek letters a reader cannot tell from Latin ones in most faces, folded to the
 * Latin letter they print as (their confusable skeleton). No confusables library is installed
 * (`confusables`, `unicode-confusables` and the like are not in node_modules, and nothing is
 * installed this round), so this is a compact table of the look-alikes of the scripts newsroom
 * copy meets; fullwidth and mathematical letters are folded by NFKC instead.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
}
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'u')
const LATIN = /\p{Script=Latin}/u

/** Text as the checks read it, and for each of its UTF-16 units the index in the printed text it came from. */
export type Reading = {
  text: string
  /** `printedAt[i]` is where `text[i]` stands in the printed text; `printedAt[text.length]` is the printed length. */
  printedAt: number[]
}

type Unit = { char: string; at: number }

/** Returns the code points of `text` with their indexes, an override's span put in display order. */
function inDisplayOrder(text: string): Unit[] {
  const units: Unit[] = []
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!)
    units.push({ char, at: index })
    index += char.length
  }
  if (!text.includes(RLO) && !text.includes(LRO)) return units
  // An override prints its span in reverse (right-to-left) or as stored (left-to-right) until
  // its pop or the paragraph's end; an embedding or override inside it is one block in that
  // order, read in its own. A stray pop outside any span is kept (it prints nothing).
  const readSpan = (from: number, reversed: boolean, nested: boolean): { span: Unit[]; next: number } => {
    const blocks: Unit[][] = []
    let index = from
    while (index < units.length) {
      const unit = units[index]!
      if (nested && unit.char === '\n') break
      if (nested && unit.char === PDF) {
        index += 1
        break
      }
      if (EMBEDDING_OPENERS.has(unit.char)) {
        const inner = readSpan(index + 1, unit.char === RLO, true)
        blocks.push([unit, ...inner.span])
        index = inner.next
        continue
      }
      blocks.push([unit])
      index += 1
    }
    return { span: (reversed ? blocks.reverse() : blocks).flat(), next: index }
  }
  return readSpan(0, false, false).span
}

/**
 * Characters that read as themselves: ASCII and the punctuation copy is made of (curly marks,
 * dashes, the ellipsis, a no-break space). None prints nothing, none is a mark or a letter NFKC
 * would change, none is a look-alike; a run of them is copied as it is (most copy is such runs).
 */
const isPlain = (code: number): boolean =>
  code < 0x80 || code === 0xa0 || code === 0x2013 || code === 0x2014 || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0x2026
const MARK = /\p{M}/u
const LETTER_FIRST = /^[\p{L}\p{N}]/u

/** Reads `printed` (see readForLegal), filling `map` with each read unit's printed index when given. */
function read(printed: string, map: number[] | null): string {
  const units = printed.includes(RLO) || printed.includes(LRO) ? inDisplayOrder(printed) : null
  const length = units ? units.length : printed.length
  const charAt = (index: number): string => (units ? units[index]!.char : String.fromCodePoint(printed.codePointAt(index)!))
  const indexOf = (index: number): number => (units ? units[index]!.at : index)
  let text = ''
  // Where the last glyph began in `text`: a mark that follows it belongs to it.
  let lastGlyph = 0
  let index = 0
  while (index < length) {
    if (!units && isPlain(printed.charCodeAt(index))) {
      let end = index + 1
      while (end < length && isPlain(printed.charCodeAt(end))) end += 1
      text += printed.slice(index, end)
      if (map) for (let at = index; at < end; at += 1) map.push(at)
      lastGlyph = text.length - 1
      index = end
      continue
    }
    // A base and the marks that follow it are one glyph: compose it (NFC) before reading it.
    let cluster = ''
    let at = indexOf(index)
    do {
      const char = charAt(index)
      if (!IGNORABLE.test(char)) cluster += char
      index += units ? 1 : char.length
    } while (index < length && MARK.test(charAt(index)))
    if (!cluster) continue
    if (MARK.test(cluster) && !LETTER_FIRST.test(cluster) && text.length > lastGlyph && !/\s/u.test(text.slice(lastGlyph))) {
      // Marks after a glyph already read (an accent after a plain letter): compose them with it.
      cluster = text.slice(lastGlyph) + cluster
      if (map) at = map[lastGlyph]!
      text = text.slice(0, lastGlyph)
      if (map) map.length = lastGlyph
    }
    const composed = cluster.normalize('NFC')
    const glyph = LETTER_FIRST.test(composed) ? composed.normalize('NFKC') : composed
    lastGlyph = text.length
    text += glyph
    if (map) for (let unit = 0; unit < glyph.length; unit += 1) map.push(at)
  }
  if (map) map.push(printed.length)
  return foldLookalikes(text)
}

/**
 * Reads printed text as the checks must: an override's letters in display order, printing
 * nothing dropped, letters and digits in their compatibility form (NFKC: fullwidth, ligatures,
 * mathematical letters), and Cyrillic or Greek look-alikes inside Latin words read as the Latin
 * letters they print as. Russian or Greek copy keeps its own letters; punctuation such as "…" is
 * kept as typed (NFKC would make it "...", which the quote records would then store).
 */
export function readForLegal(printed: string): Reading {
  const printedAt: number[] = []
  return { text: read(printed, printedAt), printedAt }
}

// The binding compares the same paragraphs' words many times in one save: read each once.
const READ_CACHE = new Map<string, string>()
const READ_CACHE_SIZE = 4096

/** Returns the text as the checks read it (see `readForLegal`). */
export function asReaderSees(printed: string): string {
  const known = READ_CACHE.get(printed)
  if (known !== undefined) return known
  const text = read(printed, null)
  if (READ_CACHE.size >= READ_CACHE_SIZE) READ_CACHE.clear()
  READ_CACHE.set(printed, text)
  return text
}

/** Folds look-alike letters, one for one (so a Reading's offsets hold), only where they pass for Latin. */
function foldLookalikes(text: string): string {
  if (!LOOKALIKE.test(text)) return text
  // Only where the letters pass for Latin: a word that mixes them with Latin ones, or a word of
  // nothing but look-alikes in Latin copy. Russian or Greek copy keeps its own letters.
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length
  const other = (text.match(/[\p{Script=Cyrillic}\p{Script=Greek}]/gu) ?? []).length
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const letters = [...word]
    const mixed = letters.some((letter) => LATIN.test(letter))
    const allLookalike = letters.every((letter) => letter in LOOKALIKES || LATIN.test(letter))
    if (!allLookalike && !mixed) return word
    if (!mixed && latin <= other) return word
    return letters.map((letter) => LOOKALIKES[letter] ?? letter).join('')
  })
}

/**
 * Runs a sentence finder on paragraphs as the checks read them and gives back each finding's
 * words as printed: a passage for legal shows the desk the sentence the page carries, not the
 * folded one the check read. A finding not found again in its reading keeps the read words.
 */
export function findAsPrinted<T extends { text: string }>(
  printed: readonly string[],
  find: (paragraphs: string[]) => T[],
  reader: (printed: string) => Reading = readForLegal,
): T[] {
  const readings = printed.map(reader)
  const found = find(readings.map((reading) => reading.text))
  let paragraph = 0
  let cursor = 0
  return found.map((finding) => {
    for (let index = paragraph; index < readings.length; index += 1) {
      const located = locate(readings[index]!.text, finding.text, index === paragraph ? cursor : 0)
      if (!located) continue
      paragraph = index
      cursor = located.end
      // An override's span reads in display order, so the printed range is the widest one covered.
      const covered = readings[index]!.printedAt.slice(located.start, located.end)
      const source = printed[index]!
      const start = Math.min(...covered)
      let end = Math.max(...covered) + 1
      while (end < source.length && /[\p{M}\p{Default_Ignorable_Code_Point}\uDC00-\uDFFF]/u.test(source[end]!)) end += 1
      return { ...finding, text: source.slice(start, end).replace(/\s+/g, ' ').trim() }
    }
    return finding
  })
}

/** Finds `words` in `text` from `from`, any run of spaces in `text` matching one space of `words`. */
function locate(text: string, words: string, from: number): { start: number; end: number } | null {
  const pattern = words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  if (!pattern) return null
  const match = new RegExp(pattern, 'gu')
  match.lastIndex = from
  const hit = match.exec(text)
  return hit ? { start: hit.index, end: hit.index + hit[0].length } : null
}

/**
 * Letters that print as a Latin letter in most faces but that NFKC leaves alone, folded for the
 * passage check's second reading (a confusables skeleton in the manner of Unicode TR39, kept to
 * the look-alikes copy meets; no confusables package is installed): Latin's own IPA and small
 * capitals (ɑ, ɛ, ɡ, ı, ᴀ…), and Cyrillic, Greek, Armenian and Cherokee letters shaped as Latin
 * ones, everywhere (the first reading folds those only inside Latin words). A letter this table
 * does not know and that is not Latin after folding makes its sentence a passage by itself
 * (`foreignLetters`): what the rules cannot read, legal reads.
 */
const SKELETON: Readonly<Record<string, string>> = {
  ...LOOKALIKES,
  ɑ: 'a', ɐ: 'a', ɒ: 'a', ᴀ: 'a', ʙ: 'b', ɓ: 'b', ƀ: 'b', ᴄ: 'c', ƈ: 'c', ɗ: 'd', đ: 'd', ᴅ: 'd', ɛ: 'e', ɜ: 'e', ə: 'e', ᴇ: 'e', ƒ: 'f',
  ɡ: 'g', ɢ: 'g', ɦ: 'h', ʜ: 'h', ħ: 'h', ı: 'i', ɩ: 'i', ɪ: 'i', ɨ: 'i', ʝ: 'j', ᴊ: 'j', ƙ: 'k', ᴋ: 'k', ʟ: 'l', ɫ: 'l', ł: 'l', ɭ: 'l',
  ᴍ: 'm', ɴ: 'n', ɲ: 'n', ŋ: 'n', ɔ: 'o', ɵ: 'o', ᴏ: 'o', ø: 'o', ᴘ: 'p', ʀ: 'r', ʁ: 'r', ɾ: 'r', ɹ: 'r', ʂ: 's', ȿ: 's', ᴛ: 't', ŧ: 't',
  ʊ: 'u', ᴜ: 'u', ʋ: 'v', ᴠ: 'v', ʍ: 'w', ᴡ: 'w', ʏ: 'y', ʐ: 'z', ᴢ: 'z',
  // Cyrillic and Greek letters that the first reading keeps in Russian or Greek copy.
  д: 'd', и: 'u', п: 'n', г: 'r', л: 'n', ь: 'b', ѵ: 'v', ԍ: 'g',
  β: 'b', γ: 'y', ε: 'e', η: 'n', θ: 'o', λ: 'a', μ: 'u', π: 'n', σ: 'o', ς: 'c', ω: 'w', ϵ: 'e', ϱ: 'p',
  // Armenian.
  ա: 'w', գ: 'q', զ: 'q', հ: 'h', ո: 'n', ս: 'u', ց: 'g', ք: 'p', օ: 'o', Ս: 'U', Օ: 'O', Զ: 'Q',
  // Cherokee capitals.
  Ꭺ: 'A', Ᏼ: 'B', Ꮯ: 'C', Ꭰ: 'D', Ꭼ: 'E', Ꮐ: 'G', Ꮋ: 'H', Ꭻ: 'J', Ꮶ: 'K', Ꮮ: 'L', Ꮇ: 'M', Ꮲ: 'P', Ꮪ: 'S', Ꭲ: 'T', Ꮩ: 'V', Ꮃ: 'W', Ꮓ: 'Z',
}
const COMBINING = /\p{M}/gu

/** Returns the Latin skeleton of one read code point: its NFKD letters, marks dropped, look-alikes folded. */
function skeletonOf(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x80) return char
  const folded = SKELETON[char]
  if (folded !== undefined) return folded
  const bare = char.normalize('NFKD').replace(COMBINING, '')
  return [...bare].map((part) => SKELETON[part] ?? part).join('')
}

/** Returns text as its skeleton: every letter read as the Latin letter it prints as, accents dropped. */
export function skeleton(text: string): string {
  let out = ''
  for (const char of text) out += skeletonOf(char)
  return out
}

/**
 * The second reading of printed text: readForLegal's reading, then each letter as its skeleton
 * (`ụ` → u, `ɛ` → e, Armenian `ս` → u, a Cyrillic word in Russian copy → the Latin it passes
 * for). Offsets still map to the printed text. The passage check reads both; neither is stored.
 */
export function readSkeleton(printed: string): Reading {
  const first = readForLegal(printed)
  let text = ''
  const printedAt: number[] = []
  for (let index = 0; index < first.text.length; ) {
    const char = String.fromCodePoint(first.text.codePointAt(index)!)
    const folded = skeletonOf(char)
    text += folded
    for (let unit = 0; unit < folded.length; unit += 1) printedAt.push(first.printedAt[index]!)
    index += char.length
  }
  printedAt.push(printed.length)
  return { text, printedAt }
}

/**
 * Letters the rules cannot read: any letter that is not Latin once its skeleton is taken, and the
 * Latin letters of phonetics and rare scripts that no copy is written in (IPA, phonetic and Latin
 * Extended-C/D/E letters the table above does not fold: "ꜱtole" with a small-capital s).
 */
const FOREIGN_LETTER = /(?!\p{Script=Latin})\p{L}|[\u0250-\u02AF\u1D00-\u1DBF\u2C60-\u2C7F\uA720-\uA7FF\uAB30-\uAB6F]/u

/** Returns true when the text carries a letter that is not Latin after folding (see SKELETON). */
export const foreignLetters = (text: string): boolean => FOREIGN_LETTER.test(skeleton(text))

/**
 * Function words of the languages newsrooms most often print in Latin letters. A sentence in one
 * of them reads to the English rules as names and unknown words, so none of them fires: "Tom Reyes
 * robó el dinero de la caridad" names no listed crime. Words English shares ("a", "die", "hat",
 * "is") are not counted as foreign.
 */
const FOREIGN_WORDS = new Set([
  // Spanish and Portuguese
  'el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'con', 'para', 'es', 'su', 'sus', 'se', 'lo', 'al', 'una', 'un', 'muy', 'pero', 'más',
  'fue', 'era', 'está', 'ha', 'han', 'os', 'da', 'do', 'dos', 'das', 'em', 'um', 'uma', 'não', 'com', 'é', 'são', 'foi', 'nos', 'mas',
  // French
  'le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'une', 'qui', 'dans', 'pour', 'pas', 'avec', 'sur', 'au', 'aux', 'il', 'elle', 'ce',
  'cette', 'sont', 'ont', 'été', 'ne', 'leur', 'nous', 'vous', 'ils', 'elles', "l'", "d'", "qu'", "n'", "s'", "c'",
  // German and Dutch
  'der', 'die_', 'das', 'und', 'ist', 'ein', 'eine', 'einen', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'sich', 'auf', 'für', 'im', 'auch',
  'wurde', 'sind', 'hat_', 'het', 'een', 'niet', 'zijn', 'ook', 'maar', 'wordt', 'werd', 'voor', 'naar',
  // Italian
  'il', 'gli', 'di', 'della', 'delle', 'dei', 'degli', 'che', 'non', 'sono', 'è', 'nel', 'nella', 'alla', 'ai', 'anche', 'hanno',
  // Polish and Czech
  'jest', 'nie', 'się', 'że', 'jak', 'oraz', 'który', 'która', 'przez', 'dla', 'od', 'z', 'w', 'i_', 'je', 'se', 'což', 'byl', 'była', 'był',
  // Turkish
  've', 'bir', 'bu', 'için', 'ile', 'çok', 'değil', 'olarak', 'gibi', 'daha', 'ama', 'veya',
  // Swedish, Danish, Norwegian
  'och', 'är', 'ett', 'att', 'det', 'som', 'på', 'från', 'för', 'med', 'inte', 'av', 'och', 'og', 'ikke', 'ble', 'var_', 'til', 'hun', 'han', 'jeg',
  // Arabic, Urdu and Persian in Latin letters
  'huwa', 'hiya', 'hum', 'wa', 'fi', 'min', 'ala', 'ana', 'inta', 'enta', 'hatha', 'haza', 'hadha', 'laysa', 'mish', 'mesh', 'kan', 'kanat', 'yani', 'hai', 'hain', 'nahi', 'nahin', 'aur', 'ke', 'ki', 'ast', 'va',
])
const ENGLISH_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'is', 'was', 'for', 'on', 'with', 'his', 'her', 'he', 'she', 'at', 'by', 'from', 'that',
  'this', 'it', 'be', 'has', 'had', 'have', 'are', 'were', 'as', 'or', 'but', 'not', 'who', 'which', 'their', 'its', 'they', 'been',
  'will', 'would', 'said', 'after', 'into', 'than', 'them', 'him', 'our', 'we', 'you', 'my', 'there', 'when', 'what', 'about',
])
const LANGUAGE_WORD = /(?:[ldnsc]|qu)['\u2019](?=\p{L})|[\p{L}\p{N}]+/gu

/**
 * Returns true when a sentence is written in another language in Latin letters: at least two of
 * its function words are another language's and they outnumber its English ones. The rules read
 * English only; what they cannot read, legal reads (see FOREIGN_LETTER for other scripts).
 */
export function otherLanguage(text: string): boolean {
  let foreign = 0
  let english = 0
  let other = 0
  for (const [printed] of asReaderSees(text).matchAll(LANGUAGE_WORD)) {
    // A code or an id ("r2e9z6ak3b" in a file name) is no word of any language.
    if (/\p{N}/u.test(printed)) continue
    const bare = printed.toLowerCase().replace('\u2019', "'")
    if (ENGLISH_WORDS.has(bare) || printed === 'I') english += 1
    // A function word is printed in lower case mid-sentence; "Ana", "De Niro" are names.
    else if ((FOREIGN_WORDS.has(bare) && /^\p{Ll}/u.test(printed)) || (bare === 'i' && printed === 'i')) foreign += 1
    else if (/^\p{Ll}/u.test(printed)) other += 1
  }
  // "Tom Reyes huwa harami": a short sentence with one foreign function word and no English one.
  return (foreign >= 2 && foreign > english) || (foreign >= 1 && english === 0 && other >= 1 && other <= 3)
}
