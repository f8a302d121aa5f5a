import { DomainError } from './DomainError'

/** The embargo of a scheduled dispatch changes only by unscheduling and scheduling again. */
export class EmbargoLockedError extends DomainError {
  constructor(message: string) {
    super('EMBARGO_LOCKED', message, 409)
  }
}
