import type { Endpoint } from 'payload'
import { z } from 'zod'

import { handled, readJson } from '../../../src/server/problem'
import { transitionDispatch } from '../../../src/services/workflowService'
import { WORKFLOW_STATUSES } from '../../../src/workflow/copyRights'

// `to` is any string here so that an unknown status gets the workflow's own message, naming the
// statuses there are; everything else is checked for shape only, the rules decide the rest.
const body = z
  .object({
    to: z.string({ message: 'to must be the target workflow status' }),
    note: z.string().max(10000).nullish(),
    embargoUntil: z.string().nullish(),
    expectedFrom: z.enum(WORKFLOW_STATUSES).nullish(),
  })
  .strict()

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
