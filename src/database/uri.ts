import path from 'node:path'

import { SettingsError } from '../settings'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string; hasReplicaSet: boolean; redacted: string }

/** Hides the password of a connection string so it can be logged. */
export const redactUri = (uri: string): string => uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')

const MONGO_URI = /^mongodb(\+srv)?:\/\/(?:[^@/]*@)?([^/?]*)(\/[^?]*)?(?:\?(.*))?$/
const MONGO_HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+)(:\d{1,5})?$/

// WHATWG URL cannot parse a seed list of several hosts, so MongoDB URIs get their own check.
const parseMongoUri = (uri: string): DatabaseTarget => {
  const redacted = redactUri(uri)
  const match = MONGO_URI.exec(uri)
  if (!match) throw new SettingsError(`DATABASE_URI is not a valid MongoDB URI: "${redacted}".`)
  const [, srv, hostList, , query] = match
  if (!hostList) throw new SettingsError(`DATABASE_URI names no MongoDB host: "${redacted}".`)
  const hosts = hostList.split(',')
  const validHosts = hosts.every((host) => MONGO_HOST.test(host))
  const validSrv = !srv || (hosts.length === 1 && !hosts[0].includes(':'))
  if (!validHosts || !validSrv) {
    throw new SettingsError(`DATABASE_URI is not a valid MongoDB URI: "${redacted}".`)
  }
  return {
    kind: 'mongodb',
    url: uri,
    // An SRV record (e.g. Atlas) names the replica set in DNS, so it need not be in the URI.
    hasReplicaSet: Boolean(srv) || new URLSearchParams(query ?? '').has('replicaSet'),
    redacted,
  }
}

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
  if (/^mongodb(\+srv)?:\/\//.test(trimmed)) return parseMongoUri(trimmed)
  throw new SettingsError(
    `DATABASE_URI "${redactUri(trimmed)}" is not supported: use file:<path> for SQLite or mongodb://… for MongoDB.`,
  )
}
