/**
 * SQLite's single write lock: which statements need it, and how to recognise the answers that
 * say it was not available. Plain functions, no Payload, so they are unit-tested directly.
 */
import type { InStatement } from '@libsql/client'

import type { DatabaseBusyError } from './busyError'

export const DATABASE_BUSY_CODE = 'DATABASE_BUSY'

export const DATABASE_BUSY_MESSAGE =
  'The database is busy with other changes and could not take this one in time; nothing was saved. Try again in a moment.'

/** Statements that only read: they run on the reader connection and never queue. */
export const isReadOnlyStatement = (statement: InStatement): boolean =>
  /^\s*select\b/i.test(typeof statement === 'string' ? statement : statement.sql)

/** SQLite's "locked" answers (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED, ...). */
export const isSqliteBusy = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

/**
 * The DatabaseBusyError somewhere in an error's chain of causes (drizzle wraps query errors).
 * Matched by name: Next bundles this module more than once, so `instanceof` is not reliable.
 */
export const findDatabaseBusy = (error: unknown): DatabaseBusyError | null => {
  let current = error
  for (let depth = 0; current && depth < 5; depth += 1) {
    if ((current as Error).name === 'DatabaseBusyError') return current as DatabaseBusyError
    current = (current as { cause?: unknown }).cause
  }
  return null
}

/** Whether a message carries a DatabaseBusyError's (drizzle re-throws a failed BEGIN as text). */
export const mentionsDatabaseBusy = (message: string): boolean =>
  message.includes(DATABASE_BUSY_MESSAGE)
