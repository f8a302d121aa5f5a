/** Minimal builders for the Lexical JSON that Payload's rich text field stores. */
export type LexicalNode = Record<string, unknown>
export type LexicalDocument = { root: LexicalNode }

export function textParagraph(text: string): LexicalNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }
}

/** An inline media asset, placed where the story puts it. */
export function uploadNode(mediaId: number | string, key: string): LexicalNode {
  return { type: 'upload', version: 3, format: '', id: key, fields: null, relationTo: 'media-assets', value: mediaId }
}

export function lexicalDocument(children: LexicalNode[]): LexicalDocument {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }
}

/** Returns the plain text of a Lexical document, one paragraph a line. */
export function lexicalToPlainText(doc: unknown): string {
  const lines: string[] = []
  const visit = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const record = node as { type?: string; text?: string; children?: unknown[] }
    if (typeof record.text === 'string') return record.text
    return (record.children ?? []).map(visit).join('')
  }
  const root = (doc as LexicalDocument | null)?.root
  for (const child of (root?.children as unknown[] | undefined) ?? []) {
    const text = visit(child)
    if (text) lines.push(text)
  }
  return lines.join('\n')
}
