import { createHash } from 'node:crypto'

/** Returns the fingerprint of a story's copy: the same text filed twice has the same hash. */
export function intakeHash(text: string): string {
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
  return createHash('sha256').update(normalised).digest('hex')
}
