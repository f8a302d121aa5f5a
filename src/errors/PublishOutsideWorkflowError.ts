import { DomainError } from './DomainError'

/** Publishing, unpublishing or changing the live copy of a dispatch other than through the workflow. */
export class PublishOutsideWorkflowError extends DomainError {
  constructor(message: string) {
    super('PUBLISH_OUTSIDE_WORKFLOW', message, 403)
  }
}
