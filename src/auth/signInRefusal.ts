/**
 * When Payload refuses a sign-in without checking the password, and how that is hidden. Plain.
 *
 * Payload refuses an unknown e-mail and a locked account at once, and says "This user is locked"
 * for the latter, while a wrong password for an existing account costs a full password check: the
 * answer and its timing told which accounts exist. The sign-in hook refuses those two cases itself,
 * after the same password work, with the same "incorrect" answer (src/hooks/concealSignInFailures.ts).
 */

/** Whether an account's `lockUntil` is still in the future. */
export const isLocked = (lockUntil: unknown, now: number = Date.now()): boolean => {
  if (typeof lockUntil !== 'string' && !(lockUntil instanceof Date)) return false
  const until = new Date(lockUntil).getTime()
  return Number.isFinite(until) && until > now
}

/** Payload would refuse this sign-in without a password check: no such account, or it is locked. */
export const refusedWithoutPasswordCheck = (
  account: { lockUntil?: unknown } | null | undefined,
  now: number = Date.now(),
): boolean => !account || isLocked(account.lockUntil, now)
