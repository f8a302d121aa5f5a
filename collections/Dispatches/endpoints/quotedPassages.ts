import type { Endpoint } from 'payload'

import { ownsDispatch } from '../../../src/access/ownership'
import { isDesk, isStaff } from '../../../src/access/roles'
import { handled } from '../../../src/server/problem'
import { quotedPassagesOf } from '../../../src/services/quoteBinding'
import { WorkflowError } from '../../../src/workflow'

/**
 * GET /api/dispatches/:id/quoted-passages — for the body editor: every quoted passage of the
 * working copy, where it stands, and the quote record that holds it with its legal state. The
 * desk and the story's own people only (it describes the working copy).
 */
export const quotedPassagesEndpoint: Endpoint = {
  path: '/:id/quoted-passages',
  method: 'get',
  handler: (req) =>
    handled(req, async () => {
      const id = String(req.routeParams?.id)
      if (!isStaff(req.user)) throw new WorkflowError('ROLE_NOT_ALLOWED', 'Only newsroom staff see the quoted passages of a working copy')
      if (!/^\d+$/.test(id)) throw new WorkflowError('NOT_FOUND', `No dispatch with id ${id}`)
      const working = await req.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
      if (!working || !(isDesk(req.user) || ownsDispatch(req.user, working))) throw new WorkflowError('NOT_FOUND', `No dispatch with id ${id}`)
      return Response.json(await quotedPassagesOf(working.id, req))
    }),
}
