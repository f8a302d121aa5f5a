import fs from 'node:fs/promises'
import path from 'node:path'

import type { AfterErrorHook, CollectionBeforeChangeHook } from 'payload'

/** Notes the names Payload will write the upload under, once it has chosen them. */
export const rememberFilesToWrite: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.file) return data
  const sizes = Object.values((data.sizes ?? {}) as Record<string, { filename?: string | null }>)
  const names = [data.filename, ...sizes.map((size) => size?.filename)].filter((name): name is string => typeof name === 'string' && name.length > 0)
  req.context.mediaFilesWritten = names
  return data
}

/**
 * Payload writes an upload's files before the record; when the save then fails (a hook refuses,
 * the database does), the record is rolled back and the files stayed. They are removed here,
 * unless a stored record names them.
 */
export const removeOrphanFiles =
  (staticDir: string): AfterErrorHook =>
  async ({ req }) => {
    const names = req.context?.mediaFilesWritten
    if (!Array.isArray(names) || names.length === 0) return
    delete req.context.mediaFilesWritten
    const root = path.resolve(staticDir)
    for (const name of names) {
      const file = path.resolve(root, name)
      if (!file.startsWith(root + path.sep)) continue
      const { totalDocs } = await req.payload.count({ collection: 'media-assets', where: { filename: { equals: name } } })
      if (totalDocs === 0) await fs.rm(file, { force: true })
    }
  }
