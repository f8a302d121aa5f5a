/**
 * Checks a rich-text value as the Lexical document the editor stores: `{ root: { type: 'root',
 * children: [...] } }`, every element's `children` an array, every node of a type the editor
 * knows, text nodes with string text, no words where the editor puts none (children of a line
 * break, tab, rule, picture or related record; text on any node but a text node), bounded in
 * size and depth. Pure.
 */

/** Node types of the editor's features (lexicalEditor() defaults) and Lexical's own. */
export const KNOWN_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'upload',
  'relationship',
  'horizontalrule',
])

/**
 * Nodes the editor makes without children: a line break, a tab, a rule, a picture, a related
 * record. Words given to one as `children` are printed by the JSON API, ninjs and the feeds
 * while the editor shows none of them.
 */
export const LEAF_NODE_TYPES: ReadonlySet<string> = new Set(['text', 'linebreak', 'tab', 'horizontalrule', 'upload', 'relationship'])

/** The only text a tab node carries (Lexical's TabNode is a text node of one tab). */
const TAB_TEXT = '\t'

/** Deeper than this is no story anyone typed (lists nest a few levels). */
export const MAX_DEPTH = 64

/** Returns what is wrong with a body value (null: nothing). `null`/absent clears the body and is fine. */
export function lexicalBodyProblem(value: unknown, maxBytes: number): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || Array.isArray(value)) {
    return `must be a Lexical document ({ "root": { "type": "root", "children": [...] } }), not ${Array.isArray(value) ? 'an array' : typeof value}`
  }
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8')
  if (bytes > maxBytes) return `is ${bytes} bytes; the limit is ${maxBytes} (BODY_MAX_BYTES)`
  const root = (value as { root?: unknown }).root
  if (!root || typeof root !== 'object' || Array.isArray(root) || (root as { type?: unknown }).type !== 'root') {
    return 'must have a "root" node of type "root"'
  }
  const stack: Array<{ node: unknown; path: string; depth: number }> = [{ node: root, path: 'root', depth: 0 }]
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!
    if (depth > MAX_DEPTH) return `nests deeper than ${MAX_DEPTH} levels at ${path}`
    if (!node || typeof node !== 'object' || Array.isArray(node)) return `${path} must be a node object`
    const { type, children, text } = node as { type?: unknown; children?: unknown; text?: unknown }
    if (typeof type !== 'string' || !KNOWN_NODE_TYPES.has(type)) {
      return `${path} has a node type the editor does not know (${JSON.stringify(type)?.slice(0, 40)})`
    }
    if (type === 'text' && typeof text !== 'string') return `${path} is a text node without text`
    if (text !== undefined && type !== 'text' && !(type === 'tab' && text === TAB_TEXT)) {
      return `${path} is a ${type} node carrying text (${JSON.stringify(String(text)).slice(0, 40)}); only text nodes carry words`
    }
    if (Array.isArray(children) && children.length > 0 && LEAF_NODE_TYPES.has(type)) {
      return `${path} is a ${type} node carrying children; the editor gives a ${type} none, so readers would be printed words the editor never shows`
    }
    if (children === undefined) {
      if (type === 'root' || type === 'paragraph' || type === 'heading' || type === 'quote' || type === 'list' || type === 'listitem') {
        return `${path}.children must be an array`
      }
      continue
    }
    if (!Array.isArray(children)) return `${path}.children must be an array`
    children.forEach((child, index) => stack.push({ node: child, path: `${path}.children.${index}`, depth: depth + 1 }))
  }
  return null
}
