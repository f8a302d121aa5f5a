import type { CollectionBeforeOperationHook, Where } from 'payload'

import { DatelineError } from '../errors'

/** Returns the paths in a `where` (any depth of and/or) that are, or lie under, one of `hidden`. */
export function wherePathsIn(where: unknown, hidden: readonly string[]): string[] {
  if (!where || typeof where !== 'object') return []
  const found: string[] = []
  for (const [key, value] of Object.entries(where as Where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const part of value) found.push(...wherePathsIn(part, hidden))
    } else if (hidden.some((path) => key === path || key.startsWith(`${path}.`))) {
      found.push(key)
    }
  }
  return found
}

/** Returns the sort paths (`a,-b` or a list) that are one of `hidden`. */
export function sortPathsIn(sort: unknown, hidden: readonly string[]): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list
    .map((entry) => String(entry).trim().replace(/^-/, ''))
    .filter((path) => hidden.some((name) => path === name || path.startsWith(`${name}.`)))
}

/**
 * Fields nobody may filter or sort by, whatever their role: a write-only secret would otherwise
 * be recovered a character at a time with `where[secret][like]` (the answer's count is the
 * oracle) even though every read shows only a mask. 400 FIELD_NOT_QUERYABLE, nothing read.
 */
export const refuseQueriesOn =
  (hidden: readonly string[]): CollectionBeforeOperationHook =>
  ({ args }) => {
    const query = args as { where?: unknown; sort?: unknown }
    const named = [...wherePathsIn(query.where, hidden), ...sortPathsIn(query.sort, hidden)]
    if (named.length > 0) {
      throw new DatelineError('FIELD_NOT_QUERYABLE', `${named[0]} cannot be used to filter or sort`, 400)
    }
    return args
  }
