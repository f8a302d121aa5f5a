import { DatelineError } from './DatelineError'

/** The embargo of a scheduled dispatch changes only by unscheduling and scheduling again. */
export class EmbargoLockedError extends DatelineError {
  constructor(message: string) {
    super('EMBARGO_LOCKED', message, 409)
    this.name = 'EmbargoLockedError'
  }
}
