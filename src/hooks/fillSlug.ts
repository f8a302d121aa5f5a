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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Returns `base`, or `base-N` with N one above the highest suffix already taken. One query
 * whatever the number of namesakes: probing "-2", "-3"… in turn made the thousandth story with
 * the same headline cost a thousand queries.
 */
async function uniqueSlug(collection: CollectionSlug, base: string, req: PayloadRequest): Promise<string> {
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { contains: base } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    draft: false,
    req,
    overrideAccess: true,
  })
  const namesake = new RegExp(`^${escapeRegExp(base)}(?:-(\\d+))?$`)
  let highest = 0
  for (const doc of docs as Array<{ slug?: string | null }>) {
    const match = namesake.exec(doc.slug ?? '')
    if (match) highest = Math.max(highest, match[1] ? Number(match[1]) : 1)
  }
  return highest === 0 ? base : `${base}-${highest + 1}`
}
