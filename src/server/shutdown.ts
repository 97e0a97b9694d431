import type { IncomingMessage, Server, ServerResponse } from 'node:http'

import type { Logger } from 'pino'

/** How long requests in flight may take to finish after the signal. */
export const DRAIN_TIMEOUT_MS = 8_000
/** How long closing Next and the database may take; with the drain, the exit comes within 10 s. */
export const CLEANUP_TIMEOUT_MS = 1_500

/**
 * Stops accepting connections and lets requests in flight finish (up to the drain timeout), then
 * runs the cleanup steps (database and Next) and exits 0.
 *
 * Kept-alive connections would otherwise keep the drain open (and be served new requests) until
 * the timeout: idle ones are closed at once, every answer from the signal on carries
 * `Connection: close`, and a connection whose answer had already started is closed as soon as
 * it is idle. So the drain ends when the last request in flight has its answer.
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
  const inFlight = new Set<ServerResponse>()

  const closeConnectionAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close')
    res.once('finish', () => setImmediate(() => server.closeIdleConnections()))
  }

  // Registered before the app's own listener, so it sees every request first.
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (shuttingDown) {
      closeConnectionAfter(res)
      return
    }
    inFlight.add(res)
    res.once('close', () => inFlight.delete(res))
  })

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    const signalledAt = Date.now()
    logger.info(
      { signal, inFlight: inFlight.size },
      'shutting down: no new connections, finishing requests in flight',
    )
    for (const res of inFlight) closeConnectionAfter(res)
    const drained = new Promise<boolean>((resolve) => server.close(() => resolve(true)))
    server.closeIdleConnections()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), drainTimeoutMs)
    })
    if (await Promise.race([drained, timedOut])) {
      logger.info({ drainMs: Date.now() - signalledAt }, 'requests in flight finished')
    } else {
      logger.warn(`requests still open after ${drainTimeoutMs} ms; closing them`)
      server.closeAllConnections()
    }
    clearTimeout(timer)
    try {
      await Promise.race([
        cleanup(),
        new Promise((_, reject) => {
          setTimeout(
            () => reject(new Error(`took longer than ${CLEANUP_TIMEOUT_MS} ms`)),
            CLEANUP_TIMEOUT_MS,
          ).unref()
        }),
      ])
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
