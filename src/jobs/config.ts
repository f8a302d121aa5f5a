import type { JobsConfig } from 'payload'

import { isAdmin } from '../access/roles'
import { releaseScheduledDispatchTask } from './releaseTask'
import { autoRun, shouldAutoRun } from './runner'

/**
 * Payload's jobs queue, run inside the server process (see runner.ts). Only the server queues
 * jobs; over HTTP (`/api/payload-jobs/run`) only admins may run or cancel them, and running them
 * early is harmless (each release re-checks its embargo).
 */
export const jobs: JobsConfig = {
  tasks: [releaseScheduledDispatchTask],
  autoRun,
  shouldAutoRun,
  enableConcurrencyControl: true,
  deleteJobOnComplete: false,
  access: {
    run: ({ req }) => isAdmin(req.user),
    queue: () => false,
    cancel: ({ req }) => isAdmin(req.user),
  },
}
