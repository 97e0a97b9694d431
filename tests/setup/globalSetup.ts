import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot, startServer, type RunningServer } from '../helpers/server'
import { registerFirstAdmin, SHARED_DATABASE_ENV, SHARED_SERVER_ENV } from '../helpers/sharedServer'
import { ensureProductionBuild } from './build'

declare global {
  var sharedCmsServer: { server: RunningServer; dir: string } | undefined
}

/**
 * One production server for the whole run, on its own SQLite file, with the first user (an
 * admin) registered. Test files reach it through tests/helpers/sharedServer.ts and each creates
 * the accounts and content it needs under names of its own.
 */
export default async function globalSetup(): Promise<void> {
  ensureProductionBuild(repoRoot)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-shared-'))
  const databaseUri = `file:${path.join(dir, 'cms.db')}`
  const server = await startServer({
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(dir, 'media'),
    // Every test file signs its own users in from this one address, and the first admin once per
    // file; tests/http/auth-limits.http.test.ts proves the limits on a server of its own.
    AUTH_ATTEMPTS_PER_MINUTE: '100000',
    AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES: '100000',
  })
  globalThis.sharedCmsServer = { server, dir }
  await registerFirstAdmin(server.baseUrl)
  process.env[SHARED_SERVER_ENV] = server.baseUrl
  // For the test that runs a second server process on the same database.
  process.env[SHARED_DATABASE_ENV] = databaseUri
}
