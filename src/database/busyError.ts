import { APIError } from 'payload'

import { DATABASE_BUSY_CODE, DATABASE_BUSY_MESSAGE } from './writeLock'

/**
 * A write that could not get its turn at the database in time: another process held SQLite's
 * write lock for longer than the busy timeout, or this process's queue of writes did not move.
 * Nothing was written and the client may simply try again: 409, not a server error. `reason`
 * says which, for logs and the readiness check; the client sees the message.
 */
export class DatabaseBusyError extends APIError {
  constructor(readonly reason: string) {
    super(DATABASE_BUSY_MESSAGE, 409, { code: DATABASE_BUSY_CODE }, true)
    this.name = 'DatabaseBusyError'
  }
}
