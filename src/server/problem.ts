import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { InvalidRequest, Unauthenticated } from '../errors/DatelineError'
import { problemResponse, toProblem } from '../errors/toProblem'

/** The error body every Dateline endpoint answers with: `{ errors: [{ code, message, ...extra }] }`. */
export const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response =>
  Response.json({ errors: [{ ...extra, code, message }] }, { status })

/** Returns the response for an error a client caused, or null for a fault of ours (rethrow it). */
export function problemFor(error: unknown): Response | null {
  const found = toProblem(error)
  return found.fault ? null : problemResponse(found)
}


/** Parses a JSON body against a schema; throws INVALID_REQUEST (400) naming each bad field. */
export async function readJson<T extends z.ZodType>(req: PayloadRequest, schema: T): Promise<z.infer<T>> {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    throw new InvalidRequest('The body must be JSON')
  }
  const parsed = schema.safeParse(body ?? {})
  if (!parsed.success) {
    throw new InvalidRequest(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '))
  }
  return parsed.data
}

/**
 * Runs an endpoint body, answering 401 without a user and mapping client errors to problems;
 * a fault is rethrown to Payload's handler, whose afterError hook answers it (and logs it).
 */
export async function handled(req: PayloadRequest, work: () => Promise<Response>, unauthenticated = 'Sign in first'): Promise<Response> {
  try {
    if (!req.user) throw new Unauthenticated(unauthenticated)
    return await work()
  } catch (error) {
    const response = problemFor(error)
    if (response) {
      req.payload.logger.error({ err: error })
      return response
    }
    throw error
  }
}
