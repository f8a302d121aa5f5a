import type { AfterErrorHook, CollectionBeforeChangeHook } from 'payload'

import { removeStoredFiles, type MediaStore } from '../../../src/media/storage'

/** Notes the names Payload will write the upload under, once it has chosen them. */
export const rememberFilesToWrite: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.file) return data
  const sizes = Object.values((data.sizes ?? {}) as Record<string, { filename?: string | null }>)
  const names = [data.filename, ...sizes.map((size) => size?.filename)].filter((name): name is string => typeof name === 'string' && name.length > 0)
  req.context.mediaFilesWritten = names
  return data
}

/**
 * Payload writes an upload's files before the record (local disk) or in an afterChange hook inside
 * the record's transaction (S3); when the save then fails (a hook refuses, the database or the
 * bucket does), the record is rolled back and the files written so far stayed. They are removed
 * here, unless a stored record names them.
 */
export const removeOrphanFiles =
  (store: MediaStore): AfterErrorHook =>
  async ({ req }) => {
    const names = req.context?.mediaFilesWritten
    if (!Array.isArray(names) || names.length === 0) return
    delete req.context.mediaFilesWritten
    const orphans: string[] = []
    for (const name of names) {
      const { totalDocs } = await req.payload.count({
        collection: 'media-assets',
        where: { or: [{ filename: { equals: name } }, ...SIZE_NAMES.map((size) => ({ [`sizes.${size}.filename`]: { equals: name } }))] },
      })
      if (totalDocs === 0) orphans.push(name)
    }
    try {
      await removeStoredFiles(store, orphans)
    } catch (error) {
      // The save has failed already; its own error is the one the client must see.
      req.payload.logger.error({ err: error, msg: `could not remove the files of a failed upload: ${orphans.join(', ')}` })
    }
  }

const SIZE_NAMES = ['thumbnail', 'card', 'hero'] as const
