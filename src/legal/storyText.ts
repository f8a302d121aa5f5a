import { createHash } from 'node:crypto'

/** What readers see of a picture a story shows: which file, and every word printed with it. */
export type PictureText = {
  id: number | string
  filename?: string | null
  filesize?: number | null
  /** Where the sizes readers get are cut around (Payload's focal point, percent). */
  focalX?: number | null
  focalY?: number | null
  caption?: string | null
  alt?: string | null
  creditLine?: string | null
  credit?: { organisation?: string | null; creatorName?: string | null } | null
  rights?: { usageTerms?: string | null } | null
}

/**
 * The parts of a story legal reads and approves: every word a reader sees with it. Headline,
 * standfirst and body; the dateline and tags; the correction notes (those printed and those the
 * next publish appends); the slug, which is printed in the story's address; and the pictures it
 * shows, with their captions, alt text and credits (records of their own, loaded by the caller:
 * src/services/storyReading.ts).
 */
export type StoryCopy = {
  headline?: string | null
  standfirst?: string | null
  body?: unknown
  dateline?: string | null
  tags?: ReadonlyArray<string | null | undefined> | null
  slug?: string | null
  corrections?: ReadonlyArray<{ text?: string | null } | null | undefined> | null
  pictures?: readonly PictureText[] | null
}

