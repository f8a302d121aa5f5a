import { DatelineError } from './DatelineError'

/** Lowering a quote's sensitivity (or deleting a sensitive quote) is for legal and admins only. */
export class LegalFlagLockedError extends DatelineError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('LEGAL_FLAG_LOCKED', message, 403, details)
    this.name = 'LegalFlagLockedError'
  }
}
