import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { WorkflowError } from '../workflow/errors'

/** The error body every Dateline endpoint answers with: `{ errors: [{ code, message, ...extra }] }`. */
export const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response =>
  Response.json({ errors: [{ code, message, ...extra }] }, { status })

/** Returns the response for an error a client caused, or null for a fault of ours (rethrow it). */
export function problemFor(error: unknown): Response | null {
  if (error instanceof WorkflowError) {
    return problem(error.httpStatus, error.code, error.message, error.reasons.length ? { reasons: error.reasons } : {})
  }
  if (error instanceof APIError && error.status < 500) {
    const data = (error.data ?? {}) as { code?: unknown; errors?: unknown }
    const code = typeof data.code === 'string' ? data.code : error.status === 404 ? 'NOT_FOUND' : 'REQUEST_REFUSED'
    return problem(error.status, code, error.message, Array.isArray(data.errors) ? { details: data.errors } : {})
  }
  return null
}

/** Parses a JSON body against a schema; throws INVALID_REQUEST (400) naming each bad field. */
export async function readJson<T extends z.ZodType>(req: PayloadRequest, schema: T): Promise<z.infer<T>> {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    throw new WorkflowError('INVALID_REQUEST', 'The body must be JSON')
  }
  const parsed = schema.safeParse(body ?? {})
  if (!parsed.success) {
    throw new WorkflowError(
      'INVALID_REQUEST',
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
    )
  }
  return parsed.data
}

/** Runs an endpoint body, answering 401 without a user and mapping client errors to problems. */
export async function handled(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  if (!req.user) return problem(401, 'UNAUTHENTICATED', 'Sign in first')
  try {
    return await work()
  } catch (error) {
    const response = problemFor(error)
    if (response) return response
    throw error
  }
}
