import React from 'react'

import { isReviewState } from '../workflow/states'
import { reviewStateLabel } from './reviewStates'
import styles from './ReviewStateBadge.module.css'

/** The review state as a coloured pill. No hooks: usable from server and client components. */
export const ReviewStateBadge = ({ state }: { state: unknown }) => (
  <span
    className={`${styles.badge} ${styles[isReviewState(state) ? state : 'unknown']}`}
    data-review-state={isReviewState(state) ? state : undefined}
  >
    {reviewStateLabel(state)}
  </span>
)
