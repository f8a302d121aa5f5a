import type { ErrorRequestHandler } from 'express'
import type { Payload } from 'payload'

import { problemBody, toProblem } from '../errors/toProblem'

/** One error handler: clients get the mapper's status and a clear message, never a stack trace. */
export function errorHandler(payload: Payload): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const problem = toProblem(error)
    // The logger's policy (src/errors/logging.ts) turns a client's error into one info line.
    payload.logger.error({ err: error, msg: problem.fault ? 'Unhandled error' : 'Refused request' })
    if (res.headersSent) {
      res.end()
      return
    }
    if (res.locals.graphql) {
      // A GraphQL client reads `errors[].extensions.code`, as Payload's GraphQL handler sends it.
      res.status(problem.status).json({ errors: [{ message: problem.message, extensions: { code: problem.code, statusCode: problem.status } }] })
      return
    }
    res.status(problem.status).json(problemBody(problem))
  }
}
