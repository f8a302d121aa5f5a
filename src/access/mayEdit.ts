import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { copyEditRefusal, type WorkflowStatus } from '../workflow/copyRights'

/**
 * Returns true when `req.user` may save the document: the collection's own update rule (a
 * `Where` is checked against the document), and for a dispatch the copy rights of its working
 * copy's status (a correspondent's end at submission). The same answer a save would get.
 */
export async function mayEdit(req: PayloadRequest, slug: string, id: unknown): Promise<boolean> {
  const user = req.user
  const collection = req.payload.collections[slug as CollectionSlug]?.config
  if (!user || !collection || (typeof id !== 'number' && typeof id !== 'string')) return false
  const rule = collection.access.update
  // Ids are numbers on SQLite and PostgreSQL, strings on MongoDB; the rule takes either as the id type.
  const verdict: boolean | Where = rule ? await rule({ req, id: id as number }) : true
  if (verdict === false) return false
  if (verdict !== true) {
    const { totalDocs } = await req.payload.count({
      collection: slug as CollectionSlug,
      where: { and: [{ id: { equals: id } }, verdict] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return false
  }
  if (slug !== 'dispatches') return true
  const working = await req.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!working) return false
  return copyEditRefusal(user.roles ?? [], working.workflowStatus as WorkflowStatus) === null
}
