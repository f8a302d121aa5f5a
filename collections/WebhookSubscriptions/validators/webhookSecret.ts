import type { TextFieldSingleValidation } from 'payload'

export const MIN_SECRET_LENGTH = 16

/** A signing secret long enough that receivers' signature checks mean something. */
export const validateWebhookSecret: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string' || value.length === 0) return 'A signing secret is required'
  if (value.length < MIN_SECRET_LENGTH) return `The signing secret must be at least ${MIN_SECRET_LENGTH} characters`
  return true
}
