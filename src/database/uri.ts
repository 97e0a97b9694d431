import path from 'node:path'

import { SettingsError } from '../settings'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string; hasReplicaSet: boolean; redacted: string }

/** Hides the password of a connection string so it can be logged. */
export const redactUri = (uri: string): string => uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')

/**
 * `file:` selects the embedded SQLite database, `mongodb://` or `mongodb+srv://` MongoDB.
 * Anything else is refused with a message naming what is accepted.
 */
export const parseDatabaseUri = (uri: string, cwd: string = process.cwd()): DatabaseTarget => {
  const trimmed = uri.trim()
  if (trimmed.startsWith('file:')) {
    const location = trimmed.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (location === '' || location === ':memory:') {
      throw new SettingsError(
        `DATABASE_URI "${trimmed}" names no file; use e.g. file:./data/cms.db (in-memory SQLite is not supported).`,
      )
    }
    const filePath = path.resolve(cwd, location)
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  if (/^mongodb(\+srv)?:\/\//.test(trimmed)) {
    let parsed: URL
    try {
      parsed = new URL(trimmed)
    } catch {
      throw new SettingsError(`DATABASE_URI is not a valid MongoDB URI: "${redactUri(trimmed)}".`)
    }
    if (!parsed.hostname) {
      throw new SettingsError(`DATABASE_URI names no MongoDB host: "${redactUri(trimmed)}".`)
    }
    return {
      kind: 'mongodb',
      url: trimmed,
      hasReplicaSet: parsed.searchParams.has('replicaSet'),
      redacted: redactUri(trimmed),
    }
  }
  throw new SettingsError(
    `DATABASE_URI "${redactUri(trimmed)}" is not supported: use file:<path> for SQLite or mongodb://… for MongoDB.`,
  )
}
