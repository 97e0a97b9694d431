import { pino } from 'pino'

/** One JSON logger for Express and Payload. Credentials are redacted wherever they appear. */
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
})
