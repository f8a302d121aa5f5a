/**
 * Keeps a dispatch's quote records bound to the words of its working copy. Every save of a
 * dispatch (REST, GraphQL, the admin and its autosave, copy intake, version restore, duplicate,
 * the Local API) ends in `bindQuotes`, run by the dispatch's afterChange hook inside the save's
 * transaction. The rules are src/legal/binding.ts; this module reads what they need and writes
 * their plan through the Local API, so the quote hooks (ratchet, audit, legal status, the mail
 * to legal) see every change it makes.
 */
import type { PayloadRequest } from 'payload'
import { isolateObjectProperty } from 'payload'

import type { Dispatch, Quote } from '../../payload-types'
import { relationId } from '../access/roles'
import { attributionOf, planBinding, type BindingPlan } from '../legal/binding'
import { quotedPassages, type QuotedPassages } from '../legal/passageView'
import { quoteHash } from '../quotes/legalState'
import type { SensitivityReason } from '../quotes/sensitivityReasons'
import { bindingRecordOf, quotesOf, storyWords } from './storyWords'

type Id = number | string

/** Returns the request nested writes of the binding use: the same transaction and user, a context of its own. */
function bindingRequest(req: PayloadRequest): PayloadRequest {
  const child = isolateObjectProperty(req, 'context')
  // A version restore marks its request (Payload then keeps absent fields absent), which would
  // turn the binding's partial quote updates into empty rewrites.
  const { isRestoringVersion: _restoring, ...context } = req.context
  child.context = { ...context, quoteBinding: true }
  return child
}

export type BindingResult = {
  created: Id[]
  edited: Id[]
  bound: Id[]
  unbound: Id[]
}

/**
 * Binds the dispatch's quote records to its working copy, inside the caller's transaction:
 * new records for passages nobody recorded, records of passages edited in place follow them
 * (re-pending an approval), records whose words left the copy become `unbound`, and records whose
 * words came back are bound again. Returns what it did.
 */
export async function bindQuotes(dispatchId: Id, req: PayloadRequest): Promise<BindingResult> {
  const words = await storyWords(dispatchId, req)
  if (!words) return { created: [], edited: [], bound: [], unbound: [] }
  const quotes = await quotesOf(dispatchId, req)
  const plan = planBinding(words.paragraphs, words.passages, quotes.map(bindingRecordOf))
  return applyPlan(words.dispatch, quotes, plan, req)
}

async function applyPlan(dispatch: Dispatch, quotes: Quote[], plan: BindingPlan, req: PayloadRequest): Promise<BindingResult> {
  const tx = bindingRequest(req)
  const result: BindingResult = { created: [], edited: [], bound: [], unbound: [] }
  const byId = new Map(quotes.map((quote) => [String(quote.id), quote]))

  for (const outcome of plan.records) {
    const quote = byId.get(String(outcome.id))!
    const data: Record<string, unknown> = {}
    if (quote.binding !== outcome.binding) data.binding = outcome.binding
    if (outcome.text !== undefined && outcome.text !== quote.text) data.text = outcome.text
    if (outcome.attribution !== undefined && outcome.attribution !== quote.attribution) data.attribution = outcome.attribution
    // The copy gives the words to someone else: the record follows it, so its hash changes and an
    // approval (of the words from the speaker legal read) waits for legal again.
    if (outcome.speaker) data.speaker = { ...quote.speaker, name: outcome.speaker.name, description: outcome.speaker.description }
    if (outcome.raise) {
      if (outcome.raise.sensitive) data.sensitive = true
      if (outcome.raise.addReasons.length) data.sensitivityReasons = [...(quote.sensitivityReasons ?? []), ...outcome.raise.addReasons]
      if (outcome.raise.isAnonymous) data.speaker = { ...quote.speaker, ...(data.speaker as object | undefined), isAnonymous: true }
    }
    if (Object.keys(data).length === 0) continue
    await tx.payload.update({ collection: 'quotes', id: quote.id, data, depth: 0, overrideAccess: true, req: tx })
    if (data.text !== undefined || data.speaker !== undefined) result.edited.push(quote.id)
    else if (data.binding === 'bound') result.bound.push(quote.id)
    else if (data.binding === 'unbound') result.unbound.push(quote.id)
  }

  for (const passage of plan.create) {
    const created = await tx.payload.create({
      collection: 'quotes',
      data: {
        text: passage.text,
        dispatch: dispatch.id,
        speaker: passage.speaker,
        context: passage.context,
        sensitive: passage.sensitive,
        sensitivityReasons: passage.reasons as SensitivityReason[],
        binding: 'bound',
        attribution: attributionOf(passage.speaker),
      },
      depth: 0,
      overrideAccess: true,
      req: tx,
    })
    result.created.push(created.id)
  }
  return result
}

