import { getPayload } from 'payload'

import config from '@payload-config'

import { publishRuntime } from './handoff'

/**
 * Starts Payload from the config Next compiled and publishes it for the Express layer. Node.js
 * runtime only: Payload needs the file system, the database drivers and sharp.
 */
export const startPayload = (): void =>
  publishRuntime({
    payload: getPayload({ config }),
    seedWhenEmpty:
      process.env.NODE_ENV === 'production'
        ? undefined
        : async (payload) => {
            const { seedWhenEmpty } = await import('../../seed/onEmpty')
            await seedWhenEmpty(payload)
          },
  })
