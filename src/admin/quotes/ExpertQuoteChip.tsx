'use client'
/**
 * The inline expert quote as the article editor shows it: the statement (shortened), who said it
 * and, when anonymous readers cannot see the quote, a "Not live" marker with its review state.
 * It is the inline block's `admin.components.Label`, rendered inside the block's own form, so it
 * follows the quote chosen in the block's drawer.
 */
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { reviewStateLabel } from '../../workflow/states'
import {
  CHIP_STATEMENT_LENGTH,
  expertLabel,
  quoteLabel,
  quotedStatement,
  relationshipIds,
} from './quoteSummary'
import styles from './quotes.module.css'
import { useQuoteSummaries } from './useQuoteSummaries'

const Chip = ({
  children,
  live,
  title,
}: {
  children: React.ReactNode
  live?: boolean
  title?: string
}) => (
  <span
    className={styles.chip}
    data-testid="expert-quote-chip"
    data-live={live === undefined ? undefined : String(live)}
    title={title}
  >
    {children}
  </span>
)

export const ExpertQuoteChip = () => {
  const quoteValue = useFormFields(([fields]) => fields.quote?.value)
  const [id] = relationshipIds(quoteValue)
  const summaryOf = useQuoteSummaries(id ? [id] : [])
  if (!id) return <Chip>Expert quote (none chosen)</Chip>
  const entry = summaryOf(id)
  if (!entry) return <Chip>Expert quote…</Chip>
  if (entry.state !== 'loaded') {
    return (
      <Chip live={false}>
        <span className={styles.notLive}>
          {entry.state === 'missing' ? 'Quote not found' : 'Quote could not be read'}
        </span>
      </Chip>
    )
  }
  const { summary } = entry
  return (
    <Chip live={summary.live} title={quoteLabel(summary)}>
      <span className={styles.statement}>
        {quotedStatement(summary.statement, CHIP_STATEMENT_LENGTH)}
      </span>
      <span className={styles.expert}>— {expertLabel(summary.expertName)}</span>
      {summary.live ? null : (
        <span className={styles.notLive} data-review-state={summary.reviewState ?? undefined}>
          Not live · {reviewStateLabel(summary.reviewState)}
        </span>
      )}
    </Chip>
  )
}
