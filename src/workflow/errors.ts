import { DatelineError } from '../errors/DatelineError'

/**
 * Why the workflow refused something. Codes are part of the API contract (clients branch on
 * them), so each maps to exactly one HTTP status and the table below is the only place it does.
 */
export const WORKFLOW_ERROR_STATUS = {
  TRANSITION_NOT_ALLOWED: 409,
  ROLE_NOT_ALLOWED: 403,
  NOTE_REQUIRED: 400,
  QUOTE_NOT_CLEARED: 409,
  LEGAL_HOLD: 409,
  MEDIA_NOT_READY: 409,
  BYLINE_EMPTY: 409,
  EMBARGO_INVALID: 400,
  STALE_STATE: 409,
  INVALID_REQUEST: 400,
  /** Legal reviews only quotes marked sensitive; the others need no sign-off. */
  QUOTE_NOT_SENSITIVE: 409,
  /** The story's text needs legal's approval (flagged passages, or legal asked to read it). */
  LEGAL_READ_REQUIRED: 409,
  /** Legal reviews the text only of a story that needs a read. */
  LEGAL_READ_NOT_REQUIRED: 409,
  NOT_FOUND: 404,
} as const

export type WorkflowErrorCode = keyof typeof WORKFLOW_ERROR_STATUS

/** The codes the publish gate can give; each failure names what blocks and why. */
export type GateFailureCode = Extract<
  WorkflowErrorCode,
  'LEGAL_HOLD' | 'QUOTE_NOT_CLEARED' | 'LEGAL_READ_REQUIRED' | 'MEDIA_NOT_READY' | 'BYLINE_EMPTY'
>

export type GateFailure = {
  code: GateFailureCode
  /** Printable for the desk: names the quote or asset, so nobody has to hunt for it. */
  message: string
  /** Which record blocks, so the admin can link to it; absent for dispatch-wide reasons. */
  subject?: { kind: 'quote' | 'media' | 'legal_read'; id: string | number }
}

export class WorkflowError extends DatelineError {
  declare readonly code: WorkflowErrorCode

  constructor(
    code: WorkflowErrorCode,
    message: string,
    /** Every gate failure, not just the first: the desk fixes them in one pass. */
    readonly reasons: readonly GateFailure[] = [],
  ) {
    super(code, message, WORKFLOW_ERROR_STATUS[code], reasons.length ? { reasons } : undefined)
    this.name = 'WorkflowError'
  }

  /** The status of the code (the same as `status`; kept for callers that read it). */
  get httpStatus(): number {
    return this.status
  }

  /** Returns the body a client gets: code, message and reasons, never a stack. */
  toJSON(): { code: WorkflowErrorCode; message: string; reasons: readonly GateFailure[] } {
    return { code: this.code, message: this.message, reasons: this.reasons }
  }
}

