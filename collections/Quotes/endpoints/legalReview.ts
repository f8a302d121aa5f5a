import type { Endpoint } from 'payload'
import { z } from 'zod'

import { handled, readJson } from '../../../src/server/problem'
import { reviewQuote } from '../../../src/services/workflowService'

const body = z
  .object({
    decision: z.enum(['approve', 'reject'], { message: 'decision must be "approve" or "reject"' }),
    note: z.string().max(5000).nullish(),
  })
  .strict()

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
