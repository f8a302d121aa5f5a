import type { TaskConfig } from 'payload'

import { RELEASE_TASK, releaseKey, type ReleaseJobInput } from '../services/records'
import { releaseScheduledDispatch, type ReleaseOutcome } from '../services/scheduledRelease'

/**
 * `releaseScheduledDispatch`: queued by the schedule move with `waitUntil` = the embargo. Payload's
 * own scheduled publishing (`versions.drafts.schedulePublish`) is not used: it writes
 * `_status: 'published'` directly, past the publish gate and the audit log.
 */
export const releaseScheduledDispatchTask: TaskConfig<{ input: ReleaseJobInput; output: { outcome: ReleaseOutcome } }> = {
  slug: RELEASE_TASK,
  label: 'Release a scheduled dispatch at its embargo',
  inputSchema: [
    { name: 'dispatchId', type: 'text', required: true },
    { name: 'embargoUntil', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  // A database hiccup at the embargo must not lose the release: try again shortly.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  // One pending release per story: scheduling again replaces the job queued before.
  concurrency: { key: ({ input }) => releaseKey(input.dispatchId), exclusive: true, supersedes: true },
  handler: async ({ input, req }) => ({ output: { outcome: await releaseScheduledDispatch(input, req) } }),
}
