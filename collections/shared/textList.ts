import type { TextField, Validate } from 'payload'
import { text } from 'payload/shared'

type TextValidate = Validate<unknown, unknown, unknown, TextField>

/**
 * A hasMany text field must arrive as a list of strings; Payload would otherwise store a bare
 * string (`"tags": "Syria"`) as an empty list and lose it without a word.
 */
export const textList: TextValidate = (value, options) => {
  if (value === null || value === undefined) return (text as TextValidate)(value, options)
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return `${options.name} must be a list of text values`
  }
  return (text as TextValidate)(value, options)
}
