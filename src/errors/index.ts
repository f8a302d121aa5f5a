/** The error family (DatelineError and its kinds) and the one mapper every handler uses. */
export { DatelineError, InvalidRequest, Unauthenticated } from './DatelineError'
export { CopyLockedError } from './CopyLockedError'
export { EmbargoLockedError } from './EmbargoLockedError'
export { PublishOutsideWorkflowError } from './PublishOutsideWorkflowError'
export { StaleVersionError, type StaleVersionDetails } from './StaleVersionError'
export { LegalFlagLockedError } from './LegalFlagLockedError'
export { QuoteBoundError } from './QuoteBoundError'
export { MediaStorageUnavailable } from './MediaStorageUnavailable'
