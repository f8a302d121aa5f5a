import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { ValidationError } from 'payload'

import { findWrongTypes } from './findWrongTypes'

/** Keys Payload itself accepts on writes that are not declared as fields. */
const SYSTEM_KEYS = new Set(['id', '_status', 'password', 'confirm-password', 'createdAt', 'updatedAt'])

/** Returns the dotted paths of keys in `data` that no field declares. */
export function findUnknownKeys(data: unknown, fields: FlattenedField[], prefix = ''): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const byName = new Map(fields.map((field) => [field.name, field]))
  const unknown: string[] = []
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = byName.get(key)
    if (!field) {
      if (!(prefix === '' ? SYSTEM_KEYS.has(key) : key === 'id')) unknown.push(path)
      continue
    }
    if (field.type === 'group') {
      unknown.push(...findUnknownKeys(value, field.flattenedFields, path))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        unknown.push(...findUnknownKeys(row, field.flattenedFields, `${path}.${index}`))
      })
    }
  }
  return unknown
}

/**
 * Payload silently drops keys it does not know; a client that misspells a field would lose its
 * data without noticing, so writes naming an undeclared field are refused with a 400 instead,
 * as are values of the wrong kind for their field (findWrongTypes).
 */
export const rejectUnknownFields: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = args.data
  const unknown = findUnknownKeys(data, collection.flattenedFields)
  const errors = [
    ...unknown.map((path) => ({ path, message: `Unknown field "${path}"` })),
    ...findWrongTypes(data, collection.flattenedFields),
  ]
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return args
}
