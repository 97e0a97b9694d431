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
