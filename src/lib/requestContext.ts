/**
 * What travels in `req.context`, declared on Payload's RequestContext so every hook that reads a
 * flag is typed and says where it came from. Clients cannot set the context: only server code
 * (the services, the intake, Payload itself) writes these.
 */
export type ExistingIds = Record<string, Array<number | string>>

declare module 'payload' {
  interface RequestContext {
    /** Set by the workflow services (src/services/records.ts SERVICE) on their own writes: the live-copy guards let them through. */
    workflowService?: boolean
    /** Set by the legal-review command (reviewQuote) on its write of a quote's decision. */
    legalDecision?: boolean
    /** Set by the intake (src/ingest/importStory.ts): the dispatch's server-only intake hash. */
    intakeHash?: string
    /** Set by the intake: ids written in this transaction, so relation checks need no query. */
    existingIds?: ExistingIds
    /** Set by Payload's restoreVersion operation while it writes the restored version. */
    isRestoringVersion?: boolean
  }
}
