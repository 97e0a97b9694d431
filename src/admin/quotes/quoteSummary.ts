/**
 * How the admin panel names an expert quote wherever an article uses one: the inline chip in the
 * editor, the options of the quote pickers and the inline quotes in version diffs. Plain data and
 * text, safe in server and client components alike; the loaders (quoteSummaryStore.ts for the
 * browser, loadQuoteSummaries.ts for server components) fill it in.
 */
import { idOf } from '../../richText/nodes'
import { excerpt } from '../../richText/excerpt'
import { reviewStateLabel } from '../../workflow/states'

/** What an editor needs to recognise a quote and to know whether readers can see it. */
export interface QuoteSummary {
  id: string
  /** The working copy's words (read with `draft=true`). */
  statement: string | null
  expertName: string | null
  /** Where the working copy is in review (read with `draft=true`). */
  reviewState: string | null
  /** Anonymous readers get it: the main document's `_status` is 'published'. */
  live: boolean
}

/** How long a statement may be on the inline chip before it is shortened. */
export const CHIP_STATEMENT_LENGTH = 60

/** `In review · not live`: where the working copy is and whether the public sees the quote. */
export const quoteStatusText = ({
  reviewState,
  live,
}: Pick<QuoteSummary, 'reviewState' | 'live'>) =>
  `${reviewStateLabel(reviewState)} · ${live ? 'live' : 'not live'}`

/** The statement in typographic quotes, shortened to `maxLength` characters when given. */
export const quotedStatement = (statement: string | null, maxLength?: number): string => {
  const words = statement?.trim() ? statement : null
  if (!words) return 'Quote without a statement'
  return `“${maxLength ? excerpt(words, maxLength) : words.replace(/\s+/g, ' ').trim()}”`
}

/** `Dr. Jane Doe`, or a plain placeholder when the expert is gone or unreadable. */
export const expertLabel = (expertName: string | null): string =>
  expertName?.trim() ? expertName.trim() : 'unknown expert'

/**
 * One line that names a quote: `“statement” — Dr. Jane Doe · In review · not live`. The statement
 * is kept whole unless `maxStatementLength` is given (the picker filters its options by their
 * label, so there it must hold every word the server matched).
 */
export const quoteLabel = (
  summary: Omit<QuoteSummary, 'id'>,
  { maxStatementLength }: { maxStatementLength?: number } = {},
): string =>
  `${quotedStatement(summary.statement, maxStatementLength)} — ${expertLabel(summary.expertName)}` +
  ` · ${quoteStatusText(summary)}`

type Doc = Record<string, unknown>

const textOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null

/**
 * Summaries from the two reads that make them: the working copies (`draft=true`, expert populated
 * to its name) and the ids of the quotes that are live. A working copy without an id is skipped.
 */
export const summariesFrom = (
  workingCopies: readonly Doc[],
  liveIds: ReadonlySet<string>,
): Map<string, QuoteSummary> => {
  const summaries = new Map<string, QuoteSummary>()
  for (const doc of workingCopies) {
    const id = idOf(doc.id)
    if (!id) continue
    const expert = doc.expert
    summaries.set(id, {
      id,
      statement: textOf(doc.statement),
      expertName:
        typeof expert === 'object' && expert !== null ? textOf((expert as Doc).name) : null,
      reviewState: textOf(doc.reviewState),
      live: liveIds.has(id),
    })
  }
  return summaries
}

/** The ids in a relationship value: one id, a list, or populated documents. */
export const relationshipIds = (value: unknown): string[] => {
  const values = Array.isArray(value) ? value : [value]
  return [...new Set(values.map(idOf).filter((id): id is string => id !== null))]
}
