import type { Endpoint } from 'payload'

import { handled, readJson } from '../../../src/server/problem'
import { quoteLegalReviewBody as body } from '../../../src/server/requestBodies'
import { reviewQuote } from '../../../src/services/workflowService'

/** POST /api/quotes/:id/legal-review — legal approves or rejects a sensitive quote. */
export const legalReviewEndpoint: Endpoint = {
  path: '/:id/legal-review',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      const input = await readJson(req, body)
      return Response.json(await reviewQuote({ id: String(req.routeParams?.id), ...input }, req))
    }),
}
