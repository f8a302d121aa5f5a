import { DatelineError } from './DatelineError'

/**
 * A save that would put words a lawyer has not read in front of readers past the publish gate:
 * quoted speech or a passage for legal typed into a picture or a correspondent readers see.
 * `details` name the record, each finding (field, kind, words) and the live stories showing it.
 */
export class LegalReviewRequiredError extends DatelineError {
  constructor(message: string, details: Record<string, unknown>) {
    super('LEGAL_REVIEW_REQUIRED', message, 409, details)
    this.name = 'LegalReviewRequiredError'
  }
}
