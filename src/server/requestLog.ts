import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

/** One line per request: method, path without the query (it may carry tokens), status, time. */
export const requestLog =
  (logger: Logger): RequestHandler =>
  (req, res, next) => {
    const startedAt = process.hrtime.bigint()
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0]
      const entry = {
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - startedAt) / 1_000_000n),
      }
      if (path.startsWith('/_next/')) logger.debug(entry, 'request')
      else logger.info(entry, 'request')
    })
    next()
  }
