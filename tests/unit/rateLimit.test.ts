import type { NextFunction, Request, Response } from 'express'

import { createFixedWindowLimiter, limitAttempts } from '../../src/server/rateLimit'

const T0 = 1_700_000_000_000

describe('createFixedWindowLimiter', () => {
  it('lets `limit` attempts through in a window and refuses the next with the seconds left', () => {
    const limiter = createFixedWindowLimiter({ limit: 3, windowMs: 60_000 })
    expect(limiter.hit('1.2.3.4', T0)).toBe(0)
    expect(limiter.hit('1.2.3.4', T0 + 1_000)).toBe(0)
    expect(limiter.hit('1.2.3.4', T0 + 2_000)).toBe(0)
    expect(limiter.hit('1.2.3.4', T0 + 10_000)).toBe(50)
    expect(limiter.hit('1.2.3.4', T0 + 30_500)).toBe(30)
    expect(limiter.hit('1.2.3.4', T0 + 59_999)).toBe(1)
  })

  it('opens a fresh window once the first has passed', () => {
    const limiter = createFixedWindowLimiter({ limit: 2, windowMs: 60_000 })
    limiter.hit('ip', T0)
    limiter.hit('ip', T0)
    expect(limiter.hit('ip', T0 + 1)).toBeGreaterThan(0)
    expect(limiter.hit('ip', T0 + 60_000)).toBe(0)
    expect(limiter.hit('ip', T0 + 60_001)).toBe(0)
    expect(limiter.hit('ip', T0 + 60_002)).toBe(60)
  })

  it('is a fixed window: refused attempts do not extend it', () => {
    const limiter = createFixedWindowLimiter({ limit: 1, windowMs: 10_000 })
    expect(limiter.hit('ip', T0)).toBe(0)
    for (let second = 1; second < 10; second += 1) {
      expect(limiter.hit('ip', T0 + second * 1_000)).toBe(10 - second)
    }
    expect(limiter.hit('ip', T0 + 10_000)).toBe(0)
  })

  it('counts each key separately', () => {
    const limiter = createFixedWindowLimiter({ limit: 1, windowMs: 60_000 })
    expect(limiter.hit('a', T0)).toBe(0)
    expect(limiter.hit('a', T0)).toBe(60)
    expect(limiter.hit('b', T0)).toBe(0)
  })

  it('rounds a partial second up, so Retry-After is never 0 while refused', () => {
    const limiter = createFixedWindowLimiter({ limit: 1, windowMs: 1_500 })
    limiter.hit('ip', T0)
    expect(limiter.hit('ip', T0 + 1_499)).toBe(1)
  })

  it('uses the clock when no time is given', () => {
    const limiter = createFixedWindowLimiter({ limit: 1, windowMs: 60_000 })
    expect(limiter.hit('ip')).toBe(0)
    const retry = limiter.hit('ip')
    expect(retry).toBeGreaterThanOrEqual(59)
    expect(retry).toBeLessThanOrEqual(60)
  })
})

describe('limitAttempts', () => {
  const fakeResponse = () => {
    const sent: { status?: number; headers: Record<string, string>; body?: unknown } = {
      headers: {},
    }
    const res = {
      setHeader: (name: string, value: string) => {
        sent.headers[name.toLowerCase()] = value
        return res
      },
      status: (code: number) => {
        sent.status = code
        return res
      },
      json: (body: unknown) => {
        sent.body = body
        return res
      },
    }
    return { res: res as unknown as Response, sent }
  }

  it('passes requests on until the limit, then answers 429 with Retry-After and a message', () => {
    const middleware = limitAttempts(createFixedWindowLimiter({ limit: 2, windowMs: 60_000 }))
    const req = { ip: '203.0.113.9' } as Request
    let passedOn = 0
    const next = (() => {
      passedOn += 1
    }) as NextFunction

    for (let i = 0; i < 2; i += 1) {
      const { res, sent } = fakeResponse()
      middleware(req, res, next)
      expect(sent.status).toBeUndefined()
    }
    expect(passedOn).toBe(2)

    const { res, sent } = fakeResponse()
    middleware(req, res, next)
    expect(passedOn).toBe(2)
    expect(sent.status).toBe(429)
    expect(Number(sent.headers['retry-after'])).toBeGreaterThanOrEqual(59)
    expect(sent.body).toEqual({
      errors: [
        {
          message: `Too many attempts from this address; try again in ${sent.headers['retry-after']} s.`,
        },
      ],
    })

    const other = fakeResponse()
    middleware({ ip: '198.51.100.1' } as Request, other.res, next)
    expect(passedOn).toBe(3)
  })
})
