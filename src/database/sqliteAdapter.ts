import { createClient } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { DatabaseBusyError } from './busyError'
import { keepConcurrentSessions, type StoredSession } from './sessions'
import { SerializedSqliteClient } from './sqliteWrites'
import { mentionsDatabaseBusy } from './writeLock'

/**
 * Gives Payload's adapter the client that queues writes (sqliteWrites.ts) instead of the plain
 * libsql client. The adapter only creates a client when it has none, so this one is put in place
 * just before it connects; the pragmas the adapter would have run (WAL, busy timeout,
 * synchronous) are applied by this client to its own connections.
 */
const useQueueingClient = (adapter: SQLiteAdapter): void => {
  const connect = adapter.connect
  adapter.connect = async function (this: SQLiteAdapter, options) {
    if (!this.client) {
      const wal = this.wal
      this.client = await SerializedSqliteClient.open({
        open: () => createClient(this.clientConfig),
        busyTimeoutMs: this.busyTimeout,
        wal: Boolean(wal),
        writerPragmas: wal
          ? [
              `PRAGMA journal_size_limit = ${wal.journalSizeLimit}`,
              `PRAGMA synchronous = ${wal.synchronous}`,
            ]
          : [],
        onBusy: (reason) => this.payload.logger.warn({ reason }, 'write refused: database busy'),
      })
    }
    return connect?.call(this, options)
  }
}

/** Drizzle re-throws a failed BEGIN as a plain Error (a 500) that keeps only the message. */
const answerBusyBeginWith409 = (adapter: SQLiteAdapter): void => {
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
}

/**
 * A login's session list was read before its transaction (see sessions.ts). Writes run one at a
 * time here, so the list read inside the transaction is the current one to merge with.
 */
const keepSessionsOfConcurrentLogins = (adapter: SQLiteAdapter): void => {
  const updateOne = adapter.updateOne
  adapter.updateOne = async function (this: SQLiteAdapter, args) {
    const written = (args.data as { sessions?: unknown }).sessions
    const collection = this.payload.collections[args.collection]?.config
    if (
      !Array.isArray(written) ||
      !collection?.auth?.useSessions ||
      args.id === undefined ||
      !args.req?.transactionID
    ) {
      return updateOne.call(this, args)
    }
    const stored = await this.findOne<{ id: string; sessions?: StoredSession[] }>({
      collection: args.collection,
      where: { id: { equals: args.id } },
      select: { sessions: true },
      req: args.req,
    })
    const sessions = keepConcurrentSessions(
      stored?.sessions ?? [],
      written as StoredSession[],
      new Date(),
    )
    return updateOne.call(this, { ...args, data: { ...args.data, sessions } })
  }
}

/** Payload's SQLite adapter, made safe for concurrent writers. */
export const withSerializedWrites = (
  base: DatabaseAdapterObj<SQLiteAdapter>,
): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...base,
  init: (args) => {
    const adapter = base.init(args)
    useQueueingClient(adapter)
    answerBusyBeginWith409(adapter)
    keepSessionsOfConcurrentLogins(adapter)
    return adapter
  },
})
