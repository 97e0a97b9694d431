/**
 * Next's production server prepares itself (and so runs src/instrumentation.ts, which starts
 * Payload) on its first request. The CMS needs Payload before it listens, for the health check,
 * so it asks Next's server to prepare now. The shape is Next's own (pinned in package.json).
 */
interface PreparableNextServer {
  prepare: () => Promise<void>
}
interface CustomServerInternals {
  server?: { getServer?: () => Promise<Partial<PreparableNextServer>> }
}

export const prepareNextServerNow = async (nextApp: unknown): Promise<void> => {
  const server = await (nextApp as CustomServerInternals).server?.getServer?.()
  if (typeof server?.prepare !== 'function') {
    throw new Error('this Next.js version cannot be prepared before its first request')
  }
  await server.prepare()
}
