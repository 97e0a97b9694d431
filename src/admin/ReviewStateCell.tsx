'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { ReviewStateBadge } from './ReviewStateBadge'

/** List view cell for `reviewState`: the same badge as the edit view's workflow panel. */
export const ReviewStateCell = ({ cellData }: DefaultCellComponentProps) =>
  cellData ? <ReviewStateBadge state={cellData} /> : null
