import { jest } from '@jest/globals'

import {
  accountKey,
  addressKey,
  AuthAttemptLimiter,
  describeWait,
  rulesFor,
  type AuthLimitSettings,
} from '../../src/auth/attemptLimits'
import { isLocked, refusedWithoutPasswordCheck } from '../../src/auth/signInRefusal'

const SETTINGS: AuthLimitSettings = {
  authAttemptsPerMinute: 4,
  authAttemptsPerAccountPer15Minutes: 3,
  resetMailsPerAccountPerHour: 2,
}
const START = new Date('2030-01-01T00:00:00Z').getTime()

describe('which counters an attempt is checked against', () => {
  it('a sign-in: the address, then the account by its normalised e-mail', () => {
    const rules = rulesFor(
      'login',
      { address: '203.0.113.5', email: '  Ann@Example.COM ' },
      SETTINGS,
    )
    expect(
      rules.map(({ counter, key, limit, windowMs }) => [counter, key, limit, windowMs]),
    ).toEqual([
      ['address', '203.0.113.5', 4, 60_000],
      ['account', 'ann@example.com', 3, 15 * 60_000],
    ])
  })

  it('a forgot-password request: the address, then the reset mails of the account', () => {
    const rules = rulesFor(
      'forgotPassword',
      { address: '203.0.113.5', email: 'ann@example.com' },
      SETTINGS,
    )
    expect(rules.map(({ counter, limit, windowMs }) => [counter, limit, windowMs])).toEqual([
      ['address', 4, 60_000],
      ['resetMails', 2, 60 * 60_000],
    ])
  })

  it('a reset-password request (a token, no e-mail): the address only', () => {
    const rules = rulesFor('resetPassword', { address: '203.0.113.5' }, SETTINGS)
    expect(rules.map((rule) => rule.counter)).toEqual(['address'])
  })

  it.each([undefined, null, '', '   ', 42, ['ann@example.com']])(
    'a sign-in whose e-mail is %j counts against the address only',
    (email) => {
      expect(rulesFor('login', { address: '203.0.113.5', email }, SETTINGS)).toHaveLength(1)
      expect(accountKey(email)).toBeNull()
    },
  )

  it('counts an IPv6 client by its /56 network and an IPv4-mapped address as the IPv4 one', () => {
    expect(addressKey('2001:db8:0:12::1')).toBe(addressKey('2001:db8:0:34:ffff::9'))
    expect(addressKey('2001:db8:0:12::1')).not.toBe(addressKey('2001:db8:0:100::1'))
    expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5')
  })
})

describe('AuthAttemptLimiter', () => {
  let limiter: AuthAttemptLimiter

  beforeEach(() => {
    jest.useFakeTimers({ now: START })
    limiter = new AuthAttemptLimiter(SETTINGS)
  })

  afterEach(() => {
    limiter.shutdown()
    jest.useRealTimers()
  })

  const signIn = (address: string, email: string) => limiter.attempt('login', { address, email })

  it('refuses an address over its limit per minute, across sign-in and both reset requests, and only that address', async () => {
    expect(await signIn('203.0.113.5', 'a@example.com')).toBeNull()
    expect(await signIn('203.0.113.5', 'b@example.com')).toBeNull()
    expect(
      await limiter.attempt('forgotPassword', { address: '203.0.113.5', email: 'c@example.com' }),
    ).toBeNull()
    expect(await limiter.attempt('resetPassword', { address: '203.0.113.5' })).toBeNull()
    jest.setSystemTime(START + 20_000)

    expect(await signIn('203.0.113.5', 'd@example.com')).toEqual({
      counter: 'address',
      retryAfterSeconds: 40,
      message: 'Too many sign-in and password-reset attempts from this address; try again in 40 s.',
    })
    expect(await signIn('198.51.100.7', 'd@example.com')).toBeNull()

    jest.setSystemTime(START + 60_000)
    expect(await signIn('203.0.113.5', 'e@example.com')).toBeNull()
  })

  it('refuses an account over its limit per 15 minutes from any address, however the e-mail is spelt', async () => {
    expect(await signIn('203.0.113.1', 'ann@example.com')).toBeNull()
    expect(await signIn('203.0.113.2', 'ANN@example.com')).toBeNull()
    expect(await signIn('203.0.113.3', ' ann@example.com ')).toBeNull()

    expect(await signIn('203.0.113.4', 'Ann@Example.com')).toEqual({
      counter: 'account',
      retryAfterSeconds: 900,
      message: 'Too many sign-in attempts for this account; try again in 15 min.',
    })
    expect(await signIn('203.0.113.4', 'bob@example.com')).toBeNull()

    jest.setSystemTime(START + 15 * 60_000)
    expect(await signIn('203.0.113.4', 'ann@example.com')).toBeNull()
  })

  it('does not count an attempt against the account once its address is refused', async () => {
    for (let i = 0; i < 4; i += 1)
      expect(await signIn('203.0.113.9', `other${i}@example.com`)).toBeNull()
    for (let i = 0; i < 5; i += 1) {
      expect((await signIn('203.0.113.9', 'ann@example.com'))?.counter).toBe('address')
    }
    expect(await signIn('198.51.100.1', 'ann@example.com')).toBeNull()
  })

  it('allows a few reset mails per account per hour, counted by e-mail whether or not the account exists', async () => {
    const forgot = (address: string) =>
      limiter.attempt('forgotPassword', { address, email: 'nobody-or-somebody@example.com' })
    expect(await forgot('203.0.113.1')).toBeNull()
    expect(await forgot('203.0.113.2')).toBeNull()
    const refused = await forgot('203.0.113.3')
    expect(refused).toEqual({
      counter: 'resetMails',
      retryAfterSeconds: 3600,
      message: 'Too many password-reset e-mails requested for this account; try again in 60 min.',
    })

    jest.setSystemTime(START + 60 * 60_000)
    expect(await forgot('203.0.113.3')).toBeNull()
  })
})

describe('describeWait', () => {
  it.each([
    [1, '1 s'],
    [119, '119 s'],
    [120, '2 min'],
    [121, '3 min'],
    [3600, '60 min'],
  ])('%d seconds -> %s', (seconds, text) => {
    expect(describeWait(seconds)).toBe(text)
  })
})

describe('sign-ins Payload refuses without checking the password', () => {
  const now = START

  it('an unknown account, or one locked until later', () => {
    expect(refusedWithoutPasswordCheck(null, now)).toBe(true)
    expect(
      refusedWithoutPasswordCheck({ lockUntil: new Date(now + 1000).toISOString() }, now),
    ).toBe(true)
  })

  it.each([
    null,
    undefined,
    new Date(now - 1).toISOString(),
    new Date(now).toISOString(),
    'not a date',
  ])('not an account whose lockUntil is %j', (lockUntil) => {
    expect(refusedWithoutPasswordCheck({ lockUntil }, now)).toBe(false)
    expect(isLocked(lockUntil, now)).toBe(false)
  })
})
