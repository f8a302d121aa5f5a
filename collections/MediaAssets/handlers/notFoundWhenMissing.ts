import fs from 'node:fs/promises'
import path from 'node:path'
import type { UploadConfig } from 'payload'
import { NotFound } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Answers 404 for a file URL whose file is not on local disk. Payload answers such a request
 * from a staff member (whose access skips the database lookup) with a 500. Local storage only:
 * with S3 storage configured, this handler must not be installed.
 */
export const notFoundWhenMissing =
  (staticDir: string): UploadHandler =>
  async (req, { params }) => {
    const root = path.resolve(staticDir)
    const file = path.resolve(root, params.filename)
    if (!file.startsWith(root + path.sep)) return
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    )
    if (!exists) throw new NotFound(req.t)
  }
