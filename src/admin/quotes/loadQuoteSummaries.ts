/**
 * Quote summaries for server components, as the signed-in user (access applies): the working
 * copies with their experts' names in one query, and which of them are live in another.
 */
import type { PayloadRequest } from 'payload'

import { summariesFrom, type QuoteSummary } from './quoteSummary'

export const loadQuoteSummaries = async (
  req: PayloadRequest,
  ids: readonly string[],
): Promise<Map<string, QuoteSummary>> => {
  if (ids.length === 0) return new Map()
  const common = {
    collection: 'expert-quotes',
    req,
    user: req.user,
    overrideAccess: false,
    limit: ids.length,
  } as const
  const [workingCopies, live] = await Promise.all([
    req.payload.find({
      ...common,
      draft: true,
      depth: 1,
      where: { id: { in: [...ids] } },
      select: { statement: true, expert: true, reviewState: true },
      populate: { experts: { name: true } },
    }),
    // Without `draft`: the main documents, whose `_status` says what anonymous readers get.
    req.payload.find({
      ...common,
      depth: 0,
      where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }] },
      select: { _status: true },
    }),
  ])
  return summariesFrom(
    workingCopies.docs as unknown as Record<string, unknown>[],
    new Set(live.docs.map((doc) => String(doc.id))),
  )
}
