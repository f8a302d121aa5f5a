/**
 * The one mapper: turns any error into the HTTP status and body a client gets. REST endpoints
 * (`handled`), the express error handler, Payload's own REST and GraphQL handlers (the
 * `afterError` hook in payloadErrors.ts) and the logger's policy (logging.ts) all ask it, so one
 * error is answered and logged the same way whichever door it came through.
 *
 * A client error (4xx) is ours (DatelineError), one of Payload's refusals (ValidationError,
 * NotFound, Forbidden, QueryError, …), or a database refusing a value the client sent (a bad
 * cast, a malformed JSON path, a value too long or out of range). Everything else is a fault of
 * ours: 500 with a fixed message, never the error's own text.
 */
import { APIError } from 'payload'

import { DatelineError } from './DatelineError'

export type Problem = {
  status: number
  code: string
  /** Printable, names the problem; for a fault a fixed sentence, never the error's own text. */
  message: string
  /** Travels beside code and message (a gate's `reasons`, a duplicate's `existing`). */
  details?: Readonly<Record<string, unknown>>
  /** Payload's own error name and data (a ValidationError's field list, which the admin reads). */
  payloadError?: { name: string; data: unknown }
  /** True for a fault of ours (5xx): logged with its stack at error level. */
  fault: boolean
  /** The error as thrown, for the log. */
  error: unknown
}

export type ProblemBody = { errors: Array<Record<string, unknown> & { code: string; message: string }> }

export const FAULT_MESSAGE = 'Something went wrong.'
const MESSAGE_MAX = 500

