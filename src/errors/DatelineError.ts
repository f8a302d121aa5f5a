/**
 * The one error family: a refusal a client caused, with a stable `code` (clients branch on it),
 * the HTTP `status` it maps to, a message naming the problem, and optional `details` that travel
 * to the client beside the code (a gate's `reasons`, a duplicate's `existing`). Framework-free, so
 * domain folders (src/workflow, src/ingest) throw it; src/errors/toProblem.ts turns it, and
 * every error Payload or a database gives for bad input, into the answer REST and GraphQL send.
 */
export class DatelineError extends Error {
  /** Payload's handlers show the message of a public error (isErrorPublic). */
  readonly isPublic = true

  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message)
    this.name = 'DatelineError'
  }

  /** What Payload's own handlers copy into `data` (REST errors, GraphQL `extensions.data`). */
  get data(): Record<string, unknown> & { code: string } {
    return { code: this.code, ...this.details }
  }

  /** Returns the body entry a client gets: code, message and details, never a stack. */
  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.details }
  }
}

/** No signed-in user where one is needed: 401 UNAUTHENTICATED, the same over REST and GraphQL. */
export class Unauthenticated extends DatelineError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message, 401)
    this.name = 'Unauthenticated'
  }
}

/** A request the server cannot read (bad JSON, a field of the wrong shape): 400 INVALID_REQUEST. */
export class InvalidRequest extends DatelineError {
  constructor(message: string, code = 'INVALID_REQUEST', details?: Record<string, unknown>) {
    super(code, message, 400, details)
    this.name = 'InvalidRequest'
  }
}
