export {
  isWorkflowError,
  WORKFLOW_ERROR_STATUS,
  WORKFLOW_ERRORS,
  WorkflowError,
  type WorkflowErrorCode,
} from './errors'
export { isReviewState, REVIEW_STATES, type ReviewState } from './states'
export {
  allowedTransitions,
  type AvailableMove,
  type ContentEditOutcome,
  findTransition,
  movesFrom,
  type PlannedTransition,
  planTransition,
  type PlanTransitionInput,
  type PlanTransitionResult,
  stateAfterContentEdit,
  type TransitionEffects,
  type TransitionRule,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
  type WorkflowDocument,
} from './transitions'
export {
  graphQLNameOf,
  isWorkflowCollection,
  WORKFLOW_COLLECTIONS,
  type WorkflowCollectionSlug,
} from './collections'
export { createKeyedLock } from './lock'
export {
  changesContent,
  idOf,
  NON_CONTENT_FIELDS,
  type StoredWorkflowFields,
  SYSTEM_FIELDS,
  transitionWrite,
  type TransitionWrite,
  workflowDocumentOf,
} from './record'
