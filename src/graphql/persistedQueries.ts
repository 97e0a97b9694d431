/**
 * Automatic persisted queries, the protocol Apollo Client (`createPersistedQueryLink`) and urql
 * (`persistedExchange`) speak. A client first sends only
 * `extensions: {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}`; when the server holds
 * no query under that hash it answers `PersistedQueryNotFound`, and the client sends the query
 * together with the hash, which registers it. Later requests, GET ones included, carry the hash
 * alone, so their URLs stay short and the same for everyone: what a CDN can cache.
 *
 * The store lives in this process's memory only, bounded by a byte budget and least recently used
 * first: a restart, or another process behind a load balancer, starts empty, and clients then
 * register again on their next request.
 */
import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'

export const PERSISTED_QUERY_VERSION = 1

/** The error messages and codes both clients recognise (Apollo reads either, urql the message). */
export const PERSISTED_QUERY_NOT_FOUND = {
  message: 'PersistedQueryNotFound',
  code: 'PERSISTED_QUERY_NOT_FOUND',
} as const
export const PERSISTED_QUERY_NOT_SUPPORTED = {
  message: 'PersistedQueryNotSupported',
  code: 'PERSISTED_QUERY_NOT_SUPPORTED',
} as const

export interface PersistedQueryStore {
  get: (hash: string) => string | undefined
  set: (hash: string, query: string) => void
  /** Queries held, and the bytes they count against the budget. */
  usage: () => { queries: number; bytes: number }
}

/** What one stored query counts against the budget: its text in UTF-8 and its hash. */
export const storedSize = (hash: string, query: string): number =>
  Buffer.byteLength(query, 'utf8') + hash.length

export const createPersistedQueryStore = ({ maxBytes }: { maxBytes: number }) => {
  const cache = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (query, hash) => storedSize(hash, query),
  })
  const store: PersistedQueryStore = {
    get: (hash) => cache.get(hash),
    // A query larger than the whole budget is simply not kept.
    set: (hash, query) => void cache.set(hash, query),
    usage: () => ({ queries: cache.size, bytes: cache.calculatedSize }),
  }
  return store
}

/** The SHA-256 of a query's text (UTF-8), in lower-case hex: what clients send as `sha256Hash`. */
export const sha256Hex = (query: string): string =>
  createHash('sha256').update(query, 'utf8').digest('hex')

export interface PersistedQueryProblem {
  code: 'BAD_REQUEST' | 'PERSISTED_QUERY_HASH_MISMATCH'
  message: string
}

/**
 * Where the document to run comes from:
 * - `query`: the request's own query, or the stored one its hash names; `register` is the hash to
 *   store it under once the guard has let it through;
 * - `notFound` / `notSupported`: the protocol's answers that make a client send the query;
 * - `problem`: a malformed extension or a hash that is not the query's (400).
 */
export type QueryResolution =
  | { query: string; fromStore: boolean; register?: string }
  | { notFound: true }
  | { notSupported: true }
  | { problem: PersistedQueryProblem }

const SHA256_HEX = /^[0-9a-f]{64}$/

const malformed = (message: string): QueryResolution => ({
  problem: { code: 'BAD_REQUEST', message },
})

/**
 * Resolves the document of a request whose parameters have been read
 * (src/graphql/graphqlRequest.ts): a request without `extensions.persistedQuery` has a `query`.
 * `store` is undefined when persisted queries are turned off.
 */
export const resolvePersistedQuery = (
  params: { query?: string; extensions?: Record<string, unknown> | null },
  store: PersistedQueryStore | undefined,
): QueryResolution => {
  const extension = params.extensions?.persistedQuery
  if (extension === undefined) {
    // The readers let a request without `query` through only with this extension.
    if (params.query === undefined) return malformed('The request has no `query`.')
    return { query: params.query, fromStore: false }
  }
  if (!store) return { notSupported: true }
  if (typeof extension !== 'object' || extension === null || Array.isArray(extension)) {
    return malformed(
      '`extensions.persistedQuery` must be an object such as {"version": 1, "sha256Hash": "<SHA-256 of the query, hex>"}.',
    )
  }
  const { version, sha256Hash } = extension as Record<string, unknown>
  if (version !== PERSISTED_QUERY_VERSION) {
    return malformed(
      `Persisted query version ${JSON.stringify(version)} is not supported; send \`"version": ${PERSISTED_QUERY_VERSION}\`.`,
    )
  }
  if (typeof sha256Hash !== 'string' || !SHA256_HEX.test(sha256Hash.toLowerCase())) {
    return malformed(
      '`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the query as 64 hexadecimal digits.',
    )
  }
  const hash = sha256Hash.toLowerCase()
  if (params.query === undefined) {
    const stored = store.get(hash)
    return stored === undefined ? { notFound: true } : { query: stored, fromStore: true }
  }
  if (sha256Hex(params.query) !== hash) {
    return {
      problem: {
        code: 'PERSISTED_QUERY_HASH_MISMATCH',
        message:
          '`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`: hash exactly the query text you send (UTF-8, hexadecimal).',
      },
    }
  }
  return { query: params.query, fromStore: false, register: hash }
}
