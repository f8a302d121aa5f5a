import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { holdPictureFileForLegal, holdPublicTextForLegal } from '../services/publicText'

/**
 * Pictures and correspondents are records of their own, shared by stories and edited outside
 * their versions; what readers see of them changes the moment they are saved. This runs last in
 * `beforeChange`, so every door that saves one with a user — REST, GraphQL, the admin (and its
 * form-data upload), bulk PATCH by `where` (Payload runs it per document), the Local API with a
 * user — refuses words legal has not read before anything is written.
 */
const plain = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Returns `sent` read over `stored`, group by group. */
function over(stored: Record<string, unknown>, sent: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...stored }
  for (const [key, value] of Object.entries(sent)) out[key] = plain(value) && plain(stored[key]) ? over(stored[key], value) : value
  return out
}

export const holdPublicTextForLegalHook =
  (collection: 'media-assets' | 'correspondents'): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const before = operation === 'update' ? (originalDoc ?? null) : null
    // On update `data` holds what was sent (a group may come in part): read it over the stored record.
    const after = operation === 'update' ? over(originalDoc ?? {}, data) : data
    await holdPublicTextForLegal(collection, operation === 'update' ? originalDoc?.id : undefined, before, after, req)
    if (collection === 'media-assets' && operation === 'update' && originalDoc?.id !== undefined) {
      // An upload was refused before (refuseLivePictureFile); a save may still name another stored file.
      const renamed = typeof data.filename === 'string' && data.filename !== originalDoc.filename
      await holdPictureFileForLegal(originalDoc.id, renamed, req)
    }
    return data
  }

/**
 * A new file for a picture a live story shows is refused before Payload touches the stored files:
 * Payload deletes the old file (and its sizes) before any `beforeChange` hook runs, so a refusal
 * there would leave readers with no picture at all.
 */
export const refuseLivePictureFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const id = (args as { id?: unknown }).id
  if (operation !== 'update' || (typeof id !== 'number' && typeof id !== 'string')) return args
  await holdPictureFileForLegal(id, await remakesPicture(id, args as { file?: unknown; data?: unknown }, req), req)
  return args
}

/**
 * Returns true when the save gives the picture another image: a new file, or an edit Payload
 * makes from the stored file (a crop, a new size, a moved focal point: the sizes readers get
 * are cut again, and a crop can take a person in or out of the picture).
 */
async function remakesPicture(id: number | string, args: { file?: unknown; data?: unknown }, req: PayloadRequest): Promise<boolean> {
  if (req.file || args.file) return true
  const edits = (req.query as { uploadEdits?: { crop?: unknown; heightInPixels?: unknown; widthInPixels?: unknown; focalPoint?: { x?: unknown; y?: unknown } } } | undefined)?.uploadEdits
  if (edits && typeof edits === 'object' && (edits.crop || edits.heightInPixels || edits.widthInPixels)) return true
  const data = (plain(args.data) ? args.data : {}) as { focalX?: unknown; focalY?: unknown }
  const focal = { x: edits?.focalPoint?.x ?? data.focalX, y: edits?.focalPoint?.y ?? data.focalY }
  if (focal.x === undefined && focal.y === undefined) return false
  const stored = await req.payload.findByID({ collection: 'media-assets', id, depth: 0, overrideAccess: true, disableErrors: true, select: { focalX: true, focalY: true }, req })
  if (!stored) return false
  const moved = (sent: unknown, had: number | null | undefined): boolean => sent !== undefined && sent !== null && Number(sent) !== (had ?? 50)
  return moved(focal.x, stored.focalX) || moved(focal.y, stored.focalY)
}
