import { getPayload, type Payload } from 'payload'

import { publishRuntime } from './handoff'

/** Loading the config checks the settings (secret, database URI): a refusal rejects the start. */
const connect = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config')
  // `cron` runs the webhook queue in this, the server's, process (src/services/webhookJobs.ts).
  return getPayload({ config, cron: true })
}

/**
 * Starts Payload from the config Next compiled and publishes it for the Express layer. Node.js
 * runtime only: Payload needs the file system, the database drivers and sharp.
 */
export const startPayload = (): void =>
  publishRuntime({
    payload: connect(),
    seedWhenEmpty:
      process.env.NODE_ENV === 'production'
        ? undefined
        : async (payload) => {
            const { seedWhenEmpty } = await import('../../seed/onEmpty')
            await seedWhenEmpty(payload)
          },
  })
