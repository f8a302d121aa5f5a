import type { Endpoint, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { z } from 'zod'

import { isCorrespondent, isEditorOrAdmin } from '../../../src/access/roles'
import { HttpError } from '../../../src/errors/HttpError'
import { decodeStoryBytes, isIngestError } from '../../../src/ingest/extract'
import { DuplicateImportError, importStory } from '../../../src/ingest/importStory'

const jsonBody = z.object({ text: z.string({ message: 'text must be the story as a string' }) }).strict()

const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response =>
  Response.json({ errors: [{ code, message, ...extra }] }, { status })

/** Reads the story from a text/plain body or a JSON `{ text }`; throws an HttpError naming what is wrong. */
async function readStoryText(req: PayloadRequest): Promise<string> {
  const type = req.headers.get('content-type') ?? ''
  if (/^text\/plain/i.test(type)) {
    return decodeStoryBytes(new Uint8Array(await req.arrayBuffer!()))
  }
  if (/^application\/json/i.test(type)) {
    const parsed = jsonBody.safeParse(await req.json!())
    if (!parsed.success) {
      throw new HttpError(400, 'INVALID_REQUEST', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '))
    }
    return parsed.data.text
  }
  throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the story as text/plain, or as JSON { "text": "..." }')
}

/** POST /api/dispatches/ingest — editors and correspondents file plain-text copy as a draft. */
export const ingestEndpoint: Endpoint = {
  path: '/ingest',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'UNAUTHENTICATED', 'Sign in to import a story')
    if (!isEditorOrAdmin(req.user) && !isCorrespondent(req.user)) {
      return problem(403, 'ROLE_NOT_ALLOWED', 'Only editors, correspondents and admins import stories')
    }
    let text: string
    try {
      text = await readStoryText(req)
    } catch (error) {
      if (error instanceof HttpError) return problem(error.status, error.code, error.message)
      if (isIngestError(error)) return problem(error.httpStatus, error.code, error.message)
      throw error
    }

    const ownsTransaction = await initTransaction(req)
    try {
      const result = await importStory(text, req)
      if (ownsTransaction) await commitTransaction(req)
      return Response.json(result, { status: 201, headers: { Location: result.dispatch.api } })
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      if (error instanceof DuplicateImportError) {
        return problem(409, error.code, error.message, { existing: error.existing })
      }
      if (isIngestError(error)) return problem(error.httpStatus, error.code, error.message)
      throw error
    }
  },
}
