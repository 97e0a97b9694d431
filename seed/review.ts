import { createLocalReq, type Payload } from 'payload'

import { transitionDocument } from '../src/services/reviewWorkflow'
import type { WorkflowCollectionSlug } from '../src/workflow/collections'
import { isReviewState } from '../src/workflow/states'
import type { ReviewStateSeed } from './data/types'
import { movesToward, SEED_ACTOR_FOR_MOVE } from './states'

export interface PendingReview {
  collection: WorkflowCollectionSlug
  id: string
  label: string
  target: ReviewStateSeed
}

/**
 * Brings each seeded document to its seed state through the review workflow itself, as the
 * development editor and reviewer: the same rules, the same audit trail as for people. Each move
 * is its own transaction and e-mails nobody: these are scripted moves, not people waiting on
 * each other. Returns the number of moves made.
 */
export const advanceReviewStates = async ({
  payload,
  pending,
  userIds,
  log,
}: {
  payload: Payload
  pending: PendingReview[]
  userIds: Map<string, string>
  log: (line: string) => void
}): Promise<number> => {
  const actorIds = { editor: userIds.get('editor'), reviewer: userIds.get('reviewer') }
  if (!actorIds.editor || !actorIds.reviewer) {
    if (pending.some(({ target }) => target !== 'draft')) {
      log(
        'review: no development editor and reviewer, so everything stays a draft for people to review',
      )
    }
    return 0
  }
  const requests = {
    editor: await createLocalReq(
      { user: await payload.findByID({ collection: 'users', id: actorIds.editor, depth: 0 }) },
      payload,
    ),
    reviewer: await createLocalReq(
      { user: await payload.findByID({ collection: 'users', id: actorIds.reviewer, depth: 0 }) },
      payload,
    ),
  }
  let moves = 0
  for (const { collection, id, label, target } of pending) {
    const current = await payload.findByID({ collection, id, draft: true, depth: 0 })
    const state = isReviewState(current.reviewState) ? current.reviewState : 'draft'
    const path = movesToward(state, target)
    for (const to of path) {
      const actor = SEED_ACTOR_FOR_MOVE[to]
      if (!actor) break
      const req = requests[actor]
      req.context = {}
      await transitionDocument({ req, collection, id, to, notify: false })
      moves += 1
    }
    if (path.length > 0) log(`  ${collection}/${label}: ${[state, ...path].join(' -> ')}`)
  }
  return moves
}
