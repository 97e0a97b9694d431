import { createClient } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { DatabaseBusyError } from './busyError'
import { mentionsDatabaseBusy } from './writeLock'
import { SerializedSqliteClient } from './sqliteWrites'

/**
 * Gives Payload's SQLite adapter the client that queues writes (see sqliteWrites.ts) instead of
 * the plain libsql client it would create. The adapter only creates a client when it has none,
 * so the queueing client is put in place just before it connects; the pragmas the adapter would
 * have run (WAL, busy timeout, synchronous) are applied by that client to its own connections.
 */
export const withSerializedWrites = (
  base: DatabaseAdapterObj<SQLiteAdapter>,
): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...base,
  init: (args) => {
    const adapter = base.init(args)
    const connect = adapter.connect
    adapter.connect = async function (this: SQLiteAdapter, options) {
      if (!this.client) {
        const wal = this.wal
        this.client = await SerializedSqliteClient.open({
          open: () => createClient(this.clientConfig),
          busyTimeoutMs: this.busyTimeout,
          wal: Boolean(wal),
          onBusy: (reason) => this.payload.logger.warn({ reason }, 'write refused: database busy'),
          writerPragmas: wal
            ? [
                `PRAGMA journal_size_limit = ${wal.journalSizeLimit}`,
                `PRAGMA synchronous = ${wal.synchronous}`,
              ]
            : [],
        })
      }
      return connect?.call(this, options)
    }
    // Drizzle re-throws a failed BEGIN as a plain Error (a 500) that keeps only the message.
    const beginTransaction = adapter.beginTransaction
    adapter.beginTransaction = async function (this: SQLiteAdapter, options) {
      try {
        return await beginTransaction.call(this, options)
      } catch (error) {
        if (error instanceof Error && mentionsDatabaseBusy(error.message)) {
          throw new DatabaseBusyError('no turn to begin a transaction')
        }
        throw error
      }
    }
    return adapter
  },
})
