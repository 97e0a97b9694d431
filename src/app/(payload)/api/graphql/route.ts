/* Payload's GraphQL API: keep in step with @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphQLPost } from '../../../../graphql/guardedGraphQLPost'

// The project's guard reads, measures and may refuse the request before Payload's handler runs.
export const POST = guardedGraphQLPost(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
