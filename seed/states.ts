import type { ReviewState } from '../src/workflow/states'
import type { ReviewStateSeed } from './data/types'

/**
 * The review moves that take a seeded document from its current state to the state its seed data
 * asks for, by the workflow's own rules. The seed never moves a document backwards: a published
 * or archived document is left as people left it, and a draft target needs no move.
 */
export const movesToward = (current: ReviewState, target: ReviewStateSeed): ReviewState[] => {
  const toReview: Partial<Record<ReviewState, ReviewState[]>> = {
    draft: ['in_review'],
    changes_requested: ['in_review'],
  }
  if (target === 'in_review') return toReview[current] ?? []
  if (target === 'published') {
    const fromReview: ReviewState[] = ['approved', 'published']
    if (current === 'in_review') return fromReview
    if (current === 'approved') return ['published']
    const submit = toReview[current]
    return submit ? [...submit, ...fromReview] : []
  }
  return []
}

/** Which development account makes each move: editors submit and publish, a reviewer approves. */
export const SEED_ACTOR_FOR_MOVE: Record<ReviewState, 'editor' | 'reviewer' | null> = {
  draft: null,
  in_review: 'editor',
  changes_requested: null,
  approved: 'reviewer',
  published: 'editor',
  archived: null,
}
