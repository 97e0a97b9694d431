import type { GlobalConfig } from 'payload'

import { CONTENT_GENERATION } from '../src/cache/sharedGeneration'

/**
 * Internal: the token every server process on this database compares before answering from its
 * published-content cache (src/cache/sharedGeneration.ts). Nobody reads or writes it through an
 * API, the admin does not show it, and GraphQL leaves it out.
 */
export const ContentGeneration: GlobalConfig = {
  slug: CONTENT_GENERATION,
  admin: { hidden: true },
  graphQL: false,
  access: { read: () => false, update: () => false },
  fields: [{ name: 'token', type: 'text' }],
}
