import type { Payload } from 'payload'

export type DatabaseHealth = { ok: true } | { ok: false; reason: string }

interface SqliteLike {
  name: 'sqlite'
  client: { execute: (sql: string) => Promise<unknown> }
}

interface MongooseLike {
  name: 'mongoose'
  connection: { db?: { admin: () => { ping: () => Promise<unknown> } } }
}

const ping = async (db: Payload['db']): Promise<void> => {
  if (db.name === 'sqlite') {
    await (db as unknown as SqliteLike).client.execute('select 1')
    return
  }
  if (db.name === 'mongoose') {
    const mongoDb = (db as unknown as MongooseLike).connection.db
    if (!mongoDb) throw new Error('not connected')
    await mongoDb.admin().ping()
    return
  }
  throw new Error(`no health check for the ${db.name} adapter`)
}

/** Asks the database to answer a trivial query within the time limit. */
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
    await Promise.race([ping(db), timeout])
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}
