import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import express from 'express'
import next from 'next'
import type { Payload } from 'payload'

import { checkDatabaseReachable } from './database/preflight'
import { parseDatabaseUri } from './database/uri'
import { logger } from './logger'
import { findRuntime, type CmsRuntime } from './runtime/handoff'
import { contentChanges } from './cache/contentChanges'
import { ResponseCache } from './cache/responseCache'
import { sharedGenerationReader } from './cache/sharedGeneration'
import { limitRequestBodies, requestToForward } from './server/bodyLimits'
import { cacheStats } from './server/cacheStats'
import { directApi } from './server/directApi'
import { passClientAddress } from './server/clientAddress'
import { healthRoutes } from './server/health'
import { serveMediaFiles } from './server/mediaFiles'
import { prepareNextServerNow } from './server/prepareNext'
import { publicCacheFront } from './server/publicCache'
import { refuseMalformedRequests } from './server/requestChecks'
import { requestLog } from './server/requestLog'
import { securityHeaders } from './server/securityHeaders'
import { installGracefulShutdown } from './server/shutdown'
import { readSettings } from './settings'

const STARTUP_TIMEOUT_MS = 25_000
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
// This file runs as src/server.ts in development and as dist/server.js in production.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const withTimeout = async <T>(work: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const describeError = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** Next starts Payload from its own bundle (src/instrumentation.ts); wait for that instance. */
const runtimeFromNext = async (): Promise<{ payload: Payload } & Omit<CmsRuntime, 'payload'>> => {
  const runtime = findRuntime()
  if (!runtime) throw new Error('Payload did not start: Next did not run src/instrumentation.ts.')
  const payload = await withTimeout(
    runtime.payload,
    STARTUP_TIMEOUT_MS,
    'Connecting to the database',
  )
  return { ...runtime, payload }
}

const main = async () => {
  const settings = readSettings()
  const dev = !settings.isProduction
  const database = parseDatabaseUri(settings.databaseUri)
  if (database.kind === 'mongodb' && !database.hasReplicaSet) {
    logger.warn(
      'DATABASE_URI has no replicaSet: MongoDB runs WITHOUT transactions, so a failed save can leave partial writes. Use a replica set (docker-compose does) in production.',
    )
  }
  await withTimeout(checkDatabaseReachable(database), STARTUP_TIMEOUT_MS, 'Reaching the database')

  const httpServer = createServer()
  const nextApp = next({
    dev,
    dir: projectRoot,
    hostname: 'localhost',
    port: settings.port,
    httpServer,
  })
  try {
    await nextApp.prepare()
    await prepareNextServerNow(nextApp)
  } catch (error) {
    const message = describeError(error)
    throw new Error(
      settings.isProduction && /production build/i.test(message)
        ? 'No production build found: run `npm run build` before `npm start`.'
        : `Next.js could not start: ${message}`,
    )
  }
  const { payload, seedWhenEmpty, createApiHandlers } = await runtimeFromNext()
  if (dev && seedWhenEmpty) await seedWhenEmpty(payload)

  const { isShuttingDown } = installGracefulShutdown({
    server: httpServer,
    logger,
    cleanup: async () => {
      await nextApp.close().catch(() => undefined)
      await payload.destroy()
    },
  })
  const handleWithNext = nextApp.getRequestHandler()

  const publicAnswers = new ResponseCache(settings.publicCacheMaxBytes)
  const publicCache = publicCacheFront({
    cache: publicAnswers,
    changes: contentChanges(),
    policy: settings.publicCachePolicy,
    allowedOrigins: settings.allowedOrigins,
    publicReadOrigins: settings.publicReadOrigins,
    maxJsonBodyBytes: settings.maxJsonBodyBytes,
    readSharedGeneration: sharedGenerationReader(payload),
    logger,
  })
  const app = express()
  app.disable('x-powered-by')
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)
  // Sign-in limits are counted inside Payload (src/hooks/limitAuthAttempts.ts) by this address.
  app.use(passClientAddress())
  app.use(requestLog(logger))
  app.use(securityHeaders({ isProduction: settings.isProduction }))
  app.use(healthRoutes({ payload, isShuttingDown }))
  app.get('/health/cache', cacheStats(publicAnswers, settings.publicCacheMaxBytes))
  app.use('/api/media/file', serveMediaFiles(settings.mediaDir))
  app.use(refuseMalformedRequests())
  // Bodies are bounded (and API JSON checked) here; Next reads them from the gate, not the socket.
  app.use(limitRequestBodies(settings))
  // In production the API skips Next's router; development keeps Next's route files, which
  // reload edited collections (src/api/handlers.ts).
  if (settings.isProduction) {
    app.use(directApi({ handlers: createApiHandlers(), origin: settings.serverURL, logger }))
  }
  app.use((req, res) => handleWithNext(requestToForward(req), res))

  // Published content is answered from memory before Express and Next see the request.
  httpServer.on('request', (req, res) => publicCache(req, res, () => app(req, res)))
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(settings.port, () => resolve())
  })
  const address = httpServer.address()
  const port = typeof address === 'object' && address ? address.port : settings.port
  logger.info(
    { port, mode: dev ? 'development' : 'production', database: payload.db.name },
    `CMS ready: admin at ${settings.serverURL}/admin, GraphQL at ${settings.serverURL}/api/graphql`,
  )
}

main().catch((error: unknown) => {
  // One line that names the problem; the stack only when asked for with LOG_LEVEL=debug.
  logger.fatal(`Cannot start: ${describeError(error)}`)
  logger.debug({ stack: error instanceof Error ? error.stack : undefined }, 'startup failure')
  logger.flush?.()
  setTimeout(() => process.exit(1), 100)
})
