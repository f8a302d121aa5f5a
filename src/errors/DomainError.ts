import { APIError } from 'payload'

/**
 * A refusal a client caused inside a Payload operation (hook or access), with a stable code.
 * Extends Payload's APIError so REST and GraphQL answer with its status and message, never a 500.
 */
export class DomainError extends APIError<{ code: string }> {
  constructor(
    readonly code: string,
    message: string,
    status: number,
  ) {
    super(message, status, { code }, true)
    this.name = 'DomainError'
  }
}
