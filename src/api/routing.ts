/**
 * Which of Payload's API handlers answers a request (src/api/handlers.ts), as Next's route files
 * decide it: `app/(payload)/api/graphql` for GraphQL, `app/(payload)/api/[...slug]` for the rest.
 */
import { isApiPath, SUPPORTED_METHODS } from '../input/requestLine'

/** The GraphQL playground is a page of its own, served (in development) by Next. */
const LEFT_TO_NEXT = /^\/api\/graphql-playground(?:\/|$)/

const GRAPHQL_PATH = /^\/api\/graphql\/?$/

/**
 * The handler for a request to `path` (decoded), or null when it is not an API request for
 * Payload's handlers. The CORS preflight of GraphQL is answered by REST, as by Next's route file.
 */
export const apiHandlerFor = (method: string, path: string): 'rest' | 'graphql' | null => {
  // The methods Payload's route files answer (Next answers HEAD with the GET handler).
  if (!isApiPath(path) || LEFT_TO_NEXT.test(path) || !SUPPORTED_METHODS.includes(method)) {
    return null
  }
  return GRAPHQL_PATH.test(path) && method !== 'OPTIONS' ? 'graphql' : 'rest'
}

/**
 * The API path as Next hands it to Payload: each segment decoded, then encoded again, so that
 * `/api/users/%6cogin` is the sign-in endpoint however the client spelt it.
 */
export const pathAsNextGivesIt = (pathname: string): string =>
  pathname
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
    .join('/')
