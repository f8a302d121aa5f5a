/**
 * The words of a working copy and its quote records, as the quote binding, the quote hooks and
 * the publish gate read them (inside the caller's transaction, with the server's eyes).
 */
import type { PayloadRequest } from 'payload'

import type { Correspondent, Dispatch, Quote } from '../../payload-types'
import { relationId } from '../access/roles'
import { extractQuotes } from '../ingest/quotes'
import { bindingIn, spansOf, wordsStand, type BindingRecord, type BindingState, type Passage } from '../legal/binding'
import { copyParagraphs } from '../legal/copy'
import { quotePairs, wordsOf } from '../legal/words'

type Id = number | string

/** A working copy as the quote finder reads it. */
export type StoryWords = {
  dispatch: Dispatch
  paragraphs: string[]
  passages: Passage[]
}

/** Returns the working copy (latest version) of a dispatch as the server sees it, or null. */
async function workingCopyOf(id: Id, req: PayloadRequest): Promise<Dispatch | null> {
  return req.payload.findByID({ collection: 'dispatches', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
}

/** Returns the names of the story's own people, who are never quoted third parties. */
async function journalistsOf(dispatch: Dispatch, req: PayloadRequest): Promise<string[]> {
  const ids = (dispatch.byline ?? []).map((entry) => relationId(entry.correspondent)).filter((id): id is Id => id !== null)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'correspondents',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return (docs as Array<Pick<Correspondent, 'name'>>).map((person) => person.name)
}

/** "Militia commander: 'We will not retreat'": a speaker, a colon, and quote marks straight after it. */
const HEADLINE_SPEAKER = /^([^:]{1,80}):\s+(?=\S)/u

/**
 * Headlines quote in house style with a colon and no verb ("Militia commander: 'We will not
 * retreat'"), which the extractor, reading body copy, does not take for speech. A headline it
 * finds no quote in, shaped so, is read again as "Militia commander said: '…'".
 */
function headlineQuotes(headline: string[], journalists: string[]): ReturnType<typeof extractQuotes> {
  const found = extractQuotes(headline, journalists)
  const [line] = headline
  const lead = line === undefined ? null : HEADLINE_SPEAKER.exec(line)
  if (found.length > 0 || !line || !lead || !quotePairs(line).some((pair) => pair.start === lead[0].length)) return found
  return extractQuotes([`${lead[1]} said: ${line.slice(lead[0].length)}`], journalists)
}

/**
 * Returns the passages of quoted speech in a copy, as the intake extractor finds them. The
 * headline is read on its own: intake reads the story from the standfirst on, so the people a
 * headline names must not change who speaks in the body.
 */
export function passagesOf(paragraphs: string[], journalists: string[], headlines = 1): Passage[] {
  const found = [
    ...headlineQuotes(paragraphs.slice(0, headlines), journalists),
    ...extractQuotes(paragraphs.slice(headlines), journalists, paragraphs.slice(0, headlines).join(' ')),
  ]
  return found.map((quote) => ({
    text: quote.text,
    speaker: { name: quote.speaker.name, description: quote.speaker.description, isAnonymous: quote.speaker.isAnonymous },
    context: quote.context,
    sensitive: quote.sensitive,
    reasons: quote.reasons,
  }))
}

/** Returns the words of a dispatch's working copy and the quoted passages in them, or null when there is no such dispatch. */
export async function storyWords(dispatchId: Id, req: PayloadRequest): Promise<StoryWords | null> {
  const dispatch = await workingCopyOf(dispatchId, req)
  if (!dispatch) return null
  return wordsOfCopy(dispatch, req)
}

/** Returns the paragraphs of a dispatch's working copy (no quote finding), or null when there is no such dispatch. */
export async function storyParagraphs(dispatchId: Id, req: PayloadRequest): Promise<Pick<StoryWords, 'paragraphs'> | null> {
  const dispatch = await workingCopyOf(dispatchId, req)
  return dispatch ? { paragraphs: copyParagraphs(dispatch) } : null
}

/** Returns the words and passages of a copy already read. */
export async function wordsOfCopy(dispatch: Dispatch, req: PayloadRequest): Promise<StoryWords> {
  const paragraphs = copyParagraphs(dispatch)
  const headlines = dispatch.headline?.trim() ? 1 : 0
  const passages = passagesOf(paragraphs, await journalistsOf(dispatch, req), headlines)
  return { dispatch, paragraphs, passages }
}

/** Returns the binding of a quote's text in the copy: bound only where quote marks carry it, and whether it stands at all. */
export const bindingInCopy = (text: string, words: Pick<StoryWords, 'paragraphs'>): { binding: BindingState; stands: boolean } =>
  bindingIn(text, words.paragraphs.map(wordsOf), spansOf(words.paragraphs))

/** Returns true when every piece of the quote's text stands in the copy. */
export const standsIn = (text: string, words: Pick<StoryWords, 'paragraphs'>): boolean =>
  wordsStand(text, words.paragraphs.map(wordsOf))

export async function quotesOf(dispatchId: Id, req: PayloadRequest): Promise<Quote[]> {
  const { docs } = await req.payload.find({
    collection: 'quotes',
    where: { dispatch: { equals: dispatchId } },
    pagination: false,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  return docs
}

export const bindingRecordOf = (quote: Quote): BindingRecord => ({
  id: quote.id,
  text: quote.text,
  speakerName: quote.speaker?.name,
  speakerDescription: quote.speaker?.description ?? null,
  attribution: quote.attribution ?? null,
  binding: quote.binding,
  sensitive: Boolean(quote.sensitive),
  reasons: quote.sensitivityReasons ?? [],
  isAnonymous: Boolean(quote.speaker?.isAnonymous),
  legalLowered: quote.legal?.flagsLoweredBy != null,
})
