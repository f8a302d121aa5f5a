import type { Payload, PayloadRequest, Where } from 'payload'

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

type Session = { resolve: () => Promise<void>; reject: () => Promise<void> }
type SessionAdapter = { sessions?: Record<string, Session> }
const AFTER_COMMIT = Symbol('dateline.afterCommit')
type WithCallbacks = Session & { [AFTER_COMMIT]?: Array<() => void> }

/**
 * Runs `callback` once the request's transaction has committed, and never if it rolls back;
 * at once when there is no transaction. Payload has no after-commit hook, so this wraps the
 * drizzle session's commit.
 */
export async function afterCommit(req: PayloadRequest, callback: () => void): Promise<void> {
  const transactionID = await req.transactionID
  const sessions = (req.payload.db as unknown as SessionAdapter).sessions
  const session = transactionID === undefined || transactionID === null ? undefined : (sessions?.[String(transactionID)] as WithCallbacks | undefined)
  if (!session) {
    setImmediate(callback)
    return
  }
  if (typeof session.resolve !== 'function') {
    // Not a drizzle session (MongoDB): wait until the transaction is over; the callback
    // re-reads what it reports, so a rollback mails nobody.
    const ends = Date.now() + 60_000
    const wait = (): void => {
      if (sessions?.[String(transactionID)] && Date.now() < ends) setTimeout(wait, 50)
      else callback()
    }
    setTimeout(wait, 50)
    return
  }
  if (!session[AFTER_COMMIT]) {
    const callbacks: Array<() => void> = []
    session[AFTER_COMMIT] = callbacks
    const commit = session.resolve.bind(session)
    session.resolve = async () => {
      await commit()
      for (const run of callbacks) run()
    }
  }
  session[AFTER_COMMIT]!.push(callback)
}
