import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/access/roles'
import { QuoteBoundError } from '../../../src/errors/QuoteBoundError'
import { excerpt } from '../../../src/workflow/gate'
import { bindingInCopy, standsIn, storyParagraphs } from '../../../src/services/storyWords'

/**
 * A quote is the words of its story. Written by hand (not by the binding), it stays with its
 * dispatch; a bound quote's text may change only to words that stand in the working copy (edit
 * the story and the quote follows); and whether it is bound is decided here from the copy, never
 * taken from the client: bound only where quote marks carry the words. Narrative words spliced
 * into a quote by hand ("Tom Reyes … accused of fraud") stand in the copy but are no speech, so
 * the quote is unbound and never printed as one. A quote whose old words have left the copy is
 * free to change.
 */
export const guardQuoteWords: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (req.context.quoteBinding || req.context.legalDecision) return data
  const dispatchId = relationId(data.dispatch ?? originalDoc?.dispatch)
  const moving = operation === 'update' && data.dispatch !== undefined && String(relationId(data.dispatch)) !== String(relationId(originalDoc?.dispatch))
  // A move to a story that does not exist is the relation's own 400, naming the field.
  const target = moving ? await req.payload.count({ collection: 'dispatches', where: { id: { equals: relationId(data.dispatch) } }, overrideAccess: true, req }) : null
  if (moving && target!.totalDocs > 0) {
    throw new QuoteBoundError(
      `Quote ${String(originalDoc?.id)} belongs to dispatch ${String(relationId(originalDoc?.dispatch))}; a quote cannot move to another story`,
      originalDoc?.id,
    )
  }
  const text = typeof data.text === 'string' ? data.text : String(originalDoc?.text ?? '')
  if (operation === 'update' && text === originalDoc?.text) return data
  const words = dispatchId === null ? null : await storyParagraphs(dispatchId, req)
  const now = words === null ? { binding: 'unbound' as const, stands: false } : bindingInCopy(text, words)
  const stands = now.stands
  // Judged on the copy, not on the stored state: the words the quote says now either stand or not.
  const stood = operation === 'update' && words !== null && standsIn(String(originalDoc?.text ?? ''), words)
  if (stood && !stands) {
    throw new QuoteBoundError(
      `Quote ${String(originalDoc?.id)} ("${excerpt(String(originalDoc?.text ?? ''))}") is bound to the words of dispatch ${String(dispatchId)}: change the words in the story and the quote follows them`,
      originalDoc?.id,
    )
  }
  data.binding = now.binding
  return data
}
