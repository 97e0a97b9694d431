/**
 * The version diff of an article body: Payload's own Lexical diff, given the body with each inline
 * expert quote spelled out (statement, expert, review state, live or not) as a link to the quote.
 * Registered as the field's `admin.components.Diff`, which Payload prefers over the editor's.
 */
import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { RichTextFieldDiffServerComponent } from 'payload'
import React from 'react'

import { loadQuoteSummaries } from './loadQuoteSummaries'
import { inlineQuoteIds, withQuotesSpelledOut } from './quoteDiff'

export const BodyDiff: RichTextFieldDiffServerComponent = async (props) => {
  const { comparisonValue, versionValue, req } = props
  const summaries = await loadQuoteSummaries(req, inlineQuoteIds([comparisonValue, versionValue]))
  return (
    <LexicalDiffComponent
      {...props}
      comparisonValue={withQuotesSpelledOut(comparisonValue, summaries)}
      versionValue={withQuotesSpelledOut(versionValue, summaries)}
    />
  )
}
