import type { Endpoint } from 'payload'

import { isAdmin } from '../../../src/access/roles'
import { isNumericId } from '../../../src/hooks/rejectMalformedId'
import { handled, problem } from '../../../src/server/problem'
import { deliveryStore } from '../../../src/webhooks/store'

/** POST /api/webhook-deliveries/:id/redeliver — admins queue a delivered or failed delivery again, same id and body. */
export const redeliverEndpoint: Endpoint = {
  path: '/:id/redeliver',
  method: 'post',
  handler: (req) =>
    handled(req, async () => {
      if (!isAdmin(req.user)) return problem(403, 'ADMIN_ONLY', 'Only admins redeliver webhooks')
      const id = String(req.routeParams?.id)
      if (!isNumericId(id)) return problem(404, 'NOT_FOUND', `No webhook delivery with id ${id}`)
      const result = await deliveryStore(req.payload).requeue(Number(id), new Date())
      if (result === 'missing') return problem(404, 'NOT_FOUND', `No webhook delivery with id ${id}`)
      if (result === 'pending') {
        return problem(409, 'DELIVERY_PENDING', 'This delivery is already queued; it can be redelivered once it is delivered or failed')
      }
      const doc = await req.payload.findByID({ collection: 'webhook-deliveries', id, depth: 0, overrideAccess: false, user: req.user })
      return Response.json(doc, { status: 202 })
    }),
}
