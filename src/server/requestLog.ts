import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Logger } from 'pino'
import { pinoHttp, type HttpLogger } from 'pino-http'

/** The path without the query string: queries may carry tokens and personal data. */
const pathOf = (req: IncomingMessage): string =>
  ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0]

/**
 * One line per request through pino-http: method, path, status and milliseconds, flat, with no
 * headers (they carry cookies and tokens). Next's static assets log at debug only.
 */
export const requestLog = (logger: Logger): HttpLogger =>
  pinoHttp({
    logger,
    quietReqLogger: true,
    // Method, path and status are bound once, when the response is done (else twice: status 200
    // from the start of the request, then the real one).
    quietResLogger: true,
    customAttributeKeys: { responseTime: 'ms' },
    serializers: { req: () => undefined, res: () => undefined },
    customProps: (req: IncomingMessage, res: ServerResponse) => ({
      method: req.method,
      path: pathOf(req),
      status: res.statusCode,
    }),
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error'
      return pathOf(req).startsWith('/_next/') ? 'debug' : 'info'
    },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
  })
