import { sealChanges, sealFailure, type GateSeal } from '../legal/sealed'
import { legalReadFailure, type GateLegalRead } from '../legal/storyRead'
import { type GateFailure, WorkflowError } from './errors'

export type { GateLegalRead }

export type GateQuote = {
  id: string | number
  text: string
  sensitive: boolean
  legalStatus: string | null | undefined
  /** Hash the approval was given on; see src/quotes/legalState.ts. */
  approvedHash: string | null | undefined
  /** Hash of the quote's text and speaker as they are now. */
  currentHash: string | null | undefined
  /**
   * Whether the quote's words stand in the working copy. An unbound quote goes out with nothing,
   * so it blocks nothing; absent means bound (a quote is judged unless shown to have left).
   */
  bound?: boolean
}

/** A passage of quoted speech in the copy that no quote record holds, as the gate found it. */
export type GatePassage = { text: string; sensitive: boolean }

export type GateMedia = {
  id: string | number
  caption?: string | null
  filename?: string | null
  mimeType?: string | null
  alt?: string | null
  creditLine?: string | null
  rightsExpiresAt?: string | null
}

/** What the publish gate looks at: the dispatch's working copy with its quotes and media. */
export type GateInput = {
  legalHold: { active: boolean; reason?: string | null } | null
  byline: unknown[]
  quotes: GateQuote[]
  media: GateMedia[]
  /** The story's legal read: flagged passages or a read legal asked for, and legal's approval. */
  legalRead: GateLegalRead
  /** Passages found in the copy at the gate that no record holds (a save binds them; see src/legal). */
  unrecordedPassages?: GatePassage[]
  /** Legal's seal: the fingerprint of what readers would get, and the one legal's last approval named (src/legal/sealed.ts). */
  sealed?: GateSeal
}

const EXCERPT_LENGTH = 40

/** Cuts long copy at a word so a message stays one readable line. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

const blank = (value: string | null | undefined): boolean => !value || value.trim() === ''

function quoteFailure(quote: GateQuote): GateFailure | null {
  if (!quote.sensitive || quote.bound === false) return null
  const approved = quote.legalStatus === 'approved'
  // The hash check repeats what the quote hooks enforce on save, because a quote can change
  // without passing them (a migration, a direct database fix) and the gate is the last line.
  if (approved && !blank(quote.approvedHash) && quote.approvedHash === quote.currentHash) return null

  const state = approved
    ? 'has changed since legal approved it'
    : quote.legalStatus === 'pending'
      ? 'is pending legal review'
      : quote.legalStatus === 'rejected'
        ? 'was rejected by legal'
        : // Sensitive but never sent to legal (not_required or empty): still not cleared.
          'has not been cleared by legal'
  return {
    code: 'QUOTE_NOT_CLEARED',
    message: `Quote "${excerpt(quote.text)}" ${state}`,
    subject: { kind: 'quote', id: quote.id },
  }
}

function mediaLabel(asset: GateMedia): string {
  if (!blank(asset.filename)) return `Media "${asset.filename!.trim()}"`
  if (!blank(asset.caption)) return `Media "${excerpt(asset.caption!)}"`
  return `Media #${asset.id}`
}

function mediaFailures(asset: GateMedia, now: Date): GateFailure[] {
  const label = mediaLabel(asset)
  const subject = { kind: 'media', id: asset.id } as const
  const fail = (problem: string): GateFailure => ({ code: 'MEDIA_NOT_READY', message: `${label} ${problem}`, subject })
  const failures: GateFailure[] = []

  // Copy may be filed before the pictures arrive; publishing then would print a caption over
  // nothing. Alt text is judged only once the file says whether it is an image at all.
  const hasFile = !blank(asset.filename)
  if (!hasFile) failures.push(fail('has no file yet'))
  else if (blank(asset.mimeType) || asset.mimeType!.trim().toLowerCase().startsWith('image/')) {
    // A file of unknown type is treated as an image: missing alt text must never slip through.
    if (blank(asset.alt)) failures.push(fail('has no alt text'))
  }

  if (blank(asset.creditLine)) failures.push(fail('has no credit line'))

  if (!blank(asset.rightsExpiresAt)) {
    const expires = Date.parse(asset.rightsExpiresAt!)
    // An expiry nobody can read cannot be shown to lie in the future.
    if (Number.isNaN(expires)) failures.push(fail(`has an unreadable rights expiry "${asset.rightsExpiresAt}"`))
    else if (expires <= now.getTime()) {
      failures.push(fail(`has usage rights only until ${new Date(expires).toISOString()}`))
    }
  }
  return failures
}

/**
 * Returns every reason the dispatch may not go live at `now`, in the order the desk should
 * deal with them; an empty list means it may publish.
 */
export function evaluatePublishGate(input: GateInput, now: Date): GateFailure[] {
  const failures: GateFailure[] = []

  if (input.legalHold?.active) {
    const reason = blank(input.legalHold.reason) ? '' : `: ${input.legalHold.reason!.trim()}`
    failures.push({ code: 'LEGAL_HOLD', message: `The dispatch is under a legal hold${reason}` })
  }

  for (const quote of input.quotes) {
    const failure = quoteFailure(quote)
    if (failure) failures.push(failure)
  }

  const read = legalReadFailure(input.legalRead)
  // Legal is told what changed beyond the words too (a style, a link's target), as its desk shows.
  const beyondWords = input.sealed?.approved ? sealChanges(input.sealed).filter((line) => line !== 'words changed') : []
  if (read) failures.push(beyondWords.length > 0 ? { ...read, message: `${read.message} (${beyondWords.join('; ')})` } : read)
  // The copy is read again at the gate: words that reached it past every save (a direct
  // database fix, a newer extractor) are judged too, and a flagged one has no approval.
  for (const passage of input.unrecordedPassages ?? []) {
    if (!passage.sensitive) continue
    failures.push({
      code: 'QUOTE_NOT_CLEARED',
      message: `Quoted passage "${excerpt(passage.text)}" has no quote record for legal to clear (save the story to record it)`,
    })
  }

  // Legal's seal is asked for only once every decision legal has to make is made: until then the
  // failures above already say what waits for legal, and the decision that clears the last of them seals.
  if (input.sealed && !failures.some((failure) => failure.code === 'QUOTE_NOT_CLEARED' || failure.code === 'LEGAL_READ_REQUIRED')) {
    const seal = sealFailure(input.legalRead.dispatchId, input.sealed)
    if (seal) failures.push(seal)
  }

  for (const asset of input.media) failures.push(...mediaFailures(asset, now))

  if (input.byline.filter((entry) => entry !== null && entry !== undefined).length === 0) {
    failures.push({ code: 'BYLINE_EMPTY', message: 'The dispatch has no byline' })
  }

  return failures
}

/** Throws a WorkflowError carrying every gate failure (code of the first) unless the gate passes. */
export function assertGate(input: GateInput, now: Date): void {
  const failures = evaluatePublishGate(input, now)
  if (failures.length === 0) return
  const [first] = failures
  const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : ''
  throw new WorkflowError(first!.code, `${first!.message}${more}`, failures)
}
