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
  fields?: { url?: unknown } | null
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
  // A picture's file name is printed in every address of it (<img src>, the JSON API, ninjs):
  // the passage finder reads its words too ("tom-reyes-is-accused-of-fraud.jpg").
  for (const picture of copy.pictures ?? []) {
    const words = fileNameAsWords(picture.filename)
    if (words) lines.push({ label: null, text: words, read: true, printed: false })
  }
  return lines
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
    return marked ? ` [picture ${String(id ?? '?')}] ${inner} ` : ` ${inner} `
  }
  if (node.type === 'link' || node.type === 'autolink') {
    const url = node.fields?.url ?? node.url
    return marked && typeof url === 'string' && url.trim() ? `${inner} <${url.trim()}>` : inner
  }
  // A block inside a block (list items, quotes) reads as a sentence of its own.
  return node.type === 'listitem' || node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote' ? `${inner} ` : inner
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
