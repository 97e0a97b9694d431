/**
 * The SQLite client Payload's adapter talks to: reads on one connection, every write on another,
 * one write at a time.
 *
 * Why (measured, see the issue): libsql's client runs each transaction as BEGIN IMMEDIATE on the
 * connection it was using and then opens a fresh connection, which has no busy timeout. Two
 * transactions at once in one process (an upload and a user create, say) meant the second BEGIN
 * failed at once with SQLITE_BUSY, a 500. Worse, the failed BEGIN statement is never reset or
 * finalized (that waits for garbage collection), so it pins an old snapshot on that connection:
 * every later BEGIN there answered SQLITE_BUSY_SNAPSHOT and commits failed, for seconds to
 * minutes after the load, until the garbage collector happened to free it.
 *
 * Here, writes (transactions and single statements alike) wait their turn in an in-process queue
 * and run on one writer connection; reads never wait. Only another process can still hold the
 * write lock: then the write retries without blocking the event loop, on a fresh connection each
 * time (a statement refused as busy leaves its connection unusable), until the busy timeout, and
 * fails with DatabaseBusyError (409, nothing written) if its turn never comes.
 */
import type {
  Client,
  InStatement,
  Replicated,
  ResultSet,
  Transaction,
  TransactionMode,
} from '@libsql/client'

import { DatabaseBusyError } from './busyError'
import { isReadOnlyStatement, isSqliteBusy } from './writeLock'
import { createWriteGate, WriteQueueTimeoutError, type ReleaseWrite } from './writeGate'

/** How often a write refused by another process's lock tries again. */
const BUSY_RETRY_MS = 25
/** How long a write may wait behind this process's other writes before it answers 409. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 15_000

export interface SerializedWritesOptions {
  /** Opens a new libsql client on the database file (one connection each). */
  open: () => Client
  /** How long a write waits for another process to release the write lock. */
  busyTimeoutMs: number
  queueTimeoutMs?: number
  /** Per-connection settings for the writer, e.g. `synchronous` and `journal_size_limit`. */
  writerPragmas?: string[]
  /** Switch the database file to write-ahead logging (readers never wait for writers). */
  wal?: boolean
  /** Told about every write refused as busy (the client only sees a 409). */
  onBusy?: (reason: string) => void
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const transactionClosedError = () =>
  Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })

export class SerializedSqliteClient implements Client {
  readonly protocol = 'file'
  private readonly gate = createWriteGate()
  private writer: Client
  private reader: Client
  private readonly queueTimeoutMs: number

  private constructor(private readonly options: SerializedWritesOptions) {
    this.queueTimeoutMs = options.queueTimeoutMs ?? DEFAULT_QUEUE_TIMEOUT_MS
    this.reader = options.open()
    this.writer = options.open()
  }

  static async open(options: SerializedWritesOptions): Promise<SerializedSqliteClient> {
    const client = new SerializedSqliteClient(options)
    if (options.wal) await client.writer.execute('PRAGMA journal_mode = WAL')
    await client.configureWriter(client.writer)
    await client.configureReader(client.reader)
    return client
  }

  get closed(): boolean {
    return this.reader.closed
  }

  /**
   * Whether the database takes writes, without queueing behind them. While this process is
   * writing, the answer is yes unless the current write has held the lock for longer than the
   * busy timeout (a stuck or leaked transaction). Otherwise it takes the write lock (BEGIN
   * IMMEDIATE) and lets it go at once (ROLLBACK): nothing is written, and a lock held by another
   * process is retried without blocking the event loop until `timeoutMs`.
   */
  async probeWrite(timeoutMs: number): Promise<void> {
    const heldForMs = this.gate.heldForMs
    if (heldForMs !== null) {
      if (heldForMs > this.options.busyTimeoutMs) {
        throw new DatabaseBusyError(`a write has held the database for ${heldForMs} ms`)
      }
      return
    }
    const release = await this.turn(timeoutMs)
    try {
      await this.retryWhileBusy(timeoutMs, async (writer) => {
        await writer.execute('BEGIN IMMEDIATE')
        await writer.execute('ROLLBACK')
      })
    } finally {
      release()
    }
  }

  async execute(statement: InStatement): Promise<ResultSet> {
    if (isReadOnlyStatement(statement)) return this.read((reader) => reader.execute(statement))
    return this.write((writer) => writer.execute(statement))
  }

  batch(statements: InStatement[]): Promise<ResultSet[]> {
    return this.write((writer) => writer.batch(statements, 'write'))
  }

  migrate(statements: InStatement[]): Promise<ResultSet[]> {
    return this.write((writer) => writer.migrate(statements))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.write((writer) => writer.executeMultiple(sql))
  }

