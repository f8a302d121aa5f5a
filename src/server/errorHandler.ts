import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

import { HttpError } from '../errors/HttpError'

/** One error handler: clients get a status and a clear message, never a stack trace. */
export function errorHandler(payload: Payload): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof HttpError) {
      res.status(error.status).json({ errors: [{ code: error.code, message: error.message }] })
      return
    }
    payload.logger.error({ err: error, msg: 'Unhandled error' })
    if (res.headersSent) {
      res.end()
      return
    }
    res.status(500).json({ errors: [{ code: 'INTERNAL', message: 'Something went wrong.' }] })
  }
}
