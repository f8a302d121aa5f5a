/** The events a webhook subscription can ask for (DESIGN.md "Public delivery"). */
export const WEBHOOK_EVENTS = ['dispatch.published', 'dispatch.updated', 'dispatch.withdrawn'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

/** A CDN purge (PURGE_URL): rides the same outbox as webhooks, without a subscription. */
export const PURGE_EVENT = 'cdn.purge'
/** What a delivery in the outbox can carry. */
export const DELIVERY_EVENTS = [...WEBHOOK_EVENTS, PURGE_EVENT] as const

/** Returns true for a known event name. */
export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value)

/** What a dispatch save looked like to an afterChange hook. */
export type DispatchSave = {
  operation: 'create' | 'update'
  /** The working copy before the save (Payload's latest version), if any. */
  before: { workflowStatus?: string | null } | null | undefined
  /** The saved document: `_status` is `published` only when the main row (the live copy) was written as published. */
  after: { _status?: string | null; workflowStatus?: string | null }
}

/**
 * Returns the event a save of a dispatch announces, or null. A save that writes the main row as
 * published is a publish when the story was not `published` in the workflow before (first
 * publish, republish after a correction, scheduled release) and an update of the live copy
 * otherwise; a save that moves a story to `withdrawn` takes the live copy down. Draft saves
 * (`_status: draft`) never touch what is live.
 */
export function webhookEventForSave({ operation, before, after }: DispatchSave): WebhookEvent | null {
  const previous = operation === 'update' ? (before?.workflowStatus ?? null) : null
  if (after._status === 'published') {
    return after.workflowStatus === 'published' && previous !== 'published' ? 'dispatch.published' : 'dispatch.updated'
  }
  if (after.workflowStatus === 'withdrawn' && previous !== 'withdrawn') return 'dispatch.withdrawn'
  return null
}

/** Returns the event a deletion announces: a live story that is deleted is withdrawn from the public. */
export const webhookEventForDelete = (doc: { _status?: string | null }): WebhookEvent | null =>
  doc._status === 'published' ? 'dispatch.withdrawn' : null

export type DeliveryBody = {
  id: string
  event: WebhookEvent
  at: string
  dispatch: { id: number | string; slug: string | null; headline: string }
}

/** Returns the exact JSON body of a delivery; it is stored with the delivery so every (re)send carries the same bytes. */
export function deliveryBody(input: DeliveryBody): string {
  const { id, event, at, dispatch } = input
  return JSON.stringify({ id, event, at, dispatch: { id: dispatch.id, slug: dispatch.slug, headline: dispatch.headline } })
}
