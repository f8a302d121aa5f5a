import type { CollectionSlug, Endpoint, PayloadHandler, SanitizedConfig } from 'payload'
import { NotFound } from 'payload'

import { isNumericId } from '../hooks/rejectMalformedId'

/** Collections whose documents some callers may not know exist (drafts, hidden quotes, pictures). */
const HIDDEN_ROWS: readonly CollectionSlug[] = ['dispatches', 'quotes', 'media-assets']

/**
 * `POST /api/<slug>/access/:id` answers what the caller may do with a document. For a document
 * they may not read, Payload described its fields (200), while a missing id is a 404: whether a
 * draft or a hidden quote exists leaked to anyone. A document the caller cannot read now gets the
 * missing id's answer.
 */
const notFoundUnlessReadable =
  (slug: CollectionSlug, original: PayloadHandler): PayloadHandler =>
  async (req) => {
    const id = req.routeParams?.id
    if (id !== undefined && id !== null && id !== '') {
      if (req.payload.db.defaultIDType === 'number' && !isNumericId(id)) throw new NotFound(req.t)
      const { totalDocs } = await req.payload.count({
        collection: slug,
        where: { id: { equals: id } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (totalDocs === 0) throw new NotFound(req.t)
    }
    return original(req)
  }

/** Puts the rule above on the built-in access endpoint of each collection with hidden rows. */
export function withoutDocAccessOracle(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!HIDDEN_ROWS.includes(collection.slug as CollectionSlug) || !Array.isArray(collection.endpoints)) continue
    collection.endpoints = collection.endpoints.map((endpoint: Endpoint) =>
      endpoint.path === '/access/:id?' && endpoint.method === 'post'
        ? { ...endpoint, handler: notFoundUnlessReadable(collection.slug as CollectionSlug, endpoint.handler) }
        : endpoint,
    )
  }
  return config
}
