export const REVIEW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const

export type ReviewState = (typeof REVIEW_STATES)[number]

export const isReviewState = (value: unknown): value is ReviewState =>
  typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value)

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  archived: 'Archived',
}

/** The label of a review state; any other value is shown as it is. */
export const reviewStateLabel = (state: unknown): string =>
  isReviewState(state) ? REVIEW_STATE_LABELS[state] : String(state ?? 'Unknown')

/**
 * Whether anonymous readers get a version of the document: `live` (its published version) or
 * `offline` (never published, unpublished or withdrawn). Separate from the review state, which
 * says where the working copy is: a live article can have a working copy in review.
 */
export const PUBLICATIONS = ['live', 'offline'] as const

export type Publication = (typeof PUBLICATIONS)[number]

export const PUBLICATION_LABELS: Readonly<Record<Publication, string>> = {
  live: 'Live',
  offline: 'Offline',
}

export const isPublication = (value: unknown): value is Publication =>
  typeof value === 'string' && (PUBLICATIONS as readonly string[]).includes(value)

export const publicationOf = (value: unknown): Publication =>
  value === 'live' ? 'live' : 'offline'
