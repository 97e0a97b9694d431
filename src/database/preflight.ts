import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { MongoClient } from 'mongodb'

import type { DatabaseTarget } from './uri'

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError'
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * Checks that the database can be reached before Payload starts, so a wrong URI or a stopped
 * server ends in one clear line and a quick exit instead of a stack trace or a hang.
 */
export const checkDatabaseReachable = async (
  target: DatabaseTarget,
  timeoutMs = 5_000,
): Promise<void> => {
  if (target.kind === 'sqlite') {
    try {
      mkdirSync(path.dirname(target.filePath), { recursive: true })
    } catch (error) {
      throw new DatabaseUnavailableError(
        `Cannot create the folder for the SQLite database ${target.filePath}: ${describe(error)}`,
      )
    }
    return
  }
  const client = new MongoClient(target.url, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  })
  try {
    await client.connect()
    await client.db().admin().ping()
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot reach MongoDB at ${target.redacted}: ${describe(error)}`,
    )
  } finally {
    await client.close().catch(() => undefined)
  }
}
