/**
 * What travels in `req.context`, declared on Payload's RequestContext so every hook that reads a
 * flag is typed and says where it came from. Clients cannot set the context: only server code
 * (the services, the intake, Payload itself) writes these.
 */
export type ExistingIds = Record<string, Array<number | string>>

/** Legal's decision on a story's text, for one exact text (src/services/legalRead.ts → flagLegalRead). */
export type LegalReadDecision = {
  decision: 'approve' | 'reject'
  /** legalReadHash of the text legal read; the save hook takes the decision only for that text. */
  hash: string
  reviewer: number | string
  at: string
  note: string | null
}

declare module 'payload' {
  interface RequestContext {
    /** Set by the workflow services (src/services/records.ts SERVICE) on their own writes: the live-copy guards let them through. */
    workflowService?: boolean
    /** Set by the legal-review command (reviewQuote) on its write of a quote's decision. */
    legalDecision?: boolean
    /** With legalDecision: the hash of the quote legal read; the write refuses (REVIEW_STALE) any other quote. */
    reviewedQuoteHash?: string
    /** Set by the intake (src/ingest/importStory.ts): the dispatch's server-only intake hash. */
    intakeHash?: string
    /** Set by the intake: ids written in this transaction, so relation checks need no query. */
    existingIds?: ExistingIds
    /** Set by src/services/liveQuotes.ts on its writes of a quote's live snapshot (inside a publish or withdrawal). */
    liveSnapshot?: boolean
    /** With liveSnapshot: the story's own write in the same command projects it for readers, so the quote's need not. */
    storyProjected?: boolean
    /** Set by the story review command (reviewStory) on its write of legal's decision on the text. */
    legalReadDecision?: LegalReadDecision
    /** Set by the quote binding (src/services/quoteBinding.ts) on its own quote writes, on a request of its own. */
    quoteBinding?: boolean
    /** Set by the demo load (src/seed/seed.ts): it binds the quotes it keys itself. */
    seeding?: boolean
    /** Set by Payload's restoreVersion operation while it writes the restored version. */
    isRestoringVersion?: boolean
    /** Set by the media-assets save (rememberFilesToWrite): the files it is about to write, removed again if it fails. */
    mediaFilesWritten?: string[]
  }
}
