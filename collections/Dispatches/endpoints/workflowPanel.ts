import type { Endpoint } from 'payload'

import { handled } from '../../../src/server/problem'
import { workflowPanelFor } from '../../../src/services/workflowPanel'

/**
 * GET /api/dispatches/:id/workflow — for the admin's workflow panel: the status, the moves this
 * user may make, and every reason the story may not publish now.
 */
export const workflowPanelEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: (req) => handled(req, async () => Response.json(await workflowPanelFor(String(req.routeParams?.id), req))),
}
