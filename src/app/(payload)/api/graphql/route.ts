/* Payload's GraphQL API: keep in step with @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlHandler } from '../../../../api/handlers'

// Development only: the production server calls the same handler without Next (src/api).
// The project's guard reads, measures and may refuse the request before Payload's handler runs.
// Payload's handler (graphql-http) reads GET requests too; the guard lets only queries through.
const graphql = graphqlHandler(config)

export const GET = graphql
export const POST = graphql
// Other methods get a 405 with `Allow` and a JSON message from the guard, not Next's empty one.
export const PUT = graphql
export const PATCH = graphql
export const DELETE = graphql
export const OPTIONS = REST_OPTIONS(config)
