/** The editorial workflow's rules, free of Payload: collections, endpoints and jobs call these. */
export { WORKFLOW_STATUSES, type WorkflowStatus, copyEditRefusal } from './copyRights'
export { WORKFLOW_ERROR_STATUS, WorkflowError, type WorkflowErrorCode, type GateFailure, type GateFailureCode } from './errors'
export { evaluatePublishGate, assertGate, excerpt, type GateInput, type GateQuote, type GateMedia, type GateLegalRead } from './gate'
export { parseEmbargo, requireFutureEmbargo } from './embargo'
export {
  MOVES,
  decideTransition,
  allowedMoves,
  findMove,
  isWorkflowStatus,
  type Move,
  type Actor,
  type AllowedMove,
  type WorkflowAction,
  type TransitionInput,
  type TransitionDecision,
} from './transitions'
export { decideScheduledRelease, type ReleaseInput, type ReleaseDecision } from './release'
export { publicationStamp, type PastEvent, type PublicationStamp } from './publication'
export { liveCopyWriteRefusal, type DispatchWrite } from './liveCopyWrites'
export { MOVE_LABELS, offeredMoves, workflowPanelState, type OfferedMove, type WorkflowPanelState } from './panel'
