import type { Server } from 'node:http'

import type { Logger } from 'pino'

export const DRAIN_TIMEOUT_MS = 10_000

/**
 * Stops accepting connections, lets requests in flight finish (up to the drain timeout), then
 * runs the cleanup steps (database and Next) and exits 0.
 */
export const installGracefulShutdown = ({
  server,
  logger,
  cleanup,
  drainTimeoutMs = DRAIN_TIMEOUT_MS,
}: {
  server: Server
  logger: Logger
  cleanup: () => Promise<void>
  drainTimeoutMs?: number
}): { isShuttingDown: () => boolean } => {
  let shuttingDown = false

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight')
    const drained = new Promise<boolean>((resolve) => server.close(() => resolve(true)))
    server.closeIdleConnections()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), drainTimeoutMs)
    })
    if (!(await Promise.race([drained, timedOut]))) {
      logger.warn(`requests still open after ${drainTimeoutMs} ms; closing them`)
      server.closeAllConnections()
    }
    clearTimeout(timer)
    try {
      await cleanup()
    } catch (error) {
      logger.error({ reason: error instanceof Error ? error.message : String(error) }, 'cleanup')
    }
    logger.info('stopped')
    process.exit(0)
  }

  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
  return { isShuttingDown: () => shuttingDown }
}
