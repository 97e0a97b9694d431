'use client'
/**
 * The review panel's one-click comparisons: the working copy against the live version, and
 * against the version last approved, each opening Payload's version comparison
 * (`/collections/{slug}/{id}/versions/{workingCopy}?versionFrom={other}`). The version ids come
 * with the panel's data (`diffTargets` in src/services/versionHistory.ts); when a comparison
 * makes no sense (nothing live, never approved, nothing changed) it says why instead.
 */
import { Link, useConfig } from '@payloadcms/ui'
import React from 'react'

import {
  compareVersionsPath,
  diffLinks,
  versionsListPath,
  type DiffTargets,
} from '../workflow/history'
import styles from './WorkflowDiffLinks.module.css'

export type WorkflowDiffLinksProps = Partial<DiffTargets> & {
  collection: string
  id: string
}

export const WorkflowDiffLinks = ({
  collection,
  id,
  workingCopyVersionId = null,
  liveVersionId = null,
  lastApprovedVersionId = null,
}: WorkflowDiffLinksProps) => {
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const links = diffLinks({ workingCopyVersionId, liveVersionId, lastApprovedVersionId })
  return (
    <div className={styles.diffs} data-testid="workflow-diff-links">
      <h4 className={styles.heading}>Compare</h4>
      <nav className={styles.list} aria-label="Compare versions">
        {links.map((link) => (
          <div key={link.key} data-diff={link.key}>
            {'unavailable' in link ? (
              <span className={styles.unavailable} title={link.unavailable}>
                {link.label}: <span className={styles.reason}>{link.unavailable}</span>
              </span>
            ) : (
              <Link
                href={compareVersionsPath({
                  adminRoute,
                  collection,
                  documentId: id,
                  versionId: link.versionId,
                  versionFrom: link.versionFrom,
                })}
                prefetch={false}
              >
                {link.label}
              </Link>
            )}
          </div>
        ))}
        <div>
          <Link
            href={versionsListPath({ adminRoute, collection, documentId: id })}
            prefetch={false}
          >
            All versions
          </Link>
        </div>
      </nav>
    </div>
  )
}
