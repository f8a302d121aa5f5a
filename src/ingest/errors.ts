import { DatelineError } from '../errors/DatelineError'

/** Why a story could not be read: each code is stable so the CLI and the API can map it. */
export type IngestErrorCode = 'EMPTY_INPUT' | 'NOT_TEXT' | 'TOO_LARGE' | 'NO_HEADLINE' | 'EMPTY_CREDIT'

// One status per code, so the ingest endpoint answers the same way every time.
const HTTP_STATUS: Record<IngestErrorCode, number> = {
  EMPTY_INPUT: 400,
  NOT_TEXT: 415,
  TOO_LARGE: 413,
  NO_HEADLINE: 422,
  EMPTY_CREDIT: 422,
}

export class IngestError extends DatelineError {
  declare readonly code: IngestErrorCode

  constructor(code: IngestErrorCode, message: string) {
    super(code, message, HTTP_STATUS[code])
    this.name = 'IngestError'
  }

  /** The status of the code (the same as `status`; kept for callers that read it). */
  get httpStatus(): number {
    return this.status
  }
}

/** Returns true when the value is an IngestError (with the given code, if one is named). */
export function isIngestError(value: unknown, code?: IngestErrorCode): value is IngestError {
  return value instanceof IngestError && (code === undefined || value.code === code)
}
