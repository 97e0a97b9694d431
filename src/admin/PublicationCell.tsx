'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { PublicationBadge } from './PublicationBadge'

/**
 * List view cell for `publication`: "Live" / "Offline", plus "edit pending" when a live document's
 * working copy (shown in the "Review state" column) is not the live version.
 */
export const PublicationCell = ({ cellData, rowData }: DefaultCellComponentProps) =>
  cellData ? (
    <PublicationBadge
      publication={cellData}
      reviewState={(rowData as Record<string, unknown> | undefined)?.reviewState}
    />
  ) : null
