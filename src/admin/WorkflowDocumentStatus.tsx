'use client'
/**
 * The edit view's status line for reviewed collections (`admin.components.edit.Status`), in place
 * of Payload's "Status: Changed — Revert to published". Payload's revert PATCHes the published
 * content back as an ordinary save, which the review workflow refuses; a pending draft is thrown
 * away with the workflow's "discard" move on the review panel instead. This line only says whether
 * the document is live and whether an edit is pending.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { publicationOf } from './publication'
import { PublicationBadge } from './PublicationBadge'

export const WorkflowDocumentStatus = () => {
  const { id, hasPublishedDoc, savedDocumentData, isTrashed } = useDocumentInfo()
  if (!id || isTrashed) return null
  const publication = publicationOf(savedDocumentData?.publication, hasPublishedDoc)
  return (
    <div className="status" data-testid="workflow-document-status">
      <div className="status__value-wrap">
        <span className="status__label">Publication: </span>
        <PublicationBadge publication={publication} reviewState={savedDocumentData?.reviewState} />
      </div>
    </div>
  )
}
