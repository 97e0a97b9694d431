import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit'

/**
 * Payload 3 has no rate limiting of its own; account lockout stops guessing one password, this
 * stops one address from trying many accounts. Counted per client address (`trust proxy` decides
 * which address that is), in memory.
 */
export const limitAuthAttempts = ({
  limit = 20,
  windowMs = 60_000,
}: { limit?: number; windowMs?: number } = {}): RateLimitRequestHandler =>
  rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, _next, options) => {
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime
      const retryAfter = Math.max(
        1,
        Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000),
      )
      res.setHeader('Retry-After', String(retryAfter))
      res.status(options.statusCode).json({
        errors: [{ message: `Too many attempts from this address; try again in ${retryAfter} s.` }],
      })
    },
  })
