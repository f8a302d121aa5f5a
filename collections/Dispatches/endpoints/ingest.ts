import type { Endpoint, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { isCorrespondent, isEditorOrAdmin } from '../../../src/access/roles'
import { DatelineError, InvalidRequest } from '../../../src/errors/DatelineError'
import { decodeStoryBytes } from '../../../src/ingest/extract'
import { importStory } from '../../../src/ingest/importStory'
import { handled } from '../../../src/server/problem'
import { ingestJsonBody as jsonBody } from '../../../src/server/requestBodies'


/** Reads the story from a text/plain body or a JSON `{ text }`; throws a DatelineError naming what is wrong. */
async function readStoryText(req: PayloadRequest): Promise<string> {
  const type = req.headers.get('content-type') ?? ''
  if (/^text\/plain/i.test(type)) {
    return decodeStoryBytes(new Uint8Array(await req.arrayBuffer!()))
  }
  if (/^application\/json/i.test(type)) {
    const parsed = jsonBody.safeParse(await req.json!())
    if (!parsed.success) {
      throw new InvalidRequest(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '))
    }
    return parsed.data.text
  }
  throw new DatelineError('UNSUPPORTED_MEDIA_TYPE', 'Send the story as text/plain, or as JSON { "text": "..." }', 415)
}

/** POST /api/dispatches/ingest — editors and correspondents file plain-text copy as a draft. */
export const ingestEndpoint: Endpoint = {
  path: '/ingest',
  method: 'post',
  handler: (req) =>
    handled(
      req,
      async () => {
        if (!isEditorOrAdmin(req.user) && !isCorrespondent(req.user)) {
          throw new DatelineError('ROLE_NOT_ALLOWED', 'Only editors, correspondents and admins import stories', 403)
        }
        const text = await readStoryText(req)
        const ownsTransaction = await initTransaction(req)
        try {
          const result = await importStory(text, req)
          if (ownsTransaction) await commitTransaction(req)
          return Response.json(result, { status: 201, headers: { Location: result.dispatch.api } })
        } catch (error) {
          if (ownsTransaction) await killTransaction(req)
          throw error
        }
      },
      'Sign in to import a story',
    ),
}
