/**
 * The content generation all server processes on one database share. Each process keeps its own
 * published-content cache; a change made through another process never reaches this one's
 * in-memory generation (contentChanges.ts). So every change the public could see also writes a
 * new random token into the database, in the change's own transaction: the token changes exactly
 * when the change becomes visible. An answer is kept with the token read before it was computed,
 * and served again only while the stored token is still that one.
 */
import { randomUUID } from 'node:crypto'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

export const CONTENT_GENERATION = 'content-generation'

/** Records, in `req`'s transaction when it has one, that public content changed. */
export const writeSharedGeneration = async (req: PayloadRequest): Promise<void> => {
  await req.payload.db.updateGlobal({
    slug: CONTENT_GENERATION,
    data: { token: randomUUID() },
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
    // The SQL adapters name a global's table after its slug, in snake case.
    const name = CONTENT_GENERATION.replaceAll('-', '_')
    const table = adapter.tableNameMap.get(name) ?? name
    const statement = `SELECT token FROM "${table}" LIMIT 1`
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