export type DuplicateSource = {
  id: Id
  /** Whether the duplicating user may read the source's working copy (desk, or their own story). */
  readsWorkingCopy: boolean
}

/**
 * Gives a duplicate copies of the source's quote records whose words stand in the copy, then
 * binds the copy like any save. The copies keep every flag and identity note (the ratchet holds
 * across a duplicate) but no legal decision: sensitive ones wait for legal again. For a user
 * who may not read the source's working copy, a copy keeps the source's filer, so the fields
 * only the filer reads stay closed to them, and the context (drawn from the working copy) is not
 * carried.
 */
export async function copyQuotesForDuplicate(source: DuplicateSource, copyId: Id, req: PayloadRequest): Promise<BindingResult> {
  const words = await storyWords(copyId, req)
  if (!words) return { created: [], edited: [], bound: [], unbound: [] }
  const sourceQuotes = await quotesOf(source.id, req)
  const plan = planBinding(words.paragraphs, words.passages, sourceQuotes.map(bindingRecordOf))
  const tx = bindingRequest(req)
  const created: Id[] = []
  for (const outcome of plan.records) {
    // Words standing outside quote marks are copied too: the copy's gate must judge them.
    if (!outcome.stands) continue
    const quote = sourceQuotes.find((candidate) => String(candidate.id) === String(outcome.id))!
    const passage = outcome.passage === undefined ? undefined : words.passages[outcome.passage]
    const raise = outcome.raise
    const copy = await tx.payload.create({
      collection: 'quotes',
      data: {
        text: outcome.text ?? quote.text,
        dispatch: copyId as number,
        speaker: { ...quote.speaker, ...outcome.speaker, isAnonymous: Boolean(quote.speaker?.isAnonymous || raise?.isAnonymous) },
        attribution: outcome.attribution ?? quote.attribution ?? null,
        identityNotes: quote.identityNotes,
        context: source.readsWorkingCopy ? quote.context : (passage?.context ?? null),
        sensitive: Boolean(quote.sensitive || raise?.sensitive),
        sensitivityReasons: [...(quote.sensitivityReasons ?? []), ...(raise?.addReasons ?? [])],
        binding: outcome.binding,
        ...(source.readsWorkingCopy ? {} : { createdBy: relationId(quote.createdBy) as number | null }),
      },
      depth: 0,
      overrideAccess: true,
      req: tx,
    })
    created.push(copy.id)
  }
  const bound = await bindQuotes(copyId, req)
  return { ...bound, created: [...created, ...bound.created] }
}

/**
 * Returns the quoted passages of a dispatch's working copy with the records that hold them, for
 * the body editor, or null when there is no such dispatch. Reads only.
 */
export async function quotedPassagesOf(dispatchId: Id, req: PayloadRequest): Promise<QuotedPassages | null> {
  const words = await storyWords(dispatchId, req)
  if (!words) return null
  const quotes = await quotesOf(dispatchId, req)
  return quotedPassages(
    words.paragraphs,
    words.passages,
    quotes.map((quote) => ({ ...bindingRecordOf(quote), legalStatus: quote.legal?.status, reviewHash: quoteHash(quote.text, quote.speaker) })),
  )
}
