import { DatelineError } from './DatelineError'

/** The user's role may not change this copy in its current workflow status. */
export class CopyLockedError extends DatelineError {
  constructor(message: string) {
    super('COPY_LOCKED', message, 403)
    this.name = 'CopyLockedError'
  }
}
