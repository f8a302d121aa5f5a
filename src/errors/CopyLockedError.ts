import { DomainError } from './DomainError'

/** The user's role may not change this copy in its current workflow status. */
export class CopyLockedError extends DomainError {
  constructor(message: string) {
    super('COPY_LOCKED', message, 403)
  }
}
