/**
 * Checks a list query's `where` against a collection's fields before the database sees it.
 * Payload passes operators and values through to SQL largely unchecked: `near` on a text field,
 * `{ equals: { $ne } }`, a date compared with "notadate" or a path into a rich-text document
 * reached the driver and answered 500. Each such filter is refused here with a message naming
 * the path, the operator and what it takes. Payload still checks which paths a user may query.
 */
import type { FlattenedField } from 'payload'

/** A filter the client got wrong; `path` names where. */
export class InvalidWhereError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
    this.name = 'InvalidWhereError'
  }
}

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const GEO = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])
const RANGES = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const TEXT_MATCH = new Set(['like', 'not_like', 'contains'])

/** The limits of one filter: nesting of and/or, and how many conditions in all. */
export const WHERE_MAX_DEPTH = 8
export const WHERE_MAX_CONDITIONS = 100
const VALUE_MAX_LENGTH = 10_000

type Kind = 'text' | 'number' | 'date' | 'boolean' | 'id' | 'relation' | 'point' | 'document' | 'other'

/** What a path names: the kind of value stored there. */
type Resolved = { kind: Kind; hasMany: boolean }

const SYSTEM_PATHS: Record<string, Kind> = { id: 'id', createdAt: 'date', updatedAt: 'date', _status: 'text' }

function kindOf(field: FlattenedField): Kind {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return 'text'
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'checkbox':
      return 'boolean'
    case 'relationship':
    case 'upload':
      return 'relation'
    case 'point':
      return 'point'
    case 'richText':
    case 'json':
      return 'document'
    default:
      return 'other'
  }
}

/**
 * Resolves a dotted path to what it stores, or throws. Paths through a relationship continue in
 * the related collection (Payload queries across them), which `related` looks up.
 */
function resolvePath(path: string, fields: FlattenedField[], related: (slug: string) => FlattenedField[] | undefined): Resolved {
  const segments = path.split('.')
  let current = fields
  for (let i = 0; i < segments.length; i += 1) {
    const name = segments[i]!
    const last = i === segments.length - 1
    if (/^\d+$/.test(name) && i > 0) continue // an array row index: the row's fields follow
    const field = current.find((candidate) => 'name' in candidate && candidate.name === name)
    if (!field) {
      if (last && SYSTEM_PATHS[name]) return { kind: SYSTEM_PATHS[name]!, hasMany: false }
      // Unknown paths are Payload's to refuse (QueryError names them) or allow (its own fields).
      return { kind: 'other', hasMany: false }
    }
    const kind = kindOf(field)
    const hasMany = 'hasMany' in field && field.hasMany === true
    if (last) return { kind, hasMany }
    if (kind === 'document') {
      throw new InvalidWhereError(path, `${segments.slice(0, i + 1).join('.')} is a ${field.type} document: filter on the field itself, not on paths inside it`)
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      current = field.flattenedFields
      continue
    }
    if (kind === 'relation') {
      // A polymorphic relation (`relationTo` a list) is Payload's to resolve.
      if (!('relationTo' in field) || typeof field.relationTo !== 'string') return { kind: 'other', hasMany: false }
      const next = related(field.relationTo)
      if (!next) return { kind: 'other', hasMany: false }
      current = next
      continue
    }
    throw new InvalidWhereError(path, `${segments.slice(0, i + 1).join('.')} holds a single value: there is nothing at ${path}`)
  }
  return { kind: 'other', hasMany: false }
}

const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** Returns a qs array (`a[0]=x&a[1]=y` or an object with numeric keys) as an array, or null. */
function asList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (value && typeof value === 'object' && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value)
  return null
}

