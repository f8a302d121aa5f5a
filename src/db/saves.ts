import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { relationId } from '../access/roles'
import type { SaveRecord } from '../concurrency/baseVersion'

/**
 * Returns who stored a document after `since` and when, newest first: its versions saved later
 * (versioned collections; an autosave updated in place counts with its new time), else its row.
 * Inside the caller's transaction, so a save that waited on the row lock sees the one before it.
 */
export async function savesSince(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
  since: string,
): Promise<SaveRecord[]> {
  const slug = collection.slug as CollectionSlug
  if (collection.versions) {
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      where: { and: [{ parent: { equals: id } }, { 'version.updatedAt': { greater_than: since } }] },
      sort: '-updatedAt',
      limit: 50,
      pagination: false,
      req,
    })
    return docs.map((doc) => {
      const version = doc.version as { updatedAt?: string; updatedBy?: unknown }
      return { updatedAt: version.updatedAt ?? doc.updatedAt, savedBy: relationId(version.updatedBy) }
    })
  }
  const stored = (await req.payload.db.findOne({ collection: slug, where: { id: { equals: id } }, req })) as {
    updatedAt?: string
    updatedBy?: unknown
  } | null
  if (!stored?.updatedAt || Date.parse(stored.updatedAt) <= Date.parse(since)) return []
  return [{ updatedAt: stored.updatedAt, savedBy: relationId(stored.updatedBy) }]
}
