import type { Endpoint } from 'payload'
import { z } from 'zod'

import { handled, readJson } from '../../../src/server/problem'
import { setLegalHold } from '../../../src/services/workflowService'

const body = z.object({ active: z.boolean({ message: 'active must be true or false' }), reason: z.string().max(2000).nullish() }).strict()

/** POST /api/dispatches/:id/legal-hold — legal places (with a reason) or lifts a hold. */
export const legalHoldEndpoint: Endpoint = {
  path: '/:id/legal-hold',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      const input = await readJson(req, body)
      return Response.json(await setLegalHold({ id: String(req.routeParams?.id), ...input }, req))
    }),
}
