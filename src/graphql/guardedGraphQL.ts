/**
 * Payload's GraphQL handler behind the project's guard (src/graphql/guardGraphQLRequest.ts), for
 * GET and POST alike: the Payload-specific wiring: the schema the measurement reads, CORS on the
 * guard's own answers, the documents limit and the persisted query budget from the settings,
 * suggestions hidden in production.
 */
import { configToSchema } from '@payloadcms/graphql'
import { headersWithCors, type PayloadRequest, type SanitizedConfig } from 'payload'

import { logger } from '../logger'
import { readSettings } from '../settings'
import { DOCUMENT_LIMITS, guardGraphQLRequest } from './guardGraphQLRequest'
import { createPersistedQueryStore } from './persistedQueries'
import { describeSchema, type SchemaFacts } from './queryCost'

type Handler = (request: Request) => Promise<Response>

const MIB = 1024 * 1024

/**
 * `payloadHandler` is Payload's GRAPHQL_POST: graphql-http inside it serves GET too (queries
 * only). One guard serves both methods, so both share one persisted query store.
 */
export const guardedGraphQL = (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  payloadHandler: Handler,
): Handler => {
  const settings = readSettings()
  // Payload builds its own copy of the schema the same way; the guard keeps only a digest of it.
  const buildFacts = async (): Promise<SchemaFacts> =>
    describeSchema(configToSchema(await config).schema)
  let facts: Promise<SchemaFacts> | undefined
  const schemaFacts = () =>
    (facts ??= buildFacts().catch((error: unknown) => {
      facts = undefined // try again on the next request
      throw error
    }))

  return guardGraphQLRequest({
    handler: payloadHandler,
    schemaFacts,
    limits: { ...DOCUMENT_LIMITS, maxDocuments: settings.graphqlMaxDocuments },
    hideSuggestions: settings.isProduction,
    persistedQueries:
      settings.graphqlPersistedQueriesMb > 0
        ? createPersistedQueryStore({ maxBytes: settings.graphqlPersistedQueriesMb * MIB })
        : undefined,
    headersFor: async (request) =>
      // headersWithCors reads only the config's `cors` and the request's Origin header.
      headersWithCors({
        headers: new Headers(),
        req: { payload: { config: await config }, headers: request.headers } as PayloadRequest,
      }),
    onRefusal: ({ status, codes }) => logger.info({ status, codes }, 'GraphQL request refused'),
  })
}
