import { z } from 'zod'

/** At most seven days: a preview link is for a review, not a standing door. */
export const MAX_PREVIEW_HOURS = 168

/** `POST /api/dispatches/:id/preview-links` body. */
export const createPreviewLinkBody = z
  .object({
    expiresInHours: z
      .number({ message: 'must be a number of hours' })
      .int({ message: 'must be a whole number of hours' })
      .min(1, { message: 'must be at least 1 hour' })
      .max(MAX_PREVIEW_HOURS, { message: `must be at most ${MAX_PREVIEW_HOURS} hours (7 days)` }),
  })
  .strict()

export type CreatePreviewLinkBody = z.infer<typeof createPreviewLinkBody>
