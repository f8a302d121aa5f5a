import type { Payload, Where } from 'payload'

import type { Dispatch, User } from '../../payload-types'
import { relationId } from '../access/roles'
import { audienceOf, composeNotice, recipientAddresses, type Audience, type Notice } from './compose'

type Id = number | string

/** The users a notice goes to, read without a transaction (the change it reports is committed). */
async function audience(payload: Payload, who: Audience, storyId: Id): Promise<User[]> {
  let where: Where
  if (who === 'authors') {
    const story = await payload.findByID({ collection: 'dispatches', id: storyId, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
    if (!story) return []
    const createdBy = relationId((story as Dispatch).createdBy)
    const bylined = ((story as Dispatch).byline ?? []).map((entry) => relationId(entry.correspondent)).filter((id) => id !== null)
    const or: Where[] = []
    if (createdBy !== null) or.push({ id: { equals: createdBy } })
    if (bylined.length) or.push({ correspondent: { in: bylined } })
    if (!or.length) return []
    where = { or }
  } else {
    where = { roles: { in: [who === 'editors' ? 'editor' : 'legal'] } }
  }
  const { docs } = await payload.find({ collection: 'users', where, pagination: false, depth: 0, overrideAccess: true })
  return docs
}

/** Looks up who must hear about the notice and mails them; returns the addresses written to. */
export async function deliverNotice(payload: Payload, notice: Notice, exclude?: string | null): Promise<string[]> {
  const to = recipientAddresses(await audience(payload, audienceOf(notice), notice.story.id), exclude)
  if (!to.length) return []
  const { subject, text } = composeNotice(notice, payload.config.serverURL ?? '')
  await payload.sendEmail({ to, subject, text })
  return to
}

const inFlight = new Set<Promise<unknown>>()

/**
 * Sends a notice in the background. Mail is never allowed to fail a workflow move that has
 * already been committed: a failure is logged for the operators, and the move stands.
 */
export function notify(payload: Payload, notice: Notice, exclude?: string | null): void {
  const sending = deliverNotice(payload, notice, exclude)
    .catch((error: unknown) => {
      payload.logger.error({ err: error, msg: `Could not send the "${notice.kind}" notice for dispatch ${notice.story.id}` })
    })
    .finally(() => inFlight.delete(sending))
  inFlight.add(sending)
}

/** Waits for notices still being sent (shutdown, tests). */
export async function drainNotifications(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight])
}
