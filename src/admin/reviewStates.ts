/**
 * How the admin panel names review states and moves. Plain data, safe in server and client
 * components alike. The state labels come from the `reviewState` field's options, so the badge,
 * the list filter and the field always agree.
 */
import { REVIEW_STATE_OPTIONS } from '../fields/workflow'
import { isReviewState, type ReviewState } from '../workflow/states'
import type { WorkflowAction } from '../workflow/transitions'

const STATE_LABELS = Object.fromEntries(
  REVIEW_STATE_OPTIONS.map(({ label, value }) => [value, label]),
) as Record<ReviewState, string>

/** The label of a review state; an unknown value is shown as it is. */
export const reviewStateLabel = (state: unknown): string =>
  isReviewState(state) ? STATE_LABELS[state] : String(state ?? 'Unknown')

/** Button text for each move. */
export const ACTION_LABELS: Readonly<Record<WorkflowAction, string>> = {
  submit: 'Submit for review',
  resubmit: 'Resubmit for review',
  approve: 'Approve',
  requestChanges: 'Request changes',
  publish: 'Publish',
  unpublish: 'Unpublish and archive',
  reopen: 'Reopen as draft',
}

/** How the history names each recorded action, including approvals voided by an edit. */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  submit: 'Submitted',
  resubmit: 'Resubmitted',
  approve: 'Approved',
  requestChanges: 'Requested changes',
  publish: 'Published',
  unpublish: 'Unpublished',
  reopen: 'Reopened',
  voidApproval: 'Approval voided',
}

export const actionLabel = (action: string): string =>
  (ACTION_LABELS as Record<string, string>)[action] ?? action

export const eventLabel = (action: string): string => EVENT_LABELS[action] ?? action