type LexicalNode = {
  type?: string
  text?: string
  format?: unknown
  style?: unknown
  children?: unknown[]
  value?: unknown
  fields?: { url?: unknown; doc?: unknown; [key: string]: unknown } | null
  url?: unknown
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * One line of what legal reads. `label` names where the words are printed when that is not the
 * story's own text (a tag, a caption). `read`: the passage finder reads it (false for a line that
 * names a thing, a picture's file or the address, rather than saying words). `printed`: it is in
 * the text legal approves (false only for the slug's words put back into a sentence).
 */
type ReadLine = { label: string | null; text: string; read: boolean; printed: boolean }

/**
 * How the body is read: `marked` (what legal approves) carries what changes meaning without
 * changing words — a link's address, a picture's id, a strike, an inline style; `words` (what
 * the passage check reads) is the words alone, struck ones where they stand ("Tom Reyes is
 * ~~accused of fraud~~" still prints the allegation); `shown` (the passage check's other
 * reading) is the words a reader takes in when struck and styled words are passed over ("Tom
 * Reyes ~~never~~ stole" reads "Tom Reyes stole"; a style may hide its words).
 */
export type Reading = 'marked' | 'words' | 'shown'

/**
 * Returns every line legal reads, in order: headline, standfirst, each block of the body, then
 * the words printed around it — dateline, tags, correction notes, the address, and each picture
 * shown with its file and words. A link keeps its address after its words, a picture is named by
 * its asset id, struck words are marked `~~so~~` and styled ones carry their style, so pointing a
 * link elsewhere, swapping a picture or striking a "not" changes the text legal approved, as it
 * changes what readers see. Bold, italics and spacing do not. Every `text` and every `children`
 * of every body node is read, whatever its type (words inside a line break or a picture node
 * print in the JSON API, ninjs and the feeds), so no node type hides words from legal.
 */
function storyLines(copy: StoryCopy, reading: Reading = 'marked'): ReadLine[] {
  const lines: ReadLine[] = []
  const add = (text: unknown, label: string | null = null, read = true): void => {
    const line = typeof text === 'string' ? flat(text) : ''
    if (line) lines.push({ label, text: line, read, printed: true })
  }
  add(copy.headline)
  add(copy.standfirst)
  const root = (copy.body as { root?: LexicalNode } | null | undefined)?.root
  if (root && typeof root.text === 'string') add(root.text)
  for (const block of (Array.isArray(root?.children) ? root.children : []) as LexicalNode[]) add(inlineText(block, reading))
  add(copy.dateline, 'Dateline')
  for (const tag of copy.tags ?? []) add(tag, 'Tag')
  for (const entry of copy.corrections ?? []) add(entry?.text, 'Correction')
  add(copy.slug, 'Address', false)
  for (const picture of copy.pictures ?? []) {
    const focal = typeof picture.focalX === 'number' || typeof picture.focalY === 'number' ? `cut around ${picture.focalX ?? 50}%/${picture.focalY ?? 50}%` : null
    const file = [picture.filename, typeof picture.filesize === 'number' ? `${picture.filesize} bytes` : null, focal].filter(Boolean).join(', ')
    add(`${String(picture.id)}${file ? ` (${file})` : ''}`, 'Picture', false)
    add(picture.caption, 'Caption')
    add(picture.alt, 'Alt text')
    add(picture.creditLine, 'Credit')
    add(picture.credit?.organisation, 'Credit (organisation)')
    add(picture.credit?.creatorName, 'Credit (creator)')
    add(picture.rights?.usageTerms, 'Usage terms')
  }
  const slugSentence = slugAsWords(copy.slug, lines)
  if (slugSentence) lines.push({ label: null, text: slugSentence, read: true, printed: false })
  // An address and a tag list keep no case: read once more with every word capitalised, so a
  // name the story prints nowhere else ("tom-reyes-stole-…", tags "tom reyes" and "embezzlement")
  // still reads as a name. Fail closed: a crime word in them goes to legal.
  const slugCapitalised = slugSentence ? fileNameAsWords(copy.slug) : null
  if (slugCapitalised) lines.push({ label: null, text: slugCapitalised, read: true, printed: false })
  const tagWords = fileNameAsWords((copy.tags ?? []).filter((tag): tag is string => typeof tag === 'string').join(' '))
  if (tagWords && (copy.tags ?? []).length > 0) lines.push({ label: null, text: tagWords, read: true, printed: false })
  // A picture's file name is printed in every address of it (<img src>, the JSON API, ninjs):
  // the passage finder reads its words too ("tom-reyes-is-accused-of-fraud.jpg").
  for (const picture of copy.pictures ?? []) {
    const words = fileNameAsWords(picture.filename)
    if (words) lines.push({ label: null, text: words, read: true, printed: false })
  }
  // A link's address is printed as its href and in the JSON ("…/tom-reyes-stole-money-from-the-charity"),
  // and a node's key in the JSON: their words are read like a file name's. Legal approves the
  // address itself in the body's line (`<https://…>`).
  for (const address of bodyAddresses(root)) {
    const words = addressAsWords(address)
    if (words) lines.push({ label: null, text: words, read: true, printed: false })
  }
  return lines
}

/** Returns every link address and node key in a body, in reading order. */
function bodyAddresses(root: LexicalNode | undefined): string[] {
  const found: string[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return
    const record = node as LexicalNode & { id?: unknown }
    if (record.type === 'link' || record.type === 'autolink') {
      const url = record.fields?.url ?? record.url
      if (typeof url === 'string') found.push(url)
    }
    if (typeof record.id === 'string') found.push(record.id)
    if (Array.isArray(record.children)) record.children.forEach(visit)
  }
  visit(root)
  return found
}

/** Where an address says nothing: its scheme and the web's own words. */
const ADDRESS_NOISE: ReadonlySet<string> = new Set(['http', 'https', 'www', 'mailto', 'tel', 'html', 'htm', 'php', 'aspx'])

/**
 * Returns an address's words as a sentence for the passage finder (as fileNameAsWords: each word
 * capitalised, an address keeps no case), percent-escapes decoded, or null when it has none.
 */
export function addressAsWords(address: string): string | null {
  let decoded = address
  try {
    decoded = decodeURIComponent(address.replace(/\+/g, ' '))
  } catch {
    // A malformed escape: read the address as written.
  }
  const kept = decoded
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => /\p{L}/u.test(word) && !ADDRESS_NOISE.has(word.toLowerCase()))
  return kept.length === 0 ? null : fileNameAsWords(kept.join(' '))
}

/**
 * Returns a slug's words as a sentence for the passage finder, or null when they say nothing the
 * headline does not (a slug made from the headline). Each word takes the case it has elsewhere in
 * the story, so a name reads as a name ("tom-reyes-…" → "Tom Reyes …"); a name the story prints
 * nowhere else stays lower case, and the finder may not see it (legal still reads the address).
 */
function slugAsWords(slug: string | null | undefined, lines: readonly ReadLine[]): string | null {
  const words = (slug ?? '').split(/[-_\s]+/).filter(Boolean)
  if (words.length === 0) return null
  const headline = new Set((lines[0]?.text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))
  if (words.every((word) => headline.has(word.toLowerCase()))) return null
  const cased = new Map<string, string>()
  for (const line of lines) {
    if (!line.read) continue
    for (const token of line.text.split(/[^\p{L}\p{N}'’-]+/u)) {
      const key = token.toLowerCase()
      if (token && !cased.has(key) && token !== key) cased.set(key, token)
    }
  }
  const sentence = words.map((word) => cased.get(word.toLowerCase()) ?? word).join(' ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}

/**
 * Returns a file name's words as a sentence for the passage finder, each word capitalised (a file
 * name keeps no case, and a name in it must read as one), or null when it has no words.
 */
export function fileNameAsWords(filename: string | null | undefined): string | null {
  const words = (filename ?? '')
    .replace(/\.[\p{L}\p{N}]{1,5}$/u, '')
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => /\p{L}/u.test(word))
  if (words.length === 0) return null
  return `${words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join(' ')}.`
}

/**
 * Returns the story's readable paragraphs in order, as the passage finder reads them: headline,
 * standfirst, each block of the body, then the words printed around it (see storyLines).
 */
export const storyParagraphs = (copy: StoryCopy, reading: Reading = 'marked'): string[] =>
  storyLines(copy, reading)
    .filter((line) => line.read)
    .map((line) => line.text)

/** Lexical's strikethrough bit: struck words still print, but they say the opposite. */
const STRIKETHROUGH = 4

function inlineText(node: LexicalNode | null | undefined, reading: Reading): string {
  if (!node || typeof node !== 'object') return ''
  const marked = reading === 'marked'
  const inner = (Array.isArray(node.children) ? (node.children as LexicalNode[]) : []).map((child) => inlineText(child, reading)).join('')
  if (typeof node.text === 'string') {
    const struckOrStyled = (typeof node.format === 'number' && (node.format & STRIKETHROUGH) !== 0) || (typeof node.style === 'string' && node.style.trim() !== '')
    if (reading === 'shown' && struckOrStyled) return inner
    if (!marked) return inner ? `${node.text} ${inner}` : node.text
    // What changes meaning without changing words counts as a change of text: a strike through
    // them, or an inline style (a front end may hide or shrink the words with it).
    const struck = typeof node.format === 'number' && (node.format & STRIKETHROUGH) !== 0 ? `~~${node.text}~~` : node.text
    const styled = typeof node.style === 'string' && node.style.trim() ? `${struck}{${node.style.trim()}}` : struck
    return inner ? `${styled} ${inner}` : styled
  }
  if (node.type === 'linebreak' || node.type === 'tab') return ` ${inner} `
  if (node.type === 'upload' || node.type === 'relationship') {
    const value = node.value
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    // Payload's per-placement fields (a caption, alt text for this use of the picture) print
    // with it: their words are read like any other.
    const words = wordsOf(node.fields).join(' ')
    const placed = words ? ` ${words} ` : ' '
    return marked ? ` [picture ${String(id ?? '?')}]${placed}${inner} ` : `${placed}${inner} `
  }
  if (node.type === 'link' || node.type === 'autolink') {
    const url = node.fields?.url ?? node.url
    if (!marked) return inner
    if (typeof url === 'string' && url.trim()) return `${inner} <${url.trim()}>`
    // An internal link has no address of its own, only the record it points at.
    const doc = node.fields?.doc as { relationTo?: unknown; value?: unknown } | null | undefined
    const target = doc && typeof doc === 'object' ? (doc.value && typeof doc.value === 'object' ? (doc.value as { id?: unknown }).id : doc.value) : undefined
    return target !== undefined && target !== null ? `${inner} <${String(doc?.relationTo ?? 'record')} ${String(target)}>` : inner
  }
  // A block inside a block (list items, quotes) reads as a sentence of its own.
  return node.type === 'listitem' || node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote' ? `${inner} ` : inner
}

/** Returns every string in a node's `fields` (nested groups too), in key order. */
function wordsOf(fields: unknown): string[] {
  if (typeof fields === 'string') return fields.trim() ? [fields] : []
  if (!fields || typeof fields !== 'object') return []
  if (Array.isArray(fields)) return fields.flatMap(wordsOf)
  return Object.keys(fields)
    .sort()
    .flatMap((key) => (key === 'id' || key === 'blockType' || key === 'relationTo' ? [] : wordsOf((fields as Record<string, unknown>)[key])))
}

/**
 * Returns the text legal approves, one paragraph a line, each printed outside the story's own
 * text labelled with where (`Tag: …`, `Caption: …`): what the approval hash covers and the diff
 * compares. The slug's sentence for the passage finder is not part of it (the address is).
 */
export const legalReadText = (copy: StoryCopy): string =>
  storyLines(copy)
    .filter((line) => line.printed)
    .map((line) => (line.label ? `${line.label}: ${line.text}` : line.text))
    .join('\n')

/** Returns the hash a legal read is bound to: SHA-256 of every word readers see with the story (legalReadText). */
export const legalReadHash = (text: string): string => createHash('sha256').update(text).digest('hex')

/** What readers see of a correspondent a story's byline names: every field printed with the name. */
export type BylineText = {
  role?: string | null
  correspondent: { id: number | string; name?: string | null; title?: string | null; bureau?: string | null; bio?: string | null; slug?: string | null; photo?: unknown } | number | string | null
}

/** What readers see of a quote record of the story (`/api/quotes`, the story page's quotes). */
export type QuoteText = { id: number | string; text?: string | null; speaker?: { name?: string | null; description?: string | null; isAnonymous?: boolean | null } | null }

/** Everything a reader gets of a story: its copy, the pictures' files and words, the byline's people, the quotes. */
export type PrintedStory = StoryCopy & { byline?: readonly BylineText[] | null; quotes?: readonly QuoteText[] | null }

/**
 * The parts a fingerprint is made of, each named for the line legal reads when it alone changed
 * (the word diff shows `words`; the others change what readers get without changing the words).
 */
export const FINGERPRINT_PARTS = {
  words: 'words changed',
  blocks: 'block type changed',
  formats: 'text format changed',
  links: 'link target changed',
  embeds: 'picture or record placed in the body changed',
  layout: 'body layout changed',
  pictureFiles: 'picture file changed',
  pictureWords: 'picture caption or credit changed',
  byline: 'byline changed',
  quotes: 'quote record changed (its words or speaker)',
} as const
export type FingerprintPart = keyof typeof FINGERPRINT_PARTS

/** A story's fingerprint: one hash of everything readers get, and one per part (to say what changed). */
export type StoryFingerprint = { hash: string; parts: Record<FingerprintPart, string> }

/** Keys of a Lexical node that change nothing a reader gets: the editor's bookkeeping. */
const UNPRINTED_KEYS: ReadonlySet<string> = new Set(['version', 'textFormat', 'textStyle', 'detail', 'mode', '$'])

/** JSON with keys sorted and `undefined` dropped, so PostgreSQL's jsonb order and SQLite's text spell the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

const sha = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex')

/** A reference as stored (`5`, `"5"` or `{ id: 5 }`): its id, as a string, so every spelling is one. */
const idOf = (value: unknown): string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === undefined || id === null ? null : String(id)
}

/** The body tree as readers get it: the editor's bookkeeping dropped, every reference an id. */
function printedTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(printedTree)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (UNPRINTED_KEYS.has(key)) continue
    out[key] = key === 'value' && value && typeof value === 'object' ? idOf(value) : printedTree(value)
  }
  const fields = out.fields as { doc?: { relationTo?: unknown; value?: unknown } } | null | undefined
  if (fields && typeof fields === 'object' && fields.doc && typeof fields.doc === 'object') out.fields = { ...fields, doc: { relationTo: fields.doc.relationTo, value: idOf(fields.doc.value) } }
  if (typeof out.value === 'number') out.value = String(out.value)
  return out
}

type TreeNode = Record<string, unknown> & { type?: unknown; children?: unknown }

/** Walks the printed tree in reading order, handing each node to `visit` with its depth. */
function walk(node: unknown, visit: (node: TreeNode, depth: number) => void, depth = 0): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return
  visit(node as TreeNode, depth)
  const children = (node as TreeNode).children
  if (Array.isArray(children)) for (const child of children) walk(child, visit, depth + 1)
}

