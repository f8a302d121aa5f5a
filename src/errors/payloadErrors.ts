import type { AfterErrorHook } from 'payload'

import { FAULT_MESSAGE, problemBody, toProblem } from './toProblem'

/**
 * Payload's `afterError` hook: its REST handler (routeError, which answers 500 for any error it
 * does not know) and its GraphQL handler answer with what the mapper says. REST gets the status
 * and `{ errors: [{ code, message, ... }] }`; GraphQL keeps its error shape, with the code and
 * status in `extensions` (`extensions.code` is where GraphQL clients look).
 */
export const answerWithProblem: AfterErrorHook = ({ error, graphqlResult }) => {
  const problem = toProblem(error)
  if (graphqlResult) {
    const { data: _data, ...extensions } = graphqlResult.extensions ?? {}
    return {
      graphqlResult: {
        ...graphqlResult,
        message: problem.fault ? FAULT_MESSAGE : problem.message,
        extensions: {
          ...extensions,
          ...(!problem.fault && { data: problem.payloadError?.data ?? { code: problem.code, ...problem.details } }),
          ...problem.details,
          code: problem.code,
          statusCode: problem.status,
        },
      },
    }
  }
  return { response: problemBody(problem), status: problem.status }
}
