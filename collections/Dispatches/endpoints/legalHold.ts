import type { Endpoint } from 'payload'

import { handled, readJson } from '../../../src/server/problem'
import { legalHoldBody as body } from '../../../src/server/requestBodies'
import { setLegalHold } from '../../../src/services/workflowService'

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
