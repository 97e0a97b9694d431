import { getPayload, type Payload } from 'payload'

import { apiHandlers } from '../api/handlers'
import { publishRuntime } from './handoff'

/** Loading the config checks the settings (secret, database URI): a refusal rejects the start. */
const loadConfig = async () => (await import('@payload-config')).default

/** `cron` runs the webhook queue in this, the server's, process (src/services/webhookJobs.ts). */
const connect = async (config: ReturnType<typeof loadConfig>): Promise<Payload> =>
  getPayload({ config: await config, cron: true })

/**
 * Starts Payload from the config Next compiled and publishes it for the Express layer. Node.js
 * runtime only: Payload needs the file system, the database drivers and sharp.
 */
export const startPayload = (): void => {
  const config = loadConfig()
  publishRuntime({
    payload: connect(config),
    createApiHandlers: () => apiHandlers(config),
    seedWhenEmpty:
      process.env.NODE_ENV === 'production'
        ? undefined
        : async (payload) => {
            const { seedWhenEmpty } = await import('../../seed/onEmpty')
            await seedWhenEmpty(payload)
          },
  })
}
