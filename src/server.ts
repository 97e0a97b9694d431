import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import express from 'express'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import { checkDatabaseReachable } from './database/preflight'
import { parseDatabaseUri } from './database/uri'
import { logger } from './logger'
import { healthRoutes } from './server/health'
import { createFixedWindowLimiter, limitAttempts } from './server/rateLimit'
import { requestLog } from './server/requestLog'
import { securityHeaders } from './server/securityHeaders'
import { installGracefulShutdown } from './server/shutdown'
import { readSettings } from './settings'

const STARTUP_TIMEOUT_MS = 25_000
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
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

const connectPayload = async (): Promise<Payload> => {
  const settings = readSettings()
  const database = parseDatabaseUri(settings.databaseUri)
  if (database.kind === 'mongodb' && !database.hasReplicaSet) {
    logger.warn(
      'DATABASE_URI has no replicaSet: MongoDB runs WITHOUT transactions, so a failed save can leave partial writes. Use a replica set (docker-compose does) in production.',
    )
  }
  // Lexical's entry module awaits its own build at top level; evaluated first inside Payload's
  // large module graph, Node 20 can leave that import() unsettled and exit 0. Load it alone first.
  await import('@payloadcms/richtext-lexical/lexical')
  // Loading the config compiles the whole model; only the database work below has a deadline.
  const { default: config } = await import('../payload.config')
  return withTimeout(
    (async () => {
      await checkDatabaseReachable(database)
      return getPayload({ config })
    })(),
    STARTUP_TIMEOUT_MS,
    'Connecting to the database',
  )
}

/** `npm run dev` on an empty database opens onto the seed content (SEED_ON_EMPTY=false skips). */
const seedWhenEmpty = async (payload: Payload) => {
  const { isContentEmpty, seed, formatSummaryTable } = await import('../seed/seed')
  if (!(await isContentEmpty(payload))) return
  logger.info('The database has no content yet: seeding it (set SEED_ON_EMPTY=false to skip).')
  const summary = await seed({ payload, log: (line) => logger.info(line.trim()) })
  logger.info(`Seeded:\n${formatSummaryTable(summary)}`)
}

const main = async () => {
  const settings = readSettings()
  const dev = !settings.isProduction
  const payload = await connectPayload()
  if (dev && process.env.SEED_ON_EMPTY !== 'false') await seedWhenEmpty(payload)

  const httpServer = createServer()
  const nextApp = next({
    dev,
    dir: projectRoot,
    hostname: 'localhost',
    port: settings.port,
    httpServer,
  })
  const { isShuttingDown } = installGracefulShutdown({
    server: httpServer,
    logger,
    cleanup: async () => {
      await nextApp.close().catch(() => undefined)
      await payload.destroy()
    },
  })

  try {
    await nextApp.prepare()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(
      settings.isProduction && /production build/i.test(message)
        ? 'No production build found: run `npm run build` before `npm start`.'
        : `Next.js could not start: ${message}`,
    )
  }
  const handleWithNext = nextApp.getRequestHandler()

  const app = express()
  app.disable('x-powered-by')
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)
  app.use(requestLog(logger))
  app.use(securityHeaders({ isProduction: settings.isProduction }))
  app.use(healthRoutes({ payload, isShuttingDown }))
  const authAttempts = limitAttempts(createFixedWindowLimiter({ limit: 20, windowMs: 60_000 }))
  app.post(
    ['/api/users/login', '/api/users/forgot-password', '/api/users/reset-password'],
    authAttempts,
  )
  // Payload reads request bodies itself, so no body parser is mounted in front of Next.
  app.use((req, res) => handleWithNext(req, res))

  httpServer.on('request', app)
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
  const message = error instanceof Error ? error.message : String(error)
  logger.fatal(`Cannot start: ${message}`)
  logger.debug({ stack: error instanceof Error ? error.stack : undefined }, 'startup failure')
  logger.flush?.()
  setTimeout(() => process.exit(1), 100)
})
