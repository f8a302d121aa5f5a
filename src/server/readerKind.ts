import type { IncomingHttpHeaders } from 'node:http'

import type { Payload } from 'payload'

import { hasRole, isStaff } from '../access/roles'
import type { User } from '../../payload-types'

/** `public`: anonymous or a frontend account (they see the same); `private`: anyone else. */
export type ReaderKind = 'public' | 'private'

/** Returns the session token cookie's value, if the request carries one. */
function tokenCookie(cookie: string | undefined, name: string): string | undefined {
  if (!cookie || !cookie.includes(name)) return undefined
  for (const part of cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/**
 * Returns a function that says whether a request reads as the public. Without credentials that
 * needs nothing; with them it asks Payload once and remembers the answer for `ttlMs`. Remembering
 * is safe both ways: a frontend account only ever gets what anonymous readers get, and a
 * credential that does not sign in, or belongs to staff, is passed to Payload untouched.
 */
export function readerClassifier(payload: Payload, ttlMs = 30_000, maxEntries = 10_000) {
  const cookieName = `${payload.config.cookiePrefix}-token`
  const memo = new Map<string, { kind: ReaderKind; until: number }>()
  return async (headers: IncomingHttpHeaders): Promise<ReaderKind> => {
    const authorization = headers.authorization
    const token = tokenCookie(headers.cookie, cookieName)
    if (!authorization && !token) return 'public'
    const key = `${authorization ?? ''}\n${token ?? ''}`
    const now = Date.now()
    const known = memo.get(key)
    if (known && known.until > now) return known.kind

    const asked = new Headers()
    if (authorization) asked.set('authorization', authorization)
    if (token) asked.set('cookie', `${cookieName}=${token}`)
    const { user } = await payload.auth({ headers: asked })
    const reader = user as User | null
    const kind: ReaderKind = reader && hasRole(reader, 'frontend') && !isStaff(reader) ? 'public' : 'private'
    if (memo.size >= maxEntries) memo.clear()
    memo.set(key, { kind, until: now + ttlMs })
    return kind
  }
}
