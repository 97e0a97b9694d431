import type { Payload } from 'payload'

import { findDatabaseBusy } from './writeLock'

export type DatabaseHealth = { ok: true } | { ok: false; reason: string }

interface SqliteLike {
  name: 'sqlite'
  client: {
    execute: (sql: string) => Promise<unknown>
    /** Present on the queueing client (sqliteWrites.ts): takes the write lock and lets it go. */
    probeWrite?: (timeoutMs: number) => Promise<void>
  }
}

/** The fields of MongoDB's `hello` reply that say whether this server takes writes. */
export interface MongoHelloReply {
  isWritablePrimary?: boolean
  /** Servers before MongoDB 4.4 (and `isMaster`) name it so. */
  ismaster?: boolean
}

interface MongooseLike {
  name: 'mongoose'
  connection: {
    db?: { admin: () => { command: (command: object) => Promise<MongoHelloReply> } }
  }
}

/** MongoDB takes writes only through a writable primary (or a standalone server). */
export const mongoWritability = (reply: MongoHelloReply): DatabaseHealth =>
  (reply.isWritablePrimary ?? reply.ismaster)
    ? { ok: true }
    : { ok: false, reason: 'MongoDB has no writable primary: writes would fail' }

const cannotWrite = (error: unknown): Error => {
  const busy = findDatabaseBusy(error)
  const detail = busy ? busy.reason : error instanceof Error ? error.message : String(error)
  return new Error(`cannot take writes: ${detail}`)
}

/**
 * SQLite: a read, then a write probe (an immediate transaction rolled back at once, which waits
 * its turn behind the process's own writes and never blocks the event loop). MongoDB: `hello`,
 * which is answered without touching data and says whether the server is a writable primary.
 */
const check = async (db: Payload['db'], timeoutMs: number): Promise<DatabaseHealth> => {
  if (db.name === 'sqlite') {
    const client = (db as unknown as SqliteLike).client
    await client.execute('select 1')
    // A little less than the overall limit, so the answer names the reason, not the timeout.
    const probeBudgetMs = Math.max(timeoutMs - 200, timeoutMs / 2)
    if (client.probeWrite) {
      await client.probeWrite(probeBudgetMs).catch((error: unknown) => {
        throw cannotWrite(error)
      })
    }
    return { ok: true }
  }
  if (db.name === 'mongoose') {
    const mongoDb = (db as unknown as MongooseLike).connection.db
    if (!mongoDb) throw new Error('not connected')
    return mongoWritability(await mongoDb.admin().command({ hello: 1 }))
  }
  throw new Error(`no health check for the ${db.name} adapter`)
}

/** Asks the database to answer, and to take a write, within the time limit. */
export const checkDatabaseHealth = async (
  db: Payload['db'],
  timeoutMs = 2_000,
): Promise<DatabaseHealth> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`database did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([check(db, timeoutMs), timeout])
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}
