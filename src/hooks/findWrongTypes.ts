import type { FlattenedField } from 'payload'

const isId = (value: unknown): boolean => typeof value === 'number' || (typeof value === 'string' && value.length > 0 && value.length <= 64)

/** Returns a description of what a field takes when `value` does not fit it, else null. */
function misfit(field: FlattenedField, value: unknown): string | null {
  if (value === null || value === undefined) return null
  const many = 'hasMany' in field && field.hasMany === true
  const each = (check: (item: unknown) => boolean, what: string): string | null => {
    if (many) return Array.isArray(value) && value.every(check) ? null : `a list of ${what}`
    return check(value) ? null : what
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return each((item) => typeof item === 'string', 'text')
    case 'select':
    case 'radio':
      return each((item) => typeof item === 'string', 'one of its options')
    case 'number':
      return each((item) => typeof item === 'number' && Number.isFinite(item), 'a number')
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'true or false'
    case 'date':
      return (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || value instanceof Date ? null : 'a date (ISO 8601)'
    case 'relationship':
    case 'upload':
      return each((item) => isId(item) || (typeof item === 'object' && item !== null), 'a document id')
    case 'group':
      return typeof value === 'object' && !Array.isArray(value) ? null : 'an object of its fields'
    case 'array':
      // Payload's admin form sends an array it holds no rows for as its row count, 0; Payload
      // reads that as an empty list, so it is one (refusing it broke every save of a new story).
      return Array.isArray(value) || value === 0 ? null : 'a list of rows'
    default:
      return null
  }
}

/**
 * Returns the paths in `data` whose value is of the wrong kind for its field (an array for a
 * text, an object for a date), with what the field takes. Payload's own validation lets some
 * of these through to the database, which refused them with a 500.
 */
export function findWrongTypes(data: unknown, fields: FlattenedField[], prefix = ''): Array<{ path: string; message: string }> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return []
  const found: Array<{ path: string; message: string }> = []
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key)
    if (!field) continue
    const path = prefix ? `${prefix}.${key}` : key
    const takes = misfit(field, value)
    if (takes) {
      found.push({ path, message: `${path} takes ${takes}` })
      continue
    }
    if (field.type === 'group') found.push(...findWrongTypes(value, field.flattenedFields, path))
    else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (!row || typeof row !== 'object' || Array.isArray(row)) found.push({ path: `${path}.${index}`, message: `${path}.${index} takes an object of its fields` })
        else found.push(...findWrongTypes(row, field.flattenedFields, `${path}.${index}`))
      })
    }
  }
  return found
}