/**
 * Returns the fingerprint of everything a reader gets of a story (legal approves this, not a
 * reading of its words): headline, standfirst, the whole body tree — node types, text formats
 * and styles, link targets and internal references, pictures and records placed in it with their
 * fields, list types, heading tags —, dateline, tags, corrections, slug, each picture's printed
 * fields and file, each byline correspondent's printed fields, and each quote's text and speaker.
 * Canonical JSON, SHA-256. Plain: the caller loads the records (src/services/storyReading.ts).
 */
export function storyFingerprint(story: PrintedStory): StoryFingerprint {
  const root = (story.body as { root?: unknown } | null | undefined)?.root ?? null
  const tree = printedTree(root)
  const blocks: unknown[] = []
  const formats: unknown[] = []
  const links: unknown[] = []
  const embeds: unknown[] = []
  walk(tree, (node, depth) => {
    const type = node.type
    if (type === 'text') formats.push([node.format ?? 0, node.style ?? ''])
    else if (type === 'link' || type === 'autolink') links.push([type, node.fields ?? null, node.url ?? null, node.rel ?? null, node.target ?? null])
    else if (type === 'upload' || type === 'relationship') embeds.push([type, node.relationTo ?? null, node.value ?? null, node.fields ?? null])
    if (type !== 'text') blocks.push([depth, type, node.tag ?? null, node.listType ?? null])
  })
  const pictures = story.pictures ?? []
  const people = (story.byline ?? []).map((entry) => {
    const who = entry.correspondent
    if (!who || typeof who !== 'object') return { role: entry.role ?? null, id: idOf(who) }
    return { role: entry.role ?? null, id: idOf(who.id), name: who.name ?? null, title: who.title ?? null, bureau: who.bureau ?? null, bio: who.bio ?? null, slug: who.slug ?? null, photo: idOf(who.photo) }
  })
  const quotes = [...(story.quotes ?? [])]
    .map((quote) => ({ id: String(quote.id), text: quote.text ?? '', speaker: quote.speaker?.name ?? null, description: quote.speaker?.description ?? null, anonymous: Boolean(quote.speaker?.isAnonymous) }))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
  const parts: Record<FingerprintPart, string> = {
    words: legalReadHash(legalReadText({ ...story, pictures: [] })),
    blocks: sha(blocks),
    formats: sha(formats),
    links: sha(links),
    embeds: sha(embeds),
    layout: sha(tree),
    pictureFiles: sha(pictures.map((p) => [String(p.id), p.filename ?? null, p.filesize ?? null, p.focalX ?? null, p.focalY ?? null])),
    pictureWords: sha(pictures.map((p) => [String(p.id), p.caption ?? null, p.alt ?? null, p.creditLine ?? null, p.credit ?? null, p.rights?.usageTerms ?? null])),
    byline: sha(people),
    quotes: sha(quotes),
  }
  return { hash: sha(parts), parts }
}

const BODY_PARTS: readonly FingerprintPart[] = ['words', 'blocks', 'formats', 'links', 'embeds']

/** Returns the plain lines saying what changed between two fingerprints, beyond what the word diff shows. */
export function fingerprintChanges(approved: Partial<Record<FingerprintPart, string>> | null | undefined, now: StoryFingerprint): string[] {
  if (!approved) return []
  const changed = (Object.keys(FINGERPRINT_PARTS) as FingerprintPart[]).filter((part) => approved[part] !== now.parts[part])
  // The whole tree changes with any change in it: said only when nothing more precise explains it.
  const explained = changed.some((part) => BODY_PARTS.includes(part))
  return changed.filter((part) => part !== 'layout' || !explained).map((part) => FINGERPRINT_PARTS[part])
}