function checkScalar(path: string, operator: string, value: unknown, target: Resolved, numericIds: boolean): void {
  if (!isScalar(value)) {
    throw new InvalidWhereError(path, `${path}: "${operator}" takes one value${LISTS.has(operator) ? '' : ' (use "in" for a list)'}, not ${Array.isArray(value) ? 'a list' : 'an object'}`)
  }
  if (typeof value === 'string' && value.length > VALUE_MAX_LENGTH) {
    throw new InvalidWhereError(path, `${path}: the value of "${operator}" is longer than ${VALUE_MAX_LENGTH} characters`)
  }
  if (value === null || value === '') return
  const text = String(value)
  if (target.kind === 'date' && (RANGES.has(operator) || operator === 'equals' || operator === 'not_equals' || LISTS.has(operator))) {
    if (Number.isNaN(Date.parse(text))) throw new InvalidWhereError(path, `${path}: "${text.slice(0, 60)}" is not a date (use ISO 8601, e.g. 2026-01-31T12:00:00Z)`)
  }
  const numeric = target.kind === 'number' || ((target.kind === 'id' || target.kind === 'relation') && numericIds)
  if (numeric && !TEXT_MATCH.has(operator) && !/^-?\d+(\.\d+)?$/.test(text)) {
    throw new InvalidWhereError(path, `${path}: "${text.slice(0, 60)}" is not a number`)
  }
  if (numeric && (target.kind === 'id' || target.kind === 'relation') && !TEXT_MATCH.has(operator) && !/^\d{1,15}$/.test(text)) {
    throw new InvalidWhereError(path, `${path}: "${text.slice(0, 60)}" is not an id (ids are whole positive numbers)`)
  }
  if (target.kind === 'boolean' && !['true', 'false', '1', '0'].includes(text)) {
    throw new InvalidWhereError(path, `${path}: "${text.slice(0, 60)}" is not true or false`)
  }
}

function checkCondition(path: string, condition: unknown, target: Resolved, numericIds: boolean): number {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new InvalidWhereError(path, `${path}: give an operator, as where[${path}][equals]=value`)
  }
  let count = 0
  for (const [operator, value] of Object.entries(condition)) {
    count += 1
    if (!OPERATORS.has(operator)) {
      throw new InvalidWhereError(path, `${path}: "${operator}" is not an operator (use one of ${[...OPERATORS].join(', ')})`)
    }
    if (GEO.has(operator) && target.kind !== 'point') {
      throw new InvalidWhereError(path, `${path}: "${operator}" applies only to point (location) fields`)
    }
    if (GEO.has(operator)) continue
    if (operator === 'exists') {
      if (!['true', 'false', true, false].includes(value as string | boolean)) throw new InvalidWhereError(path, `${path}: "exists" takes true or false`)
      continue
    }
    if (TEXT_MATCH.has(operator) && target.kind !== 'text' && target.kind !== 'other' && target.kind !== 'document') {
      throw new InvalidWhereError(path, `${path}: "${operator}" applies only to text fields`)
    }
    if (operator === 'all' && !target.hasMany && target.kind !== 'other') {
      throw new InvalidWhereError(path, `${path}: "all" applies only to fields holding several values (use "in" or "equals")`)
    }
    if (LISTS.has(operator)) {
      const list = asList(value) ?? (typeof value === 'string' ? value.split(',') : null)
      if (!list) throw new InvalidWhereError(path, `${path}: "${operator}" takes a list of values`)
      if (list.length > 1000) throw new InvalidWhereError(path, `${path}: "${operator}" takes at most 1000 values`)
      for (const item of list) checkScalar(path, operator, item, target, numericIds)
      continue
    }
    checkScalar(path, operator, value, target, numericIds)
  }
  return count
}

/**
 * Checks a parsed `where` (qs-style, as Payload parses the query string) for a collection's
 * fields. Throws InvalidWhereError naming the first problem; returns the number of conditions.
 */
export function checkWhere(
  where: unknown,
  fields: FlattenedField[],
  options: { numericIds: boolean; related: (slug: string) => FlattenedField[] | undefined },
  depth = 0,
): number {
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    throw new InvalidWhereError('where', 'where must be a filter object, as where[field][operator]=value (e.g. where[headline][like]=raqqa)')
  }
  if (depth > WHERE_MAX_DEPTH) throw new InvalidWhereError('where', `where nests "and"/"or" deeper than ${WHERE_MAX_DEPTH} levels`)
  let count = 0
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = asList(value)
      if (!list) throw new InvalidWhereError(key, `where[${key}] must be a list of filters, as where[${key}][0][field][operator]=value`)
      for (const item of list) count += checkWhere(item, fields, options, depth + 1)
    } else {
      count += checkCondition(key, value, resolvePath(key, fields, options.related), options.numericIds)
    }
    if (count > WHERE_MAX_CONDITIONS) throw new InvalidWhereError('where', `where has more than ${WHERE_MAX_CONDITIONS} conditions`)
  }
  return count
}
