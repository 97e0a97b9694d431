import type { RequestHandler } from 'express'

import type { ResponseCache } from '../cache/responseCache'

/**
 * `GET /health/cache`: how much the published-content cache holds, for operators and the
 * benchmark. Counts only; no keys or content.
 */
export const cacheStats =
  (cache: ResponseCache, maxBytes: number): RequestHandler =>
  (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ entries: cache.count, bytes: cache.size, maxBytes })
  }
