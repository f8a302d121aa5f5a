import fs from 'node:fs/promises'

import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'
import sharp from 'sharp'

import { ALLOWED_MIME_TYPES } from '../../../src/media/allowedTypes'

const refuse = (req: PayloadRequest, message: string): never => {
  throw new ValidationError({ collection: 'media-assets', errors: [{ path: 'file', message }] }, req.t)
}

/** The first bytes of an upload, wherever Payload keeps it (in memory, or a temp file). */
async function headOf(file: NonNullable<PayloadRequest['file']>): Promise<Uint8Array | null> {
  if (file.data && file.data.length > 0) return file.data
  if (!file.tempFilePath) return null
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * An upload is stored as what its bytes are, not what its name says: the type is sniffed from
 * the content (a JPEG that is also an HTML page, named poly.html, is stored as poly.jpg and served
 * as image/jpeg), anything not on the allowed list is refused, and an image must decode in full
 * before anything is written, so a corrupt one fails here (400) instead of leaving its original
 * on disk when the resize fails.
 */
export const storeUnderSniffedType: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const head = await headOf(file)
  const sniffed = head ? await fileTypeFromBuffer(head) : undefined
  if (!sniffed || !ALLOWED_MIME_TYPES.includes(sniffed.mime)) {
    refuse(req, `File type ${sniffed ? sniffed.mime : 'unknown'} (from the file's content) is not allowed; upload a raster image, or common video or audio`)
  }
  const type = sniffed!
  if (type.mime.startsWith('image/')) {
    const input = file.data && file.data.length > 0 ? file.data : file.tempFilePath!
    try {
      await sharp(input, { failOn: 'truncated', animated: true }).stats()
    } catch {
      refuse(req, `The image could not be read in full (${type.mime}); it looks truncated or corrupt`)
    }
  }
  const base = file.name.replace(/\.[^./\\]*$/, '') || 'upload'
  file.name = `${base}.${type.ext}`
  file.mimetype = type.mime
  return args
}
