/**
 * When a failed delivery is tried again: exponential backoff from the configured first delay,
 * doubling after each failed attempt and capped, until the configured number of attempts is
 * used up. With the defaults (5 attempts, 30 s) the retries come 30 s, 1 min, 2 min and 4 min
 * after each failure.
 */

/** No wait between two attempts is longer than this, whatever the settings. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000

export interface RetryPolicy {
  maxAttempts: number
  /** The wait after the first failed attempt. */
  retryDelayMs: number
}

/** The wait after attempt `attempt` (1 for the first) failed. */
export const retryDelayMs = (attempt: number, firstDelayMs: number): number =>
  Math.min(firstDelayMs * 2 ** Math.max(0, attempt - 1), MAX_RETRY_DELAY_MS)

/**
 * When to try again after attempt `attempt` failed at `failedAt`, or null when that was the last
 * attempt allowed.
 */
export const nextRetryAt = (policy: RetryPolicy, attempt: number, failedAt: Date): Date | null =>
  attempt >= policy.maxAttempts
    ? null
    : new Date(failedAt.getTime() + retryDelayMs(attempt, policy.retryDelayMs))

/** The waits between attempts, in order: what a receiver that is down for a while will see. */
export const retrySchedule = (policy: RetryPolicy): number[] =>
  Array.from({ length: Math.max(0, policy.maxAttempts - 1) }, (_, index) =>
    retryDelayMs(index + 1, policy.retryDelayMs),
  )
