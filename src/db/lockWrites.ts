import { createLocalReq, type Payload } from 'payload'

import { LOCKS } from '../access/documentLocks'
import { mayEdit } from '../access/mayEdit'
import { relationId } from '../access/roles'

type CreateArgs = Parameters<Payload['db']['create']>[0]

/**
 * The admin takes a document's lock by writing the adapter directly (no operation, no hooks,
 * no request) for anyone who opens its edit view: legal reading a story, or a correspondent
 * opening someone else's, would lock its editors out (423). Such a lock is not stored: only
 * users who may edit a document hold its lock. Locks written through the API pass the
 * collection's own hook (documentLocks.ts) instead, which answers 403.
 */
export function guardLockWrites(payload: Payload): void {
  const db = payload.db
  const create = db.create.bind(db)
  db.create = async (args: CreateArgs) => {
    if (args.collection !== LOCKS || args.req) return create(args)
    const data = args.data as { user?: { value?: unknown }; document?: { relationTo?: unknown; value?: unknown } }
    const holder = relationId(data.user?.value)
    const slug = data.document?.relationTo
    const id = relationId(data.document?.value)
    if (holder === null || typeof slug !== 'string' || id === null) return create(args)
    const user = await payload.db.findOne({ collection: 'users', where: { id: { equals: holder } } })
    const req = await createLocalReq({ user: user ? { ...(user as object), collection: 'users' } as never : undefined }, payload)
    if (await mayEdit(req, slug, id)) return create(args)
    return { ...args.data, id: 0 }
  }
}
