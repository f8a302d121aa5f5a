/**
 * Checks a rich-text value as the Lexical document the editor stores: `{ root: { type: 'root',
 * children: [...] } }`, every element's `children` an array, every node of a type the editor
 * knows, text nodes with string text, no words where the editor puts none (children of a line
 * break, tab, rule, picture or related record; text on any node but a text node), bounded in
 * size and depth, and every node's own keys those the editor writes (src/lexical/nodeSchema.ts). Pure.
 */
import type { z } from 'zod'

import { nodeKeysProblem, nodeSchemas } from './nodeSchema'

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

const schemasFor = new WeakMap<ReadonlySet<string>, Record<string, z.ZodType>>()
const anyCollection = nodeSchemas(null)

/**
 * Returns what is wrong with a body value (null: nothing). `null`/absent clears the body and is
 * fine. `collections`: the slugs a picture, record or internal link may name (any, when absent).
 */
export function lexicalBodyProblem(value: unknown, maxBytes: number, collections?: ReadonlySet<string>): string | null {
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
  const beside = Object.keys(value).filter((key) => key !== 'root')
  if (beside.length > 0) {
    return `carries ${beside.slice(0, 6).map((key) => JSON.stringify(key.slice(0, 40))).join(', ')} beside "root"; the editor writes the root alone, and readers would be printed words no reading checks`
  }
  let schemas = anyCollection
  if (collections) {
    schemas = schemasFor.get(collections) ?? nodeSchemas(collections)
    schemasFor.set(collections, schemas)
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
    const reference = referenceProblem(node as Record<string, unknown>, type, path)
    if (reference) return reference
    if (children === undefined) {
      if (type === 'root' || type === 'paragraph' || type === 'heading' || type === 'quote' || type === 'list' || type === 'listitem') {
        return `${path}.children must be an array`
      }
    } else if (!Array.isArray(children)) return `${path}.children must be an array`
    const keys = nodeKeysProblem(node as Record<string, unknown>, type, path, schemas)
    if (keys) return keys
    if (children === undefined) continue
    children.forEach((child, index) => stack.push({ node: child, path: `${path}.children.${index}`, depth: depth + 1 }))
  }
  return null
}

/** An id as Payload stores a reference: a number, or digits (PostgreSQL and SQLite ids are serial). */
const isId = (value: unknown): boolean => (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^\d+$/.test(value))

/**
 * Returns what is wrong with the record a node points at, or null. Payload takes an upload's or a
 * related record's `value` (and an internal link's `fields.doc.value`) as an id or, for backwards
 * compatibility, `{ id }`, and stores an object as sent: words in it are printed at `depth=0`
 * while legal's read and the editor see only the record. So only an id, or `{ id }` alone, is a value.
 */
function referenceProblem(node: Record<string, unknown>, type: string, path: string): string | null {
  const check = (value: unknown, where: string): string | null => {
    if (value === undefined || value === null || isId(value)) return null
    const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : null
    if (keys && keys.length === 1 && keys[0] === 'id' && isId((value as { id: unknown }).id)) return null
    return `${path} is a ${type} node whose ${where} is ${keys ? `an object with ${keys.slice(0, 6).join(', ')}` : JSON.stringify(value)?.slice(0, 40)}; it must be the id of the record it shows (or { "id": … } alone), so readers get the record legal read and nothing else`
  }
  if (type === 'upload' || type === 'relationship') return check(node.value, 'value')
  if (type === 'link' || type === 'autolink') {
    const doc = (node.fields as { doc?: unknown } | null | undefined)?.doc
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) return check((doc as { value?: unknown }).value, 'fields.doc.value')
  }
  return null
}
