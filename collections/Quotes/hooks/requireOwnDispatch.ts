import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { ownsDispatch } from '../../../src/access/ownership'
import { isEditorOrAdmin, relationId } from '../../../src/access/roles'

/** A correspondent may attach quotes only to a dispatch they own. */
export const requireOwnDispatch: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || isEditorOrAdmin(req.user)) return data
  const dispatchId = relationId(data.dispatch ?? originalDoc?.dispatch)
  if (dispatchId === null) return data
  const dispatch = await req.payload
    .findByID({ collection: 'dispatches', id: dispatchId, depth: 0, draft: true, req, disableErrors: true })
    .catch(() => null)
  if (!ownsDispatch(req.user, dispatch)) throw new Forbidden(req.t)
  return data
}
