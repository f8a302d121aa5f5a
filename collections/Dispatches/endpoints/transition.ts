import type { Endpoint } from 'payload'

import { handled, readJson } from '../../../src/server/problem'
import { transitionBody as body } from '../../../src/server/requestBodies'
import { transitionDispatch } from '../../../src/services/workflowService'

/** POST /api/dispatches/:id/transition — the one way a dispatch changes workflow status. */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      const input = await readJson(req, body)
      const dispatch = await transitionDispatch({ id: String(req.routeParams?.id), ...input }, req)
      return Response.json(dispatch)
    }),
}
