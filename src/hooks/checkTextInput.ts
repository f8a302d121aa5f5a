import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { ValidationError } from 'payload'

import { getEnv } from '../config/env'
import { InvalidRequest } from '../errors'
import { BIDI_CONTROLS } from '../legal/normalise'
import { lexicalBodyProblem } from '../lexical/validateBody'

/** Returns the dotted paths of strings holding a NUL byte anywhere in `value` (first 20). */
export function nulBytePaths(value: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 20) return found
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path || 'data')
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulBytePaths(item, path ? `${path}.${index}` : String(index), found))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulBytePaths(item, path ? `${path}.${key}` : key, found)
  }
  return found
}

const CONTROL_NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u0334': 'COMBINING TILDE OVERLAY',
  '\u0335': 'COMBINING SHORT STROKE OVERLAY',
  '\u0336': 'COMBINING LONG STROKE OVERLAY',
  '\u0337': 'COMBINING SHORT SOLIDUS OVERLAY',
  '\u0338': 'COMBINING LONG SOLIDUS OVERLAY',
}
/**
 * Marks that strike the letter under them through ("n̶e̶v̶e̶r̶"): a strike in plain text, which
 * the checks would read as the plain word while readers see it struck out. No language writes
 * with them.
 */
const STRIKE_OVERLAYS = /[\u0334-\u0338]/u
const PRINT_CONTROL = new RegExp(`${BIDI_CONTROLS.source}|${STRIKE_OVERLAYS.source}`, 'u')

/** Fields whose text nobody reads: a password is hashed, never printed. */
const UNPRINTED_KEYS = new Set(['password', 'confirm-password'])

/**
 * Returns the dotted paths of strings holding a bidi embedding, override or isolate, or a strike
 * overlay (first 20), with the first such character. A bidi control makes a browser print other
 * words than the text holds ("detucexe" reversed prints "executed"), an overlay strikes words
 * through, so every check — legal's included — would read one thing and readers another.
 * Newsroom copy never needs one: Arabic and Hebrew print in their own order without them.
 */
export function bidiControlPaths(value: unknown, path = '', found: Array<{ path: string; char: string }> = []): Array<{ path: string; char: string }> {
  if (found.length >= 20) return found
  if (typeof value === 'string') {
    const hit = PRINT_CONTROL.exec(value)
    if (hit) found.push({ path: path || 'data', char: hit[0] })
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => bidiControlPaths(item, path ? `${path}.${index}` : String(index), found))
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!UNPRINTED_KEYS.has(key)) bidiControlPaths(item, path ? `${path}.${key}` : key, found)
  }
  return found
}

/** Names a control character for a message: "U+202E RIGHT-TO-LEFT OVERRIDE". */
export const describeControl = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${CONTROL_NAMES[char] ?? 'BIDI CONTROL'}`

/**
 * Text input a save may not carry: a document that is not an object, a NUL byte anywhere (PostgreSQL refuses it, SQLite cut the text
 * there without a word), a bidi override, embedding or isolate or a strike overlay anywhere (readers
 * would see other words than every check reads), and a rich-text field that is not a Lexical document within
 * BODY_MAX_BYTES. 400 naming each field, before anything is written.
 */
export const checkTextInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === undefined) return args
  // The admin's multipart `_payload` reaches here parsed, but unchecked: it may be any JSON.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InvalidRequest(`The document must be an object of fields, not ${data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data}`)
  }
  const errors = nulBytePaths(data).map((path) => ({ path, message: `${path} contains a NUL byte (\\u0000), which text may not hold` }))
  for (const { path, char } of bidiControlPaths(data)) {
    errors.push({
      path,
      message: STRIKE_OVERLAYS.test(char)
        ? `${path} contains ${describeControl(char)}, which strikes the letters it sits on through as printed while the text (and legal) reads them plain; use the editor's strikethrough. Remove it.`
        :
        `${path} contains ${describeControl(char)}, a bidi control that makes readers see the letters in another order than the text ` +
        'holds (and than legal reads); newsroom copy never needs one — Arabic and Hebrew print without them. Remove it.',
    })
  }
  const richText = collection.flattenedFields.filter((field: FlattenedField) => field.type === 'richText')
  for (const field of richText) {
    if (!(field.name in data)) continue
    const problem = lexicalBodyProblem((data as Record<string, unknown>)[field.name], getEnv().BODY_MAX_BYTES, collectionSlugs(req.payload.config.collections))
    if (problem) errors.push({ path: field.name, message: `${field.name} ${problem}` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}

const slugSets = new WeakMap<object, ReadonlySet<string>>()
/** The collection slugs a body node may point at, one set per config. */
function collectionSlugs(collections: ReadonlyArray<{ slug: string }>): ReadonlySet<string> {
  let slugs = slugSets.get(collections)
  if (!slugs) {
    slugs = new Set(collections.map((collection) => collection.slug))
    slugSets.set(collections, slugs)
  }
  return slugs
}

/** Puts checkTextInput first on every Dateline collection (Payload's own `payload-*` ones excepted). */
export function withTextInputChecks<T extends { collections: Array<{ slug: string; hooks: { beforeOperation?: CollectionBeforeOperationHook[] } }> }>(config: T): T {
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    collection.hooks.beforeOperation = [checkTextInput, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
