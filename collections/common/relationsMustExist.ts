import type { CollectionSlug, RelationshipField, UploadField, Validate } from 'payload'
import { relationship, upload } from 'payload/shared'

import { relationId } from '../../src/access/roles'

type RelationValidate = Validate<unknown, unknown, unknown, RelationshipField | UploadField>

/**
 * Payload's relationship validation checks the shape of an id, not that the document exists; a
 * missing one then fails the database's foreign key and the client gets a 500. This answers a
 * 400 naming the field instead. Single-collection relationships only.
 */
export const relationsMustExist: RelationValidate = async (value, options) => {
  const payloadCheck = (options.type === 'upload' ? upload : relationship) as RelationValidate
  const shape = await payloadCheck(value, options)
  if (shape !== true) return shape
  if (value === null || value === undefined || typeof options.relationTo !== 'string') return true
  const ids = (Array.isArray(value) ? value : [value]).map(relationId).filter((id) => id !== null)
  if (ids.length === 0) return true
  const unique = [...new Set(ids.map(String))]
  // Server code that has just written or read these documents in the same transaction (copy
  // intake) says so, and is spared a query per relation. Clients cannot set the context.
  const known = options.req.context.existingIds?.[options.relationTo]
  if (known && unique.every((id) => known.some((k) => String(k) === id))) return true
  const { totalDocs } = await options.req.payload.count({
    collection: options.relationTo as CollectionSlug,
    where: { id: { in: unique } },
    req: options.req,
    overrideAccess: true,
  })
  return totalDocs === unique.length ? true : `No ${options.relationTo} with this id exists`
}
