/**
 * The audit trail of a quote's legal flags: one `workflow-events` row for the quote's dispatch
 * per change of `sensitive`, `sensitivityReasons`, `speaker.isAnonymous` or `identityNotes`
 * (`quote_flag`), and per deletion (`quote_deleted`), with the actor and before and after.
 * Identity notes are recorded as "changed" in `flags`, which the story's correspondents may read;
 * their values go to the row's desk-only `identityNotes`.
 */
import type { PayloadRequest } from 'payload'

import type { Quote } from '../../payload-types'
import { relationId } from '../access/roles'
import { flagChange, flagsOf, type QuoteFlags } from '../legal/ratchet'

type Id = number | string

const describe = (changed: string[]): string => `Changed ${changed.join(', ')}`

/** Writes the quote_flag row for a change of flags, inside the caller's transaction; nothing when no flag changed. */
export async function recordFlagChange(quote: Pick<Quote, 'id' | 'dispatch'>, before: QuoteFlags | null, after: QuoteFlags, req: PayloadRequest): Promise<void> {
  const change = flagChange(before, after)
  if (!change) return
  await write(quote, 'quote_flag', change, before, after, describe(change.changed), req)
}

type Decided = Pick<Quote, 'id' | 'dispatch' | 'text' | 'speaker'> & { legal?: { status?: string | null } | null }

const said = (quote: Decided): string => {
  const speaker = [quote.speaker?.name?.trim(), quote.speaker?.description?.trim()].filter(Boolean).join(', ') || 'an unnamed speaker'
  return `"${quote.text.trim()}" from ${speaker}`
}

/**
 * Writes the legal_reopened row when a quote legal had decided on waits for legal again (its
 * words or speaker changed: edited by hand, followed in the copy, or given to another speaker
 * there), inside the caller's transaction; nothing otherwise.
 */
export async function recordReopened(before: Decided | null | undefined, after: Decided, req: PayloadRequest): Promise<void> {
  const was = before?.legal?.status
  if (!before || (was !== 'approved' && was !== 'rejected') || after.legal?.status !== 'pending') return
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      dispatch: relationId(after.dispatch) as number,
      kind: 'legal_reopened',
      actor: (req.user?.collection === 'users' ? req.user.id : null) as number | null,
      quote: after.id as number,
      quoteRef: String(after.id),
      note: `Legal ${was} ${said(before)}; it now reads ${said(after)} and waits for legal again`,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/** Writes the quote_deleted row, with the flags the quote had. */
export async function recordDeletion(quote: Quote, req: PayloadRequest): Promise<void> {
  const before = flagsOf(quote)
  const change = flagChange(before, null)!
  await write(quote, 'quote_deleted', change, before, null, `Deleted quote ${String(quote.id)}: "${quote.text}"`, req)
}

async function write(
  quote: Pick<Quote, 'id' | 'dispatch'>,
  kind: 'quote_flag' | 'quote_deleted',
  change: NonNullable<ReturnType<typeof flagChange>>,
  before: QuoteFlags | null,
  after: QuoteFlags | null,
  note: string,
  req: PayloadRequest,
): Promise<void> {
  const dispatch = relationId(quote.dispatch) as Id
  const notesChanged = change.changed.includes('identityNotes')
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      dispatch: dispatch as number,
      kind,
      actor: (req.user?.collection === 'users' ? req.user.id : null) as number | null,
      quote: kind === 'quote_deleted' ? null : (quote.id as number),
      quoteRef: String(quote.id),
      note,
      at: new Date().toISOString(),
      flags: change,
      identityNotes: notesChanged ? { before: before?.identityNotes ?? null, after: after?.identityNotes ?? null } : null,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
