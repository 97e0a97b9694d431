/**
 * The API's request handlers, both Payload's own: REST for every path under /api, and GraphQL
 * behind the project's guard (src/graphql/guardedGraphQL.ts). In development Next's route files
 * serve them, so that Payload picks up edited collections as Next recompiles them; the production
 * server hands API requests to them straight from Express (src/server/directApi.ts).
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { guardedGraphQL } from '../graphql/guardedGraphQL'
import { pathAsNextGivesIt } from './routing'

export type WebHandler = (request: Request) => Promise<Response>

export interface ApiHandlers {
  rest: WebHandler
  graphql: WebHandler
}

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** GraphQL over GET and POST: graphql-http inside Payload's handler serves both. */
export const graphqlHandler = (config: Config): WebHandler =>
  guardedGraphQL(config, GRAPHQL_POST(config))

/** REST, as @payloadcms/next's route handlers run it. */
const restHandler =
  (config: Config): WebHandler =>
  (request) =>
    handleEndpoints({ config, request, path: pathAsNextGivesIt(new URL(request.url).pathname) })

export const apiHandlers = (config: Config): ApiHandlers => ({
  rest: restHandler(config),
  graphql: graphqlHandler(config),
})
