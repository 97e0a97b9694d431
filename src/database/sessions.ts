/**
 * Payload keeps a user's login sessions as a list on the user. A login reads the user before its
 * transaction begins, then writes back the list it read plus its new session: of two logins to
 * one account at the same moment, the later write dropped the earlier one's session, so that
 * login answered 200 with a token that was dead at once (measured: 9 of 10 concurrent logins).
 */

export interface StoredSession {
  id: string
  expiresAt: string | Date
}

/**
 * The sessions to store when a write brings a list of sessions: when it adds one (a login), the
 * unexpired sessions already stored that the writer did not know of are kept beside its list. A
 * write that only removes (a logout) is stored as it is.
 */
export const keepConcurrentSessions = <T extends StoredSession>(
  stored: T[],
  written: T[],
  now: Date,
): T[] => {
  const storedIds = new Set(stored.map((session) => session.id))
  const addsOne = written.some((session) => !storedIds.has(session.id))
  if (!addsOne) return written
  const writtenIds = new Set(written.map((session) => session.id))
  const unknownToWriter = stored.filter(
    (session) => !writtenIds.has(session.id) && new Date(session.expiresAt) > now,
  )
  return [...unknownToWriter, ...written]
}
