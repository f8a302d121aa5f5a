import type { TextField, Validate } from 'payload'
import { text } from 'payload/shared'

type TextValidate = Validate<unknown, unknown, unknown, TextField>

/** A list field holds at most this many values (a story's tags); 20,000 overflowed SQLite's statement limits. */
export const TEXT_LIST_MAX = 100

/**
 * A hasMany text field must arrive as a list of at most TEXT_LIST_MAX strings; Payload would otherwise store a bare
 * string (`"tags": "Syria"`) as an empty list and lose it without a word.
 */
export const textList: TextValidate = (value, options) => {
  if (value === null || value === undefined) return (text as TextValidate)(value, options)
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return `${options.name} must be a list of text values`
  }
  if (value.length > TEXT_LIST_MAX) return `${options.name} holds at most ${TEXT_LIST_MAX} values, not ${value.length}`
  return (text as TextValidate)(value, options)
}