  /**
   * A write transaction on the writer connection, begun once it is this caller's turn (whatever
   * `mode` asks: Payload only opens transactions to write). The turn passes on at commit or
   * rollback.
   */
  async transaction(_mode?: TransactionMode): Promise<Transaction> {
    const release = await this.turn(this.queueTimeoutMs)
    let connection: Client
    try {
      connection = await this.retryWhileBusy(this.options.busyTimeoutMs, async (writer) => {
        await writer.execute('BEGIN IMMEDIATE')
        return writer
      })
    } catch (error) {
      release()
      throw error
    }
    return this.transactionOn(connection, release)
  }

  sync(): Promise<Replicated> {
    return this.reader.sync()
  }

  close(): void {
    this.reader.close()
    this.writer.close()
  }

  private transactionOn(connection: Client, release: ReleaseWrite): Transaction {
    let open = true
    const assertOpen = () => {
      if (!open) throw transactionClosedError()
    }
    const finish = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (!open) {
        if (sql === 'COMMIT') throw transactionClosedError()
        return
      }
      open = false
      try {
        await connection.execute(sql)
      } catch (error) {
        // Never leave the writer inside a transaction: the next write would fail.
        await connection.execute('ROLLBACK').catch(() => this.replaceWriter(connection))
        throw error
      } finally {
        release()
      }
    }
    return {
      execute: async (statement: InStatement) => {
        assertOpen()
        return connection.execute(statement)
      },
      batch: async (statements: InStatement[]) => {
        const results: ResultSet[] = []
        for (const statement of statements) {
          assertOpen()
          results.push(await connection.execute(statement))
        }
        return results
      },
      executeMultiple: async () => {
        throw new Error('executeMultiple is not available inside a transaction')
      },
      commit: () => finish('COMMIT'),
      rollback: () => finish('ROLLBACK'),
      close: () => {
        void finish('ROLLBACK').catch(() => undefined)
      },
      get closed() {
        return !open
      },
    }
  }

  /** Waits for this process's earlier writes; a queue that does not move in time is a 409. */
  private async turn(timeoutMs: number): Promise<ReleaseWrite> {
    try {
      return await this.gate.acquire(timeoutMs)
    } catch (error) {
      if (error instanceof WriteQueueTimeoutError) {
        throw this.busy(
          `${error.message} (the current one has held the database for ${this.gate.heldForMs} ms, ${this.gate.waiting} more queued)`,
        )
      }
      throw error
    }
  }

  private async write<T>(work: (writer: Client) => Promise<T>): Promise<T> {
    const release = await this.turn(this.queueTimeoutMs)
    try {
      return await this.retryWhileBusy(this.options.busyTimeoutMs, work)
    } finally {
      release()
    }
  }

  private async read<T>(work: (reader: Client) => Promise<T>): Promise<T> {
    const reader = this.reader
    try {
      return await work(reader)
    } catch (error) {
      // A read refused as busy leaves its statement open, pinning an old snapshot: start afresh.
      if (isSqliteBusy(error)) await this.replaceReader(reader)
      throw error
    }
  }

  /**
   * Runs work on the writer; while another process holds the write lock, tries again on a fresh
   * connection (the refused statement keeps the old one stuck) until the deadline. A statement
   * refused as busy changed nothing, so trying it again is safe.
   */
  private async retryWhileBusy<T>(
    timeoutMs: number,
    work: (writer: Client) => Promise<T>,
  ): Promise<T> {
    const startedAt = Date.now()
    for (;;) {
      const writer = this.writer
      try {
        return await work(writer)
      } catch (error) {
        if (!isSqliteBusy(error)) throw error
        await this.replaceWriter(writer)
        const waitedMs = Date.now() - startedAt
        if (waitedMs >= timeoutMs) {
          throw this.busy(`another connection held the write lock for ${waitedMs} ms`)
        }
        await sleep(BUSY_RETRY_MS)
      }
    }
  }

  private busy(reason: string): DatabaseBusyError {
    this.options.onBusy?.(reason)
    return new DatabaseBusyError(reason)
  }

  private async replaceWriter(stuck: Client): Promise<void> {
    if (this.writer !== stuck) return
    const fresh = this.options.open()
    await this.configureWriter(fresh)
    this.writer = fresh
    stuck.close()
  }

  private async replaceReader(stuck: Client): Promise<void> {
    if (this.reader !== stuck) return
    const fresh = this.options.open()
    await this.configureReader(fresh)
    this.reader = fresh
    stuck.close()
  }

  private async configureWriter(writer: Client): Promise<void> {
    // Waiting for the lock happens in retryWhileBusy, without blocking the event loop.
    await writer.execute('PRAGMA busy_timeout = 0')
    for (const pragma of this.options.writerPragmas ?? []) await writer.execute(pragma)
  }

  private async configureReader(reader: Client): Promise<void> {
    await reader.execute(`PRAGMA busy_timeout = ${this.options.busyTimeoutMs}`)
  }
}
