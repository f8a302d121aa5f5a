import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { DatelineError } from '../errors/DatelineError'

/**
 * `DELETE /api/payload-preferences/:key` for a key the user has no preference under: Payload's
 * handler deletes through the adapter, whose deleteOne fails on no row (a TypeError, so 500)
 * before Payload's own NotFound is reached. The request is answered 404 here instead; one the
 * user does have goes on to Payload.
 */
export function preferencesGuard(payload: Payload): RequestHandler {
  return async (req, _res, next) => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const { user } = await payload.auth({ headers })
      if (!user) return next()
      const { totalDocs } = await payload.count({
        collection: 'payload-preferences',
        where: {
          and: [{ key: { equals: String(req.params.key) } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }],
        },
        overrideAccess: true,
      })
      if (totalDocs === 0) throw new DatelineError('NOT_FOUND', `You have no preference "${String(req.params.key).slice(0, 60)}"`, 404)
      next()
    } catch (error) {
      next(error)
    }
  }
}
