import type { RequestHandler } from 'express'

import { checkListParams, InvalidParameterError } from '../delivery/listParams'
import { DatelineError } from '../errors/DatelineError'
import type { ReaderKind } from './readerKind'

/**
 * For list reads of every other collection (`GET /api/<collection>`): `page` and `limit` are
 * checked (400 naming the parameter) and, for public readers, `limit` is clamped and `page`
 * kept within the first `maxOffset` results; the checked
 * query is what Payload then sees (`res.locals.pathAndQuery`).
 */
export function listGuard(
  collections: Set<string>,
  maxLimit: number,
  maxOffset: number,
  classify: (headers: Parameters<RequestHandler>[0]['headers']) => Promise<ReaderKind>,
): RequestHandler {
  return async (req, res, next) => {
    const url = req.originalUrl
    const mark = url.indexOf('?')
    if (mark === -1 || !collections.has(String(req.params.collection))) {
      next()
      return
    }
    try {
      const params = new URLSearchParams(url.slice(mark + 1))
      if (!params.has('page') && !params.has('limit') && !params.has('pagination')) {
        next()
        return
      }
      const checked = checkListParams(params, maxLimit, (await classify(req.headers)) === 'public', maxOffset)
      res.locals.pathAndQuery = `${url.slice(0, mark)}?${checked.toString()}`
      next()
    } catch (error) {
      next(error instanceof InvalidParameterError ? new DatelineError(error.code, error.message, 400) : error)
    }
  }
}
