import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { ValidationError } from 'payload'

import { getEnv } from '../config/env'
import { InvalidRequest } from '../errors'
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

/**
 * Text input a save may not carry: a document that is not an object, a NUL byte anywhere (PostgreSQL refuses it, SQLite cut the text
 * there without a word), and a rich-text field that is not a Lexical document within
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
  const richText = collection.flattenedFields.filter((field: FlattenedField) => field.type === 'richText')
  for (const field of richText) {
    if (!(field.name in data)) continue
    const problem = lexicalBodyProblem((data as Record<string, unknown>)[field.name], getEnv().BODY_MAX_BYTES)
    if (problem) errors.push({ path: field.name, message: `${field.name} ${problem}` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}

/** Puts checkTextInput first on every Dateline collection (Payload's own `payload-*` ones excepted). */
export function withTextInputChecks<T extends { collections: Array<{ slug: string; hooks: { beforeOperation?: CollectionBeforeOperationHook[] } }> }>(config: T): T {
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    collection.hooks.beforeOperation = [checkTextInput, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
