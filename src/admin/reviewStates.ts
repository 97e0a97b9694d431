/**
 * How the admin panel names moves. Plain data, safe in server and client components alike. State
 * labels live with the states (src/workflow/states.ts), shared with the field and the e-mails.
 */
import type { WorkflowAction } from '../workflow/transitions'

export { reviewStateLabel } from '../workflow/states'

/** Button text for each move. */
export const ACTION_LABELS: Readonly<Record<WorkflowAction, string>> = {
  submit: 'Submit for review',
  resubmit: 'Resubmit for review',
  approve: 'Approve',
  requestChanges: 'Request changes',
  publish: 'Publish',
  unpublish: 'Unpublish and archive',
  reopen: 'Reopen as draft',
  withdraw: 'Withdraw now',
  discard: 'Discard pending draft',
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
  withdraw: 'Withdrawn',
  discard: 'Pending draft discarded',
  edit: 'Edited while live (pending draft)',
  voidApproval: 'Approval voided',
}

export const actionLabel = (action: string): string =>
  (ACTION_LABELS as Record<string, string>)[action] ?? action

export const eventLabel = (action: string): string => EVENT_LABELS[action] ?? action
