import { pino } from 'pino'

import { clientFaultOf, describeServerError, withoutQueryParameters } from './input/clientFaults'

const ERROR_LEVEL = 50

/** The error a log call carries: `logger.error(error)` or `logger.error({ err: error })`. */
const errorIn = (first: unknown): Error | undefined => {
  if (first instanceof Error) return first
  const err = (first as { err?: unknown } | null)?.err
  return err instanceof Error ? err : undefined
}

/**
 * One JSON logger for Express and Payload. Credentials are redacted wherever they appear.
 *
 * Payload logs most errors at `error` with their stack, whatever caused them. An error the
 * client caused (a 4xx status, or a database failure only bad input causes) is logged here at
 * `info` as its message only; server errors stay at `error`, without database query parameters.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
  base: { service: 'acne-scar-cms' },
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.password',
      '*.token',
      '*.secret',
      '*.hash',
      '*.salt',
    ],
    censor: '[redacted]',
  },
  hooks: {
    logMethod(args, method, level) {
      const error = level === ERROR_LEVEL ? errorIn(args[0]) : undefined
      if (!error) return method.apply(this, args)
      const fault = clientFaultOf(error)
      if (fault) return this.info({ status: fault.status }, fault.message)
      if (withoutQueryParameters(error.message) === error.message) return method.apply(this, args)
      const [first, ...rest] = args as unknown[]
      const fields = first instanceof Error ? {} : (first as object)
      return method.apply(this, [{ ...fields, err: describeServerError(error) }, ...rest] as never)
    },
  },
})
