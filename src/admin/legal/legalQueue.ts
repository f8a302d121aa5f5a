/** The Legal queue's rows: pending sensitive quotes with what a lawyer needs to decide. */
import type { Where } from 'payload'

import type { Dispatch, Quote } from '../../../payload-types'
import { relationId } from '../../access/roles'

export type QueueItem = {
  id: number
  text: string
  speaker: string
  reasons: string[]
  context: string | null
  dispatch: { id: number; headline: string; status: string | null } | null
}

/** The quotes waiting for legal: sensitive and pending (a changed approved quote is pending again). */
export const pendingLegalWhere: Where = {
  and: [{ sensitive: { equals: true } }, { 'legal.status': { equals: 'pending' } }],
}

/** Returns who said it as the desk recorded it, e.g. "Aisha (anonymous) — a woman who fled Raqqa". */
export function speakerLine(speaker: Quote['speaker']): string {
  const name = speaker?.name?.trim() || 'Unnamed speaker'
  const anonymous = speaker?.isAnonymous ? ' (anonymous)' : ''
  const description = speaker?.description?.trim() ? ` — ${speaker.description.trim()}` : ''
  return `${name}${anonymous}${description}`
}

type StoryFacts = Pick<Dispatch, 'id' | 'headline' | 'workflowStatus'>

/**
 * Returns one queue row for a quote, with its story from `stories` (working copies, read by the
 * reviewer: the quote's populated dispatch would be the live row, whose status may be old).
 */
export function toQueueItem(quote: Quote, stories: ReadonlyMap<string, StoryFacts>): QueueItem {
  const dispatch = stories.get(String(relationId(quote.dispatch))) ?? null
  return {
    id: quote.id,
    text: quote.text,
    speaker: speakerLine(quote.speaker),
    reasons: quote.sensitivityReasons ?? [],
    context: quote.context?.trim() || null,
    dispatch: dispatch ? { id: dispatch.id, headline: dispatch.headline, status: dispatch.workflowStatus ?? null } : null,
  }
}
