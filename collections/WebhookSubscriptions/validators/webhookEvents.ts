import type { SelectFieldManyValidation } from 'payload'

import { isWebhookEvent, WEBHOOK_EVENTS } from '../../../src/webhooks/events'

/** At least one event, each one Dateline sends. */
export const validateWebhookEvents: SelectFieldManyValidation = (value) => {
  const events: unknown[] = Array.isArray(value) ? value : value == null ? [] : [value]
  if (events.length === 0) return `Choose at least one event: ${WEBHOOK_EVENTS.join(', ')}`
  const unknown = events.filter((event) => !isWebhookEvent(event))
  if (unknown.length > 0) return `Unknown event ${unknown.map((e) => JSON.stringify(e)).join(', ')}; events are ${WEBHOOK_EVENTS.join(', ')}`
  return true
}
