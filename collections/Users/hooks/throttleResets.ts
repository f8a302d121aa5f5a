import type { CollectionBeforeOperationHook } from 'payload'
import { z } from 'zod'

import { DatelineError, InvalidRequest } from '../../../src/errors/DatelineError'

/** A second reset link for one address waits this long (Payload's own default interval). */
export const RESET_INTERVAL_MS = 15_000

const body = z.object({ email: z.string().trim().min(1, 'give the address to send the link to').max(320) })
const asked = new Map<string, number>()

/**
 * `forgotPassword`: the address must be a string, and one address gets at most one link per
 * RESET_INTERVAL_MS (429 otherwise), whether or not an account has it, so the answer tells
 * nobody which addresses exist. Payload's own interval (`minRequestInterval`) is off: it
 * reserves the account with a write outside the operation's transaction, which on SQLite
 * (transactions begin IMMEDIATE, holding the write lock) waits on that transaction for ever and
 * answered 500 to every request.
 */
export const throttleResets: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword') return args
  const parsed = body.safeParse((args as { data?: unknown }).data)
  if (!parsed.success) throw new InvalidRequest(`email: ${parsed.error.issues[0]?.message ?? 'must be an address'}`)
  const address = parsed.data.email.toLowerCase()
  const now = Date.now()
  const last = asked.get(address)
  if (last !== undefined && now - last < RESET_INTERVAL_MS) {
    throw new DatelineError('TOO_MANY_REQUESTS', `A reset link was asked for this address less than ${RESET_INTERVAL_MS / 1000} s ago; wait and try again`, 429)
  }
  asked.set(address, now)
  // Forget old entries so the map cannot grow without bound.
  if (asked.size > 10_000) for (const [key, at] of asked) if (now - at >= RESET_INTERVAL_MS) asked.delete(key)
  return args
}
