import { DatelineError } from './DatelineError'

/**
 * Legal decided on words that no longer stand: the story's text or the quote changed between
 * legal opening it and the click arriving. Nothing is recorded; `details.current` is the hash of
 * what stands now, to read again before deciding.
 */
export class ReviewStaleError extends DatelineError {
  constructor(message: string, details: { reviewed: string; current: string } & Record<string, unknown>) {
    super('REVIEW_STALE', message, 409, details)
    this.name = 'ReviewStaleError'
  }
}
