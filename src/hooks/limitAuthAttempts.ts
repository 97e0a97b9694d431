import { APIError, type CollectionBeforeOperationHook, type Config } from 'payload'

import { AuthAttemptLimiter, isAuthOperation, type Refusal } from '../auth/attemptLimits'
import { clientAddressFrom } from '../auth/clientAddress'
import { readSettings } from '../settings'

export const TOO_MANY_ATTEMPTS = 'TooManyAttempts'

/** 429: over REST with Retry-After, over GraphQL as an error with `extensions.statusCode` 429. */
export class TooManyAttempts extends APIError {
  constructor(refusal: Refusal) {
    super(refusal.message, 429, { retryAfterSeconds: refusal.retryAfterSeconds })
    // Set by hand: the production bundle may rename the class.
    this.name = TOO_MANY_ATTEMPTS
  }
}

/**
 * Failed and refused sign-ins are the client's doing: one info line each, without a stack.
 * Payload looks levels up by `error.name`; its type only lists its own error names.
 */
export const authLoggingLevels = {
  AuthenticationError: 'info',
  LockedAuth: 'info',
  [TOO_MANY_ATTEMPTS]: 'info',
} as Config['loggingLevels']

// One limiter per process, however many copies of this module Next's bundles load.
const LIMITER_SLOT = Symbol.for('acne-scar-cms.authAttemptLimiter')
type WithLimiter = typeof globalThis & { [LIMITER_SLOT]?: AuthAttemptLimiter }

const processLimiter = (): AuthAttemptLimiter =>
  ((globalThis as WithLimiter)[LIMITER_SLOT] ??= new AuthAttemptLimiter(readSettings()))

/**
 * Counts every sign-in, forgot-password and reset-password attempt that comes over REST or GraphQL
 * (each GraphQL alias is one operation, so one attempt), by the address Express recorded and by
 * the e-mail, and refuses those over the limits in src/auth/attemptLimits.ts. Running inside
 * Payload's operations, it sees every route spelling and transport. The server's own Local API
 * calls are not counted.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (req.payloadAPI === 'local' || !isAuthOperation(operation)) return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const refusal = await processLimiter().attempt(operation, {
    address: clientAddressFrom(req.headers),
    email,
  })
  if (!refusal) return args
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(refusal.retryAfterSeconds))
  req.responseHeaders = headers
  throw new TooManyAttempts(refusal)
}
