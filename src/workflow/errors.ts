export const WORKFLOW_ERRORS = {
  UNKNOWN_STATE: 'UNKNOWN_STATE',
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  NOT_SIGNED_IN: 'NOT_SIGNED_IN',
  FORBIDDEN: 'FORBIDDEN',
  COMMENT_REQUIRED: 'COMMENT_REQUIRED',
  COMMENT_TOO_LONG: 'COMMENT_TOO_LONG',
} as const

export type WorkflowErrorCode = (typeof WORKFLOW_ERRORS)[keyof typeof WORKFLOW_ERRORS]

/** HTTP status for each code, so REST and GraphQL callers answer alike. */
export const WORKFLOW_ERROR_STATUS: Readonly<Record<WorkflowErrorCode, number>> = {
  UNKNOWN_STATE: 400,
  ILLEGAL_TRANSITION: 409,
  NOT_SIGNED_IN: 401,
  FORBIDDEN: 403,
  COMMENT_REQUIRED: 400,
  COMMENT_TOO_LONG: 400,
}

export class WorkflowError extends Error {
  readonly code: WorkflowErrorCode
  readonly status: number

  constructor(code: WorkflowErrorCode, message: string) {
    super(message)
    this.name = 'WorkflowError'
    this.code = code
    this.status = WORKFLOW_ERROR_STATUS[code]
  }
}

export const isWorkflowError = (value: unknown): value is WorkflowError =>
  value instanceof WorkflowError
