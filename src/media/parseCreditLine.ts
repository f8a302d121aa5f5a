/**
 * A credit line as newsrooms print it ("ITV News/Sean Swan", "Reuters", "UN OCHA/Handout",
 * "Pool/AFP") parsed into who supplied the picture and who made it.
 */
export type ParsedCredit = {
  organisation: string | null
  creatorName: string | null
  isHandout: boolean
  isPool: boolean
}

const HANDOUT = /^handout$/i
const POOL = /^pool$/i
const LEADING_LABEL = /^(credit|photo|picture|image|video)\s*:\s*/i

/** Returns the parsed credit; throws on an empty line because a credit must name someone. */
export function parseCreditLine(line: string): ParsedCredit {
  const trimmed = line.trim().replace(LEADING_LABEL, '').trim()
  if (!trimmed) throw new Error('credit line is empty')

  const parts = trimmed
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean)

  const isHandout = parts.some((part) => HANDOUT.test(part))
  const isPool = parts.some((part) => POOL.test(part))
  const named = parts.filter((part) => !HANDOUT.test(part) && !POOL.test(part))

  // House style puts the supplying organisation first and the photographer after the slash.
  const organisation = named[0] ?? null
  const creatorName = named.length > 1 ? named.slice(1).join('/') : null
  return { organisation, creatorName, isHandout, isPool }
}
