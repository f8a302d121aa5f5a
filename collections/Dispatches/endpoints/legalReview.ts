import type { Endpoint } from 'payload'

import { handled, readJson } from '../../../src/server/problem'
import { legalReadBody, legalReviewBody } from '../../../src/server/requestBodies'
import { legalReviewFor, requireLegalRead, reviewStory } from '../../../src/services/legalRead'
import { legalQueueFor } from '../../../src/services/legalQueue'

const idOf = (req: Parameters<Endpoint['handler']>[0]): string => String(req.routeParams?.id)

/** POST /api/dispatches/:id/legal-review — legal approves or rejects the story's text as it stands now. */
export const legalReviewEndpoint: Endpoint = {
  path: '/:id/legal-review',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      const input = await readJson(req, legalReviewBody)
      return Response.json(await reviewStory({ id: idOf(req), ...input }, req))
    }),
}

/** GET /api/dispatches/:id/legal-review — the read's status, flagged passages and the word diff since legal's approval (the desk). */
export const legalReviewStateEndpoint: Endpoint = {
  path: '/:id/legal-review',
  method: 'get',
  handler: (req) => handled(req, async () => Response.json(await legalReviewFor(idOf(req), req))),
}

/** POST /api/dispatches/:id/legal-read — legal asks for a read of the whole story, or drops the request. */
export const legalReadEndpoint: Endpoint = {
  path: '/:id/legal-read',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      const input = await readJson(req, legalReadBody)
      return Response.json(await requireLegalRead({ id: idOf(req), ...input }, req))
    }),
}

/** GET /api/dispatches/legal-queue — the stories legal's queue lists (a read pending, a seal broken) and the dashboard's counts. */
export const legalQueueEndpoint: Endpoint = {
  path: '/legal-queue',
  method: 'get',
  handler: (req) => handled(req, async () => Response.json(await legalQueueFor(req))),
}