/** Shortens a string for a client or a log line, saying how long it was. */
export function bounded(text: string, max = MESSAGE_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`
}

/** Payload's refusals by name: each gets a stable code. */
const PAYLOAD_CODES: Record<string, string> = {
  ValidationError: 'VALIDATION_FAILED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  QueryError: 'INVALID_QUERY',
  UnauthorizedError: 'UNAUTHENTICATED',
  AuthenticationError: 'INVALID_CREDENTIALS',
  LockedAuth: 'ACCOUNT_LOCKED',
  Locked: 'LOCKED',
  UnverifiedEmail: 'EMAIL_UNVERIFIED',
  MissingFile: 'MISSING_FILE',
  FileUploadError: 'UPLOAD_FAILED',
}

const STATUS_CODES: Record<number, string> = {
  400: 'REQUEST_REFUSED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  423: 'LOCKED',
  429: 'TOO_MANY_REQUESTS',
}

const codeForStatus = (status: number): string => STATUS_CODES[status] ?? 'REQUEST_REFUSED'

type Cause = { name?: unknown; message?: unknown; code?: unknown; cause?: unknown; status?: unknown }

/** Returns the error and its causes (drizzle wraps the driver's error in `cause`). */
function chain(error: unknown): Cause[] {
  const found: Cause[] = []
  for (let e: unknown = error; e && typeof e === 'object' && found.length < 5; e = (e as Cause).cause) found.push(e as Cause)
  return found
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A database refusing what the client sent: [status, code, what to tell the client]. */
type DatabaseRefusal = [number, string, string]

// PostgreSQL SQLSTATE classes and codes a client's value or filter can cause.
const PG_CODES: Record<string, [number, string]> = {
  '22001': [400, 'VALUE_TOO_LONG'],
  '22003': [400, 'OUT_OF_RANGE'],
  '54001': [400, 'QUERY_TOO_COMPLEX'],
  '42883': [400, 'INVALID_QUERY'], // operator does not exist: an operator on a field of the wrong type
  '42804': [400, 'INVALID_QUERY'], // datatype mismatch
  '42P18': [400, 'INVALID_QUERY'], // indeterminate datatype
  '23505': [409, 'CONFLICT'],
}

// SQLite (libsql) messages a client's value or filter can cause.
const SQLITE_PATTERNS: Array<[RegExp, number, string]> = [
  [/malformed JSON|bad JSON path|JSON path error|JSON cannot hold BLOB/i, 400, 'INVALID_QUERY'],
  [/string or blob too big|SQLITE_TOOBIG/i, 413, 'VALUE_TOO_LONG'],
  [/too many SQL variables|too many terms in compound SELECT|Expression tree is too large|parser stack overflow|too many arguments on function/i, 400, 'QUERY_TOO_COMPLEX'],
  [/integer overflow|SQLITE_RANGE/i, 400, 'OUT_OF_RANGE'],
]

/** Returns how to answer a database error the client caused, or null when it is a fault. */
function databaseRefusal(error: unknown): DatabaseRefusal | null {
  for (const e of chain(error)) {
    const code = text(e.code)
    const message = text(e.message)
    if (/^[0-9A-Z]{5}$/.test(code) && typeof e.name === 'string' && /error/i.test(e.name) && !message.startsWith('Failed query')) {
      const known = PG_CODES[code]
      // Class 22 is "data exception": a value that is not what the column or operator takes.
      if (known) return [known[0], known[1], message]
      if (code.startsWith('22')) return [400, 'INVALID_VALUE', message]
    }
    if (/SQLITE_BUSY|database is locked/i.test(message)) return null
    for (const [pattern, status, refusal] of SQLITE_PATTERNS) {
      if (pattern.test(message) && !message.startsWith('Failed query')) return [status, refusal, message.replace(/^SQLITE_\w+: /, '')]
    }
  }
  return null
}

const fault = (error: unknown): Problem => ({ status: 500, code: 'INTERNAL', message: FAULT_MESSAGE, fault: true, error })

/** Returns the status, code and message a client gets for `error`. */
export function toProblem(error: unknown): Problem {
  const e = error as Cause & { originalError?: unknown; extensions?: Record<string, unknown> }
  // GraphQL wraps what a resolver threw; an error of its own (a bad document) is the client's.
  if (e && typeof e === 'object' && e.name === 'GraphQLError') {
    if (e.originalError) return toProblem(e.originalError)
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'GRAPHQL_INVALID'
    return { status: 400, code, message: bounded(text(e.message)), fault: false, error }
  }
  if (error instanceof DatelineError) {
    const problem: Problem = { status: error.status, code: error.code, message: bounded(error.message, 2000), fault: error.status >= 500, error }
    if (error.details) problem.details = error.details
    return problem
  }
  const refusal = databaseRefusal(error)
  if (refusal) {
    const [status, code, message] = refusal
    return { status, code, message: bounded(`The database refused the request: ${message}`), fault: false, error }
  }
  if (error instanceof APIError) {
    if (error.status >= 500) return fault(error)
    const data = (error.data ?? undefined) as { code?: unknown } | undefined
    const code = typeof data?.code === 'string' ? data.code : (PAYLOAD_CODES[error.name] ?? codeForStatus(error.status))
    const problem: Problem = { status: error.status, code, message: bounded(error.message, 2000), fault: false, error }
    if (data !== undefined) problem.payloadError = { name: error.name, data }
    return problem
  }
  // http-errors (express, body parsers): `expose` marks a message meant for the client.
  const exposed = error as { expose?: unknown; status?: unknown; statusCode?: unknown; message?: unknown }
  const status = Number(exposed?.status ?? exposed?.statusCode)
  if (exposed?.expose === true && status >= 400 && status < 500) {
    return { status, code: codeForStatus(status), message: bounded(text(exposed.message)), fault: false, error }
  }
  // express's router could not decode a path parameter (`/slug/%ED%A0%80`).
  if (error instanceof URIError) {
    return { status: 400, code: 'MALFORMED_URL', message: bounded(`The URL is not valid percent-encoded UTF-8: ${error.message}`), fault: false, error }
  }
  // busboy, reading a multipart or form body the client malformed.
  if (error instanceof Error && /^(Malformed part header|Unexpected end of form|Malformed urlencoded form|Multipart: Boundary not found|Unexpected end of multipart data)/.test(error.message)) {
    return { status: 400, code: 'MALFORMED_BODY', message: bounded(`The request body could not be read: ${error.message}`), fault: false, error }
  }
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return { status: 400, code: 'MALFORMED_JSON', message: bounded(`Malformed JSON body: ${error.message}`), fault: false, error }
  }
  // SQLite still locked after the busy policy's budget (src/db/busy.ts), or PostgreSQL's row lock
  // not had within its wait (55P03 lock_not_available, src/db/locks.ts): the client may retry.
  if (chain(error).some((e) => /SQLITE_BUSY|database is locked/i.test(text(e.message)) || text(e.code).startsWith('SQLITE_BUSY') || text(e.code) === '55P03')) {
    return { status: 503, code: 'DATABASE_BUSY', message: 'The database was busy and nothing was saved; try again.', fault: true, error }
  }
  return fault(error)
}

/** Returns the body entry of a problem: code and message, its details, and Payload's name and data. */
export function problemEntry(problem: Problem): ProblemBody['errors'][number] {
  return {
    ...(problem.payloadError && { name: problem.payloadError.name, data: problem.payloadError.data }),
    ...problem.details,
    code: problem.code,
    message: problem.message,
  }
}

/** Returns the JSON body every Dateline error answer has: `{ errors: [{ code, message, ... }] }`. */
export const problemBody = (problem: Problem): ProblemBody => ({ errors: [problemEntry(problem)] })

/** Returns the WHATWG Response for an error (REST endpoints). */
export const problemResponse = (problem: Problem): Response => Response.json(problemBody(problem), { status: problem.status })
