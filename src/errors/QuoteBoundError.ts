import { DatelineError } from './DatelineError'

/**
 * A quote whose words stand in its story's working copy: it cannot be deleted, moved to another
 * story, or rewritten apart from them. `details.quote` names it.
 */
export class QuoteBoundError extends DatelineError {
  constructor(message: string, quote: number | string | undefined) {
    super('QUOTE_BOUND', message, 409, quote === undefined ? undefined : { quote })
    this.name = 'QuoteBoundError'
  }
}
