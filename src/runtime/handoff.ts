import type { Payload } from 'payload'

import type { ApiHandlers } from '../api/handlers'

/**
 * The one Payload instance of this process, started inside Next's server bundle (see
 * `src/instrumentation.ts`) and handed to the Express layer through a process-wide slot, so the
 * project's collections, hooks and services are loaded once and shared by both.
 */
export interface CmsRuntime {
  payload: Promise<Payload>
  /** Payload's REST and GraphQL handlers, for the production server to call without Next. */
  createApiHandlers: () => ApiHandlers
  /** Development only: fills an empty database with the seed content. */
  seedWhenEmpty?: (payload: Payload) => Promise<void>
}

const SLOT = Symbol.for('acne-scar-cms.runtime')
type WithSlot = typeof globalThis & { [SLOT]?: CmsRuntime }

export const publishRuntime = (runtime: CmsRuntime): void => {
  // A failed start is reported by whoever awaits it (the server); mark it handled here so Node
  // does not end the process with its own unhandled-rejection stack first.
  runtime.payload.catch(() => undefined)
  ;(globalThis as WithSlot)[SLOT] = runtime
}

export const findRuntime = (): CmsRuntime | undefined => (globalThis as WithSlot)[SLOT]
