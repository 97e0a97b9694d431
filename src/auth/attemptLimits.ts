/**
 * How many sign-in, forgot-password and reset-password attempts are allowed, counted per client
 * address and per account. Plain TypeScript: the Payload hook in src/hooks/limitAuthAttempts.ts
 * asks `AuthAttemptLimiter.attempt` before each operation, whatever route or transport it came by.
 *
 * | counter    | counts                                        | key                         | window |
 * | ---------- | --------------------------------------------- | --------------------------- | ------ |
 * | address    | every sign-in, forgot- and reset-password try | client address (IPv6: /56)  | 1 min  |
 * | account    | sign-in tries                                 | e-mail, trimmed, lower case | 15 min |
 * | resetMails | forgot-password requests (one mail each)      | e-mail, trimmed, lower case | 1 hour |
 *
 * Accounts are counted by the e-mail as sent, whether or not such an account exists, so a refusal
 * says nothing about which accounts exist. Counters live in memory (one process).
 */
import { ipKeyGenerator, MemoryStore, type Options } from 'express-rate-limit'

export const AUTH_OPERATIONS = ['login', 'forgotPassword', 'resetPassword'] as const
export type AuthOperation = (typeof AUTH_OPERATIONS)[number]

export const isAuthOperation = (operation: string): operation is AuthOperation =>
  (AUTH_OPERATIONS as readonly string[]).includes(operation)

export interface AuthLimitSettings {
  authAttemptsPerMinute: number
  authAttemptsPerAccountPer15Minutes: number
  resetMailsPerAccountPerHour: number
}

export type LimitCounter = 'address' | 'account' | 'resetMails'

export interface LimitRule {
  counter: LimitCounter
  key: string
  limit: number
  windowMs: number
  /** What was exceeded, for the refusal message. */
  what: string
}

export interface Attempt {
  /** The client address Express worked out (`req.ip`). */
  address: string
  /** The e-mail the client sent, if any, as sent. */
  email?: unknown
}

export interface Refusal {
  message: string
  retryAfterSeconds: number
  counter: LimitCounter
}

const MINUTE_MS = 60_000

export const WINDOW_MS: Record<LimitCounter, number> = {
  address: MINUTE_MS,
  account: 15 * MINUTE_MS,
  resetMails: 60 * MINUTE_MS,
}

/** The account an e-mail names, as Payload looks it up (trimmed, lower case), or null. */
export const accountKey = (email: unknown): string | null => {
  if (typeof email !== 'string') return null
  const normalised = email.trim().toLowerCase()
  return normalised === '' ? null : normalised
}

/** One key per IPv4 address and per IPv6 /56 network: one client often holds a whole /64 or more. */
export const addressKey = (address: string): string => ipKeyGenerator(address.trim())

/** The counters an attempt is checked against, in order: the address first. */
export const rulesFor = (
  operation: AuthOperation,
  attempt: Attempt,
  settings: AuthLimitSettings,
): LimitRule[] => {
  const rules: LimitRule[] = [
    {
      counter: 'address',
      key: addressKey(attempt.address),
      limit: settings.authAttemptsPerMinute,
      windowMs: WINDOW_MS.address,
      what: 'Too many sign-in and password-reset attempts from this address',
    },
  ]
  const account = accountKey(attempt.email)
  if (account && operation === 'login') {
    rules.push({
      counter: 'account',
      key: account,
      limit: settings.authAttemptsPerAccountPer15Minutes,
      windowMs: WINDOW_MS.account,
      what: 'Too many sign-in attempts for this account',
    })
  }
  if (account && operation === 'forgotPassword') {
    rules.push({
      counter: 'resetMails',
      key: account,
      limit: settings.resetMailsPerAccountPerHour,
      windowMs: WINDOW_MS.resetMails,
      what: 'Too many password-reset e-mails requested for this account',
    })
  }
  return rules
}

/** "42 s" under two minutes, else whole minutes rounded up. */
export const describeWait = (seconds: number): string =>
  seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`

export const refusalMessage = (what: string, retryAfterSeconds: number): string =>
  `${what}; try again in ${describeWait(retryAfterSeconds)}.`

/**
 * Counts attempts in express-rate-limit's in-memory store, one fixed window per key starting at
 * its first attempt. An attempt refused by one counter is not counted by the counters after it,
 * so an address already over its limit cannot use up an account's allowance.
 */
export class AuthAttemptLimiter {
  private readonly stores = new Map<LimitCounter, MemoryStore>()

  constructor(private readonly settings: AuthLimitSettings) {}

  /** Counts the attempt; returns why it is refused, or null when it may go ahead. */
  async attempt(operation: AuthOperation, attempt: Attempt): Promise<Refusal | null> {
    for (const rule of rulesFor(operation, attempt, this.settings)) {
      const { totalHits, resetTime } = await this.storeFor(rule).increment(rule.key)
      if (totalHits > rule.limit) {
        const untilReset = (resetTime?.getTime() ?? Date.now() + rule.windowMs) - Date.now()
        const retryAfterSeconds = Math.max(1, Math.ceil(untilReset / 1000))
        return {
          message: refusalMessage(rule.what, retryAfterSeconds),
          retryAfterSeconds,
          counter: rule.counter,
        }
      }
    }
    return null
  }

  /** Stops the stores' clean-up timers (tests). */
  shutdown(): void {
    for (const store of this.stores.values()) store.shutdown()
    this.stores.clear()
  }

  private storeFor(rule: LimitRule): MemoryStore {
    let store = this.stores.get(rule.counter)
    if (!store) {
      store = new MemoryStore()
      store.init({ windowMs: rule.windowMs } as Options)
      this.stores.set(rule.counter, store)
    }
    return store
  }
}
