import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { Quote } from '../../../payload-types'
import { relationId } from '../../../src/access/roles'
import { LegalFlagLockedError } from '../../../src/errors/LegalFlagLockedError'
import { QuoteBoundError } from '../../../src/errors/QuoteBoundError'
import { deletionRefusal, flagsOf } from '../../../src/legal/ratchet'
import { recordDeletion, recordFlagChange, recordReopened } from '../../../src/services/quoteAudit'
import { standsIn, storyParagraphs } from '../../../src/services/storyWords'
import { excerpt } from '../../../src/workflow/gate'

/**
 * Audits every change of a legal flag, and every decision of legal's a change of the quote
 * re-opens (legal_reopened). The stored quote is read again in the transaction: the
 * `doc` a hook receives went through the actor's field access, which hides identity notes from
 * correspondents, and a hidden value must not read as a cleared one.
 */
export const auditFlagChanges: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const stored = await req.payload.findByID({ collection: 'quotes', id: doc.id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!stored) return doc
  await recordFlagChange(stored, operation === 'create' ? null : flagsOf(previousDoc), flagsOf(stored), req)
  if (operation === 'update') await recordReopened(previousDoc, stored, req)
  return doc
}

/** Quotes about to be deleted, per request, so the audit row written after the deletion has their flags. */
const deleting = new WeakMap<PayloadRequest, Map<string, Quote>>()

/**
 * A sensitive quote is deleted only by legal or an admin (403 LEGAL_FLAG_LOCKED), and a quote
 * whose words stand in its story's working copy by nobody (409 QUOTE_BOUND): remove the words,
 * and the quote becomes unbound. Server code without a user is not asked.
 */
export const guardQuoteDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const quote = await req.payload.findByID({ collection: 'quotes', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!quote) return
  if (req.user) {
    const refusal = deletionRefusal({ roles: req.user.roles ?? [] }, flagsOf(quote))
    if (refusal !== null) throw new LegalFlagLockedError(`${refusal} (quote ${String(quote.id)}, "${excerpt(quote.text)}")`)
    const dispatchId = relationId(quote.dispatch)
    const words = dispatchId === null ? null : await storyParagraphs(dispatchId, req)
    if (words && standsIn(quote.text, words)) {
      throw new QuoteBoundError(
        `Quote ${String(quote.id)} ("${excerpt(quote.text)}") is bound: its words stand in dispatch ${String(dispatchId)}. Remove them from the story first`,
        quote.id,
      )
    }
  }
  const pending = deleting.get(req) ?? new Map<string, Quote>()
  pending.set(String(quote.id), quote)
  deleting.set(req, pending)
}

/** Writes the quote_deleted row once the quote is gone, in the same transaction. */
export const auditQuoteDeletion: CollectionAfterDeleteHook = async ({ id, req }) => {
  const pending = deleting.get(req)
  const quote = pending?.get(String(id))
  if (!quote) return
  pending!.delete(String(id))
  await recordDeletion(quote, req)
}
