import { IngestError } from './errors'

/** Copy larger than this is not a dispatch; refusing it early keeps the parser cheap. */
export const MAX_STORY_BYTES = 1_000_000

const encoder = new TextEncoder()

function tooLarge(bytes: number): IngestError {
  return new IngestError(
    'TOO_LARGE',
    `The story is ${bytes.toLocaleString('en-GB')} bytes; the limit is ${MAX_STORY_BYTES.toLocaleString('en-GB')} bytes (1 MB).`,
  )
}

/** Returns the text of an uploaded file; throws NOT_TEXT unless it is valid UTF-8 without NUL bytes. */
export function decodeStoryBytes(buf: Uint8Array): string {
  if (buf.byteLength > MAX_STORY_BYTES) throw tooLarge(buf.byteLength)
  // NUL is valid UTF-8, but no word processor puts it in prose: it means a binary file.
  if (buf.includes(0)) {
    throw new IngestError('NOT_TEXT', 'The file is not plain text: it contains NUL bytes, so it looks like a binary file.')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    throw new IngestError('NOT_TEXT', 'The file is not plain text: it is not valid UTF-8.')
  }
}

/** Throws the matching IngestError when text is empty, binary or too large; returns it normalised. */
export function checkStoryText(text: string): string {
  const bytes = encoder.encode(text).byteLength
  if (bytes > MAX_STORY_BYTES) throw tooLarge(bytes)
  if (text.includes('\u0000')) {
    throw new IngestError('NOT_TEXT', 'The story is not plain text: it contains NUL characters, so it looks like a binary file.')
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!normalised.trim()) throw new IngestError('EMPTY_INPUT', 'The story is empty: there is no text to import.')
  return normalised
}
