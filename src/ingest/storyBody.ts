import { lexicalDocument, textParagraph, uploadNode, type LexicalDocument, type LexicalNode } from '../lexical/build'
import type { Block } from './types'

/** Returns the Lexical body for extracted blocks, each picture placed where its caption stood. */
export function storyBody(blocks: Block[], mediaIds: Array<number | string>): LexicalDocument {
  const children: LexicalNode[] = blocks.map((block) =>
    block.type === 'paragraph'
      ? textParagraph(block.text)
      : uploadNode(mediaIds[block.index], `intake-media-${block.index + 1}`),
  )
  return lexicalDocument(children)
}
