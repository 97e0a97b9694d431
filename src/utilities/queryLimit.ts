/** The most documents one API request may ask for, in a page or in a join. */
export const MAX_QUERY_LIMIT = 100

export interface PagingArgs {
  limit?: number | null
  pagination?: boolean
  joins?: unknown
}

const capLimit = (requested: number | null | undefined): number | null | undefined => {
  if (requested === undefined || requested === null || Number.isNaN(requested)) return requested
  return requested <= 0 || requested > MAX_QUERY_LIMIT ? MAX_QUERY_LIMIT : requested
}

const capJoins = (joins: unknown): unknown => {
  if (!joins || typeof joins !== 'object') return joins
  return Object.fromEntries(
    Object.entries(joins as Record<string, unknown>).map(([name, join]) => {
      if (!join || typeof join !== 'object') return [name, join]
      const query = join as { limit?: number }
      return [name, { ...query, limit: capLimit(query.limit) ?? undefined }]
    }),
  )
}

/**
 * Caps what an API client may ask for: `limit=0`, `pagination=false`, a join's `limit=0` and any
 * limit above the maximum all become pages of MAX_QUERY_LIMIT. The response's `limit` shows it.
 */
export const capPaging = <T extends PagingArgs>(args: T): T => ({
  ...args,
  limit:
    args.pagination === false ? (capLimit(args.limit) ?? MAX_QUERY_LIMIT) : capLimit(args.limit),
  pagination: true,
  joins: capJoins(args.joins),
})

/**
 * A `page` that is not a whole number of at least 1 (REST's `page=abc`, `page=1e309` read as
 * Infinity, GraphQL's `page: -1`) reaches the database as a nonsense offset, and a `limit` that
 * is not a number (`limit[a]=b`) slips past the cap; refuse both instead. Numeric limits out of
 * range are capped by capPaging, as before.
 */
export const findPagingProblem = (args: {
  page?: unknown
  limit?: unknown
}): string | undefined => {
  const { page, limit } = args
  const given = (value: unknown) => value !== undefined && value !== null
  if (given(page) && !(typeof page === 'number' && Number.isSafeInteger(page) && page >= 1)) {
    return `page must be a whole number of at least 1, not ${JSON.stringify(String(page))}.`
  }
  if (given(limit) && !(typeof limit === 'number' && !Number.isNaN(limit))) {
    return `limit must be a number (at most ${MAX_QUERY_LIMIT} documents are returned), not ${JSON.stringify(
      typeof limit === 'object' ? limit : String(limit),
    )}.`
  }
  return undefined
}
