import React from 'react'

import styles from './PublicationBadge.module.css'
import { publicationSummary } from './publication'

/**
 * "Live" or "Offline", and "edit pending" when the working copy of a live document is not the
 * live version. No hooks: usable from server and client components.
 */
export const PublicationBadge = ({
  publication,
  reviewState,
}: {
  publication: unknown
  reviewState: unknown
}) => {
  const summary = publicationSummary({ publication, reviewState })
  return (
    <span className={styles.publication} data-publication={summary.publication ?? undefined}>
      <span className={`${styles.badge} ${styles[summary.publication ?? 'unknown']}`}>
        {summary.label}
      </span>
      {summary.pendingEdit && (
        <span className={styles.pending} data-pending-edit>
          {summary.pendingEdit}
        </span>
      )}
    </span>
  )
}
