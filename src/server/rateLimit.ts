import type { RequestHandler } from 'express'

export interface FixedWindowLimiter {
  /** Counts one attempt for `key`; returns the seconds to wait when over the limit, else 0. */
  hit: (key: string, now?: number) => number
}

export const createFixedWindowLimiter = ({
  limit,
  windowMs,
}: {
  limit: number
  windowMs: number
}): FixedWindowLimiter => {
  const windows = new Map<string, { startedAt: number; count: number }>()
  return {
    hit(key, now = Date.now()) {
      if (windows.size > 10_000) {
        for (const [storedKey, window] of windows) {
          if (now - window.startedAt >= windowMs) windows.delete(storedKey)
        }
      }
      const window = windows.get(key)
      if (!window || now - window.startedAt >= windowMs) {
        windows.set(key, { startedAt: now, count: 1 })
        return 0
      }
      window.count += 1
      return window.count > limit ? Math.ceil((window.startedAt + windowMs - now) / 1000) : 0
    },
  }
}

/**
 * Payload 3 has no rate limiting of its own; account lockout stops guessing one password, this
 * stops one address from trying many accounts.
 */
export const limitAttempts =
  (limiter: FixedWindowLimiter): RequestHandler =>
  (req, res, next) => {
    const retryAfter = limiter.hit(req.ip ?? 'unknown')
    if (retryAfter === 0) return next()
    res.setHeader('Retry-After', String(retryAfter))
    res.status(429).json({
      errors: [{ message: `Too many attempts from this address; try again in ${retryAfter} s.` }],
    })
  }
