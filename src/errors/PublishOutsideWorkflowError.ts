import { DatelineError } from './DatelineError'

/** Publishing, unpublishing or changing the live copy of a dispatch other than through the workflow. */
export class PublishOutsideWorkflowError extends DatelineError {
  constructor(message: string) {
    super('PUBLISH_OUTSIDE_WORKFLOW', message, 403)
    this.name = 'PublishOutsideWorkflowError'
  }
}
