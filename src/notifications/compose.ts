/**
 * Who hears about what in the workflow, and what the message says. Plain functions: the sending
 * (send.ts) only looks people up and hands the result to Payload's mailer.
 */

export type StoryRef = { id: number | string; headline: string }

export type Notice =
  /** A story went to review: submitted, sent back by the desk, or a correction of a live story. */
  | { kind: 'in_review'; story: StoryRef; action: 'submit' | 'resubmit' | 'correct'; actor: string; note?: string | null }
  /** Sensitive quotes now wait for legal (new, edited since approval, or newly marked sensitive). */
  | { kind: 'quote_pending'; story: StoryRef; quotes: Array<{ id: number | string; text: string }> }
  /** The desk sent the story back to its author. */
  | { kind: 'changes_requested'; story: StoryRef; actor: string; note: string }
  /** The embargo job found the gate closed and returned the story to approved. */
  | { kind: 'schedule_failed'; story: StoryRef; embargoUntil: string | null; reasons: string[] }

export type Audience = 'editors' | 'legal' | 'authors'

/** Returns who must hear about a notice. */
export function audienceOf(notice: Notice): Audience {
  switch (notice.kind) {
    case 'in_review':
    case 'schedule_failed':
      return 'editors'
    case 'quote_pending':
      return 'legal'
    case 'changes_requested':
      return 'authors'
  }
}

export type Person = { email?: string | null }

/**
 * Returns the distinct addresses to write to, without the person who caused the notice (an
 * editor who submits a story needs no mail about it).
 */
export function recipientAddresses(people: readonly Person[], exclude?: string | null): string[] {
  const skip = exclude?.trim().toLowerCase()
  const seen = new Set<string>()
  for (const person of people) {
    const address = person.email?.trim()
    if (!address) continue
    const key = address.toLowerCase()
    if (key === skip || seen.has(key)) continue
    seen.add(key)
  }
  return [...seen]
}

const QUOTE_EXCERPT = 120

const clip = (text: string, max = QUOTE_EXCERPT): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

/** Returns the admin page of a story, where the desk acts on it. */
export const storyLink = (serverUrl: string, story: StoryRef): string =>
  `${serverUrl.replace(/\/+$/, '')}/admin/collections/dispatches/${story.id}`

const REVIEW_VERB = { submit: 'submitted', resubmit: 'sent back to review', correct: 'sent a correction to review of' } as const

/** Returns the subject and plain-text body of a notice. */
export function composeNotice(notice: Notice, serverUrl: string): { subject: string; text: string } {
  const { story } = notice
  const link = storyLink(serverUrl, story)
  const headline = `"${story.headline}"`
  switch (notice.kind) {
    case 'in_review': {
      const lines = [`${notice.actor} ${REVIEW_VERB[notice.action]} ${headline}.`]
      if (notice.action === 'correct' && notice.note) lines.push('', `Correction: ${notice.note}`)
      else if (notice.note) lines.push('', `Note: ${notice.note}`)
      lines.push('', `Review it: ${link}`)
      return { subject: `For review: ${story.headline}`, text: lines.join('\n') }
    }
    case 'quote_pending': {
      const count = notice.quotes.length
      const lines = [
        `${count === 1 ? 'A sensitive quote' : `${count} sensitive quotes`} in ${headline} ${count === 1 ? 'waits' : 'wait'} for legal review:`,
        '',
        ...notice.quotes.map((quote) => `- "${clip(quote.text)}"`),
        '',
        `Review: ${link}`,
      ]
      return { subject: `Legal review needed: ${story.headline}`, text: lines.join('\n') }
    }
    case 'changes_requested':
      return {
        subject: `Changes requested: ${story.headline}`,
        text: [`${notice.actor} asked for changes to ${headline}:`, '', notice.note, '', `Edit it: ${link}`].join('\n'),
      }
    case 'schedule_failed': {
      const when = notice.embargoUntil ? ` at ${notice.embargoUntil}` : ''
      const lines = [
        `${headline} was scheduled to go out${when} but did not, and is back in approved:`,
        '',
        ...(notice.reasons.length ? notice.reasons.map((reason) => `- ${reason}`) : ['- no readable embargo']),
        '',
        `Fix and publish or schedule again: ${link}`,
      ]
      return { subject: `Scheduled publish failed: ${story.headline}`, text: lines.join('\n') }
    }
  }
}
