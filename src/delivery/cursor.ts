import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Position } from '../db/publicModel'
import { InvalidParameterError } from './listParams'

/*
 * A list cursor names a position (publication time and id of the last story on a page), not a
 * row: a cursor whose story has since been withdrawn still pages on from where it stood. It is
 * signed, so a `before` that Dateline did not issue is refused instead of reaching the database.
 */

const sign = (secret: string, data: string): string => createHmac('sha256', secret).update(`cursor:${data}`).digest('base64url').slice(0, 22)

export function encodeCursor(position: Position, secret: string): string {
  const data = Buffer.from(JSON.stringify([position.publishedAt, position.id])).toString('base64url')
  return `${data}.${sign(secret, data)}`
}

/** Returns the position a cursor names; throws INVALID_PARAMETER naming `name` for anything Dateline did not issue. */
export function decodeCursor(value: string, secret: string, name = 'before'): Position {
  const refuse = (): never => {
    throw new InvalidParameterError(name, `"${name}" is not a cursor Dateline issued; use the nextCursor of a previous answer`)
  }
  const [data, mac, ...rest] = value.split('.')
  if (!data || !mac || rest.length > 0 || value.length > 200) return refuse()
  const expected = Buffer.from(sign(secret, data))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse()
  try {
    const parsed: unknown = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'))
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && Number.isInteger(parsed[1])) {
      return { publishedAt: parsed[0], id: parsed[1] as number }
    }
  } catch {
    // falls through to the refusal
  }
  return refuse()
}
