import type { CollectionBeforeValidateHook, CollectionSlug, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import { slugify } from 'payload/shared'

/**
 * Fills an empty `slug` from another field before validation. Payload's `slugField` generates
 * the slug in a beforeChange field hook that races the slug's own `required` validation (fields
 * run in parallel), so a create without a slug, e.g. `POST /api/correspondents {name}`, would
 * fail with "Slug is invalid" although the slug can be derived. The slug generator also crashes
 * (a 500) on a source value that is not text, so that is refused here with a 400. A derived
 * slug is kept to a readable length and made unique ("-2", "-3") so that two stories with the
 * same headline can both be filed.
 */
export const fillSlugFrom =
  (source: string): CollectionBeforeValidateHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!data) return data
    const value: unknown = data[source]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new ValidationError(
        { collection: collection.slug, errors: [{ path: source, message: `"${source}" must be text` }] },
        req.t,
      )
    }
    if (data.slug || originalDoc?.slug) return data
    if (typeof value === 'string' && value.trim() !== '') {
      data.slug = await uniqueSlug(collection.slug as CollectionSlug, shorten(slugify(value) ?? ''), req)
    }
    return data
  }

const MAX_SLUG = 80

/** Cuts a slug at the last whole word within MAX_SLUG characters. */
function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug
  const cut = slug.slice(0, MAX_SLUG)
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG)
}

async function uniqueSlug(collection: CollectionSlug, base: string, req: PayloadRequest): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection,
      where: { slug: { equals: candidate } },
      req,
      overrideAccess: true,
    })
    if (totalDocs === 0) return candidate
  }
}
