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

type LexicalLike = { type?: unknown; text?: unknown; children?: unknown; format?: unknown }

const INLINE_CONTAINERS = new Set(['link', 'autolink', 'mark'])
/** Lexical's strikethrough bit (TextNode `format`). */
const STRIKETHROUGH = 4

const isNode = (value: unknown): value is LexicalLike => typeof value === 'object' && value !== null
const childrenOf = (node: LexicalLike): LexicalLike[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])
const isStruck = (node: LexicalLike): boolean => typeof node.text === 'string' && typeof node.format === 'number' && (node.format & STRIKETHROUGH) !== 0

/**
 * Returns the body as paragraphs of plain text. Every block with text of its own (paragraph,
 * heading, quote, list item) is one paragraph; a line break or tab separates words, so two
 * lines never run together into a word neither of them has. Every `text` string and every
 * `children` list counts, whatever the node's type — a line break, a picture or a node type
 * added later that carries words (the validation refuses them, but a body written past it is
 * still read) hides nothing from the quote finder.
 *
 * Struck-through words are read the way a reader takes them: not part of the sentence they are
 * struck in. `"We ~~never~~ executed a prisoner," he said` quotes "We executed a prisoner", so a
 * quote legal approved with "never" has changed and waits for legal again. The struck words
 * still print, so they are read too, each run as a paragraph of its own after the body's blocks
 * (whose indexes hold): a struck quote or allegation is still found and still bound.
 */
export function bodyParagraphs(doc: unknown): string[] {
  const paragraphs: string[] = []
  const struck: string[] = []
  const root = isNode(doc) && isNode((doc as { root?: unknown }).root) ? (doc as { root: LexicalLike }).root : null
  if (!root) return paragraphs

  const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()
  // One run of struck words: consecutive struck text nodes, broken by any unstruck word.
  let struckRun = ''
  const endStruckRun = (): void => {
    if (flat(struckRun)) struck.push(flat(struckRun))
    struckRun = ''
  }
  const inlineText = (node: LexicalLike): string => {
    let out = ''
    if (isStruck(node)) {
      struckRun += node.text as string
      out += ' '
    } else if (typeof node.text === 'string') {
      endStruckRun()
      out += node.text
    }
    if (node.type === 'linebreak' || node.type === 'tab') out += ' '
    const children = childrenOf(node)
    if (children.length > 0) out += (node.type === 'linebreak' || node.type === 'tab' ? ' ' : '') + children.map(inlineText).join('')
    return out
  }
  const isInline = (node: LexicalLike): boolean =>
    typeof node.text === 'string' || node.type === 'linebreak' || node.type === 'tab' || INLINE_CONTAINERS.has(String(node.type))

  const visitBlock = (node: LexicalLike): void => {
    // Only the root can get here with text of its own: any other node with text reads inline.
    let line = typeof node.text === 'string' ? node.text : ''
    const flush = (): void => {
      const text = flat(line)
      if (text) paragraphs.push(text)
      line = ''
      endStruckRun()
    }
    for (const child of childrenOf(node)) {
      if (isInline(child)) line += inlineText(child)
      else {
        flush()
        visitBlock(child)
      }
    }
    flush()
  }
  visitBlock(root)
  return [...paragraphs, ...struck]
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
