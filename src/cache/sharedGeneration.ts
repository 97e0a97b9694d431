/**
 * The content generation all server processes on one database share. Each process keeps its own
 * published-content cache; a change made through another process never reaches this one's
 * in-memory generation (contentChanges.ts). So every change the public could see also writes a
 * new random token into the database, in the change's own transaction: the token changes exactly
 * when the change becomes visible. An answer is kept with the token read before it was computed,
 * and served again only while the stored token is still that one.
 */
import { randomUUID } from 'node:crypto'

import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

export const CONTENT_GENERATION = 'content-generation'

/** The global's table: the SQL adapters name it after the slug, in snake case. */
const tokenTable = (adapter: SQLiteAdapter): string => {
  const name = CONTENT_GENERATION.replaceAll('-', '_')
  return adapter.tableNameMap.get(name) ?? name
}

/**
 * Records, in `req`'s transaction when it has one, that public content changed. On SQLite that is
 * one UPDATE of the row (the adapter's updateGlobal reads the row first); the very first write,
 * and every write on MongoDB, goes through the adapter, which creates the row when there is none.
 */
export const writeSharedGeneration = async (req: PayloadRequest): Promise<void> => {
  const token = randomUUID()
  if (req.payload.db.name === 'sqlite') {
    const adapter = req.payload.db as unknown as SQLiteAdapter
    const db =
      (req.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
    const updated = (await adapter.execute({
      db: db as never,
      sql: sql`UPDATE ${sql.identifier(tokenTable(adapter))} SET token = ${token}, updated_at = ${new Date().toISOString()}`,
    })) as { rowsAffected: number }
    if (updated.rowsAffected > 0) return
  }
  await req.payload.db.updateGlobal({
    slug: CONTENT_GENERATION,
    data: { token },
    req,
    returning: false,
    // The SQL adapters insert the row when there is none; MongoDB is asked to.
    options: { upsert: true },
  })
}

const tokenOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * Reads the current token ('' before the first change was recorded). Every cache hit asks, so on
 * SQLite it is one plain statement on the reader connection rather than a query built by the
 * adapter (which would cost more than the hit itself).
 */
const tokenReader = (payload: Payload): (() => Promise<string>) => {
  if (payload.db.name === 'sqlite') {
    const adapter = payload.db as unknown as SQLiteAdapter
    const statement = `SELECT token FROM "${tokenTable(adapter)}" LIMIT 1`
    return async () => tokenOf((await adapter.client.execute(statement)).rows[0]?.token)
  }
  return async () =>
    tokenOf(
      ((await payload.db.findGlobal({ slug: CONTENT_GENERATION })) as { token?: unknown }).token,
    )
}

/**
 * Shares reads among callers: every caller that asked before a read started gets that read's
 * answer, and a caller asking while a read is under way waits for the next one, so no caller gets
 * an answer read before it asked (a change that committed in between is always seen).
 */
export const oneReadPerTurn = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let next: Promise<T> | undefined
  return () =>
    (next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      next = undefined
      return read()
    }))
}

/** The current token, read once per turn of the event loop for the requests that came in. */
export const sharedGenerationReader = (payload: Payload): (() => Promise<string>) =>
  oneReadPerTurn(tokenReader(payload))
