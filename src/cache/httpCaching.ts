/**
 * Which API requests the published-content cache answers, under which key, and the caching
 * headers public and private answers carry. Plain functions of the request: no I/O.
 */
import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

import { getOperationAST, parse } from 'graphql'

import { DOCUMENT_LIMITS } from '../graphql/guardGraphQLRequest'
import { PUBLIC_COLLECTIONS } from '../workflow/collections'

export interface CachePolicy {
  /** How long browsers may reuse a public answer without asking again. */
  maxAgeSeconds: number
  /** How long CDNs and other shared caches may. */
  sharedMaxAgeSeconds: number
  /** How long a shared cache may serve a stale answer while it fetches a fresh one. */
  staleWhileRevalidateSeconds: number
}

export const publicCacheControl = (policy: CachePolicy): string =>
  `public, max-age=${policy.maxAgeSeconds}, s-maxage=${policy.sharedMaxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`

/** Answers to signed-in requests are the reader's own: nobody may store them. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/**
 * Public answers differ by the representation asked for (GraphQL's two JSON media types), by
 * compression and by the reader's origin (CORS); credentials never get a public answer.
 */
export const PUBLIC_VARY = 'Accept, Accept-Encoding, Origin'

/**
 * The compression Next will apply for this Accept-Encoding, as its compression middleware
 * chooses: gzip when acceptable, else deflate, else none. Answers are kept per encoding, so a
 * reader never gets an encoding it did not ask for.
 */
export const negotiatedEncoding = (acceptEncoding: string | undefined): string => {
  const quality = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
    quality.set(name, q ? Number(q.slice(2)) || 0 : 1)
  }
  const acceptable = (encoding: string) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0
  if (acceptable('gzip')) return 'gzip'
  if (acceptable('deflate')) return 'deflate'
  return 'identity'
}

export type CachePlan =
  /** A public read: answered from the cache under `key`, or computed and stored there. */
  | { kind: 'public'; key: string }
  /** A GraphQL POST from an anonymous reader: public if its body holds a query (not known yet). */
  | { kind: 'graphql-post'; keyPrefix: string }
  /** A request with credentials: never cached, marked private. */
  | { kind: 'private' }
  /** Anything else: left alone. */
  | { kind: 'none' }

const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/** A JWT or API key header, or Payload's session cookie. */
export const carriesCredentials = (headers: IncomingHttpHeaders): boolean =>
  Boolean(headers.authorization) || SESSION_COOKIE.test(headers.cookie ?? '')

const PUBLIC_PATH = new RegExp(
  `^/api/(?:${PUBLIC_COLLECTIONS.join('|')})(?:/[^/?]+)?/?$|^/api/graphql/?$`,
)

/** GraphQL answers differ by media type; REST answers are always application/json. */
const graphqlFlavour = (headers: IncomingHttpHeaders): string =>
  (headers.accept ?? '').includes('application/graphql-response+json') ? 'graphql-response' : 'json'

/**
 * Decides how the cache treats a request: reads of public collections and GraphQL from readers
 * without credentials are public; any API request with credentials is private.
 */
export const planCaching = ({
  method,
  url,
  headers,
}: {
  method: string | undefined
  url: string | undefined
  headers: IncomingHttpHeaders
}): CachePlan => {
  if (!url?.startsWith('/api/')) return { kind: 'none' }
  if (carriesCredentials(headers)) return { kind: 'private' }
  const path = url.split('?', 1)[0]
  if (!PUBLIC_PATH.test(path)) return { kind: 'none' }
  const isGraphQL = path.startsWith('/api/graphql')
  const flavour = `${isGraphQL ? ` ${graphqlFlavour(headers)}` : ''} ${negotiatedEncoding(headers['accept-encoding'])}`
  if (method === 'GET' || method === 'HEAD') return { kind: 'public', key: `GET ${url}${flavour}` }
  if (method === 'POST' && isGraphQL)
    return { kind: 'graphql-post', keyPrefix: `POST ${path}${flavour}` }
  return { kind: 'none' }
}

/** The cache key of a GraphQL POST: its prefix and a digest of the exact body bytes. */
export const graphqlPostKey = (keyPrefix: string, body: Buffer): string =>
  `${keyPrefix} ${createHash('sha256').update(body).digest('base64url')}`

/** A strong validator: the same bytes, the same tag. */
export const entityTagOf = (body: Buffer): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** True when an If-None-Match header names this tag (or `*`); weak forms compare equal too. */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false
  return header
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === '*' || candidate === etag)
}

/** Request headers a credential-free cross-origin read may send (besides the CORS-safe ones). */
const PUBLIC_READ_REQUEST_HEADERS = new Set([
  'accept',
  'content-type',
  'if-none-match',
  'apollo-require-preflight',
  'x-apollo-operation-name',
])

/**
 * The answer to a browser's preflight for a public read from an origin that may read but not use
 * credentials: GET anywhere public, POST only to GraphQL, and no credential headers. Null when the
 * preflight is not such a read (Payload answers it, for the origins allowed credentials).
 */
export const publicReadPreflight = ({
  path,
  origin,
  requestMethod,
  requestHeaders,
  publicReadOrigins,
  allowedOrigins,
}: {
  path: string
  origin: string | undefined
  requestMethod: string | undefined
  requestHeaders: string | undefined
  publicReadOrigins: '*' | readonly string[]
  allowedOrigins: readonly string[]
}): [string, string][] | null => {
  if (!origin || allowedOrigins.includes(origin)) return null
  if (publicReadOrigins !== '*' && !publicReadOrigins.includes(origin)) return null
  if (!PUBLIC_PATH.test(path)) return null
  const isGraphQL = path.startsWith('/api/graphql')
  if (requestMethod !== 'GET' && !(isGraphQL && requestMethod === 'POST')) return null
  const headers = (requestHeaders ?? '')
    .split(',')
    .map((header) => header.trim().toLowerCase())
    .filter(Boolean)
  if (headers.some((header) => !PUBLIC_READ_REQUEST_HEADERS.has(header))) return null
  return [
    ['Access-Control-Allow-Origin', publicReadOrigins === '*' ? '*' : origin],
    ['Access-Control-Allow-Methods', isGraphQL ? 'GET, POST' : 'GET'],
    ...(headers.length > 0
      ? [['Access-Control-Allow-Headers', headers.join(', ')] as [string, string]]
      : []),
    ['Access-Control-Max-Age', '600'],
    ['Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers'],
  ]
}

/**
 * True when a GraphQL POST body asks a query (not a mutation or subscription) in its text: the
 * only kind of POST the cache may answer for everyone. Unparseable bodies are not.
 */
export const isQueryBody = (body: Buffer): boolean => {
  try {
    const { query, operationName } = JSON.parse(body.toString('utf8')) as {
      query?: unknown
      operationName?: unknown
    }
    if (typeof query !== 'string') return false
    const operation = getOperationAST(
      parse(query, { maxTokens: DOCUMENT_LIMITS.maxTokens }),
      typeof operationName === 'string' ? operationName : undefined,
    )
    return operation?.operation === 'query'
  } catch {
    return false
  }
}
