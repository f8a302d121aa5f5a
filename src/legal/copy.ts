/** The words of a working copy that quotes are found in: headline, standfirst and body, and the other words it prints. */
import { asReaderSees } from './words'

export type CopyInput = {
  headline?: string | null
  standfirst?: string | null
  /** Lexical JSON as Payload stores it. */
  body?: unknown
  dateline?: string | null
  tags?: readonly string[] | null
  corrections?: ReadonlyArray<{ text?: string | null }> | null
}

type LexicalLike = { type?: unknown; text?: unknown; children?: unknown }

const INLINE_CONTAINERS = new Set(['link', 'autolink', 'mark'])

const isNode = (value: unknown): value is LexicalLike => typeof value === 'object' && value !== null

/**
 * Returns the body as paragraphs of plain text. Every block with text of its own (paragraph,
 * heading, quote, list item) is one paragraph; a line break or tab separates words, so two
 * lines never run together into a word neither of them has. Text in any node carrying a `text`
 * string counts, so no node type can hide words from the quote finder.
 */
export function bodyParagraphs(doc: unknown): string[] {
  const paragraphs: string[] = []
  const root = isNode(doc) && isNode((doc as { root?: unknown }).root) ? (doc as { root: LexicalLike }).root : null
  if (!root) return paragraphs

  const inlineText = (node: LexicalLike): string => {
    if (typeof node.text === 'string') return node.text
    if (node.type === 'linebreak' || node.type === 'tab') return ' '
    if (Array.isArray(node.children)) return node.children.filter(isNode).map(inlineText).join('')
    return ''
  }
  const isInline = (node: LexicalLike): boolean =>
    typeof node.text === 'string' || node.type === 'linebreak' || node.type === 'tab' || INLINE_CONTAINERS.has(String(node.type))

  const visitBlock = (node: LexicalLike): void => {
    const children = Array.isArray(node.children) ? node.children.filter(isNode) : []
    let line = ''
    const flush = (): void => {
      const text = line.replace(/\s+/g, ' ').trim()
      if (text) paragraphs.push(text)
      line = ''
    }
    for (const child of children) {
      if (isInline(child)) line += inlineText(child)
      else {
        flush()
        visitBlock(child)
      }
    }
    flush()
  }
  visitBlock(root)
  return paragraphs
}

/** Returns the copy as the paragraphs the quote finder reads: headline, standfirst, then the body. */
export function copyParagraphs(copy: CopyInput): string[] {
  const line = (text: unknown): string => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '')
  const lead = [copy.headline, copy.standfirst].map(line).filter(Boolean)
  // Readers also read the dateline, the tags and the corrections: words of a quote moved there
  // still stand in the story (they come after the body, so the body's paragraph indexes hold).
  const rest = [copy.dateline, ...(copy.tags ?? []), ...(copy.corrections ?? []).map((entry) => entry?.text)].map(line).filter(Boolean)
  return [...lead, ...bodyParagraphs(copy.body), ...rest].map(asReaderSees)
}
