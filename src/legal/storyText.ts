import { createHash } from 'node:crypto'

/** The parts of a story legal reads and approves: what a reader reads. */
export type StoryCopy = {
  headline?: string | null
  standfirst?: string | null
  body?: unknown
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
 * Returns the story's readable paragraphs in order: headline, standfirst, then each block of the
 * body. A link keeps its address after its words, a picture is named by its asset id, struck
 * words are marked `~~so~~` and styled ones carry their style, so pointing a link elsewhere,
 * swapping a picture or striking a "not" changes the text legal approved, as it changes what
 * readers see. Bold, italics and spacing do not.
 */
export function storyParagraphs(copy: StoryCopy): string[] {
  const paragraphs: string[] = []
  const add = (text: string): void => {
    const line = flat(text)
    if (line) paragraphs.push(line)
  }
  add(copy.headline ?? '')
  add(copy.standfirst ?? '')
  const root = (copy.body as { root?: LexicalNode } | null | undefined)?.root
  for (const block of (root?.children ?? []) as LexicalNode[]) add(inlineText(block))
  return paragraphs
}

/** Lexical's strikethrough bit: struck words still print, but they say the opposite. */
const STRIKETHROUGH = 4

function inlineText(node: LexicalNode | null | undefined): string {
  if (!node || typeof node !== 'object') return ''
  if (typeof node.text === 'string') {
    // What changes meaning without changing words counts as a change of text: a strike through
    // them, or an inline style (a front end may hide or shrink the words with it).
    const struck = typeof node.format === 'number' && (node.format & STRIKETHROUGH) !== 0 ? `~~${node.text}~~` : node.text
    return typeof node.style === 'string' && node.style.trim() ? `${struck}{${node.style.trim()}}` : struck
  }
  if (node.type === 'linebreak') return ' '
  if (node.type === 'upload' || node.type === 'relationship') {
    const value = node.value
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    return ` [picture ${String(id ?? '?')}] `
  }
  const inner = ((node.children ?? []) as LexicalNode[]).map(inlineText).join('')
  if (node.type === 'link' || node.type === 'autolink') {
    const url = node.fields?.url ?? node.url
    return typeof url === 'string' && url.trim() ? `${inner} <${url.trim()}>` : inner
  }
  // A block inside a block (list items, quotes) reads as a sentence of its own.
  return node.type === 'listitem' || node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote' ? `${inner} ` : inner
}

/** Returns the text legal approves, one paragraph a line: what the approval hash covers and the diff compares. */
export const legalReadText = (copy: StoryCopy): string => storyParagraphs(copy).join('\n')

/** Returns the hash a legal read is bound to: SHA-256 of the headline, standfirst and body as readers read them. */
export const legalReadHash = (text: string): string => createHash('sha256').update(text).digest('hex')
