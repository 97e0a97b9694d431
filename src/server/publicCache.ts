import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import type { Logger } from 'pino'

import type { ContentChanges } from '../cache/contentChanges'
import {
  entityTagOf,
  graphqlPostKey,
  isQueryBody,
  matchesIfNoneMatch,
  planCaching,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
  publicReadPreflight,
  PUBLIC_VARY,
  type CachePolicy,
} from '../cache/httpCaching'
import type { CachedAnswer, ResponseCache } from '../cache/responseCache'
import { bodyReadInFront } from './bodyLimits'
import { captureResponse, type CapturedResponse } from './captureResponse'

/**
 * Headers that belong to one exchange, not to the answer: never stored, set afresh each time.
 * CORS headers depend on the reader's origin; the caching headers are the cache's own.
 */
const PER_EXCHANGE = new Set([
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'cache-control',
  'connection',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'transfer-encoding',
  'vary',
])

const storedHeadersOf = (headers: OutgoingHttpHeaders): CachedAnswer['headers'] =>
  Object.entries(headers)
    .filter(([name, value]) => value !== undefined && !PER_EXCHANGE.has(name.toLowerCase()))
    .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)])

export interface PublicCacheOptions {
  cache: ResponseCache
  changes: ContentChanges
  policy: CachePolicy
  /** Origins that may call with credentials (SERVER_URL and ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[]
  /** Origins that may read public answers without credentials: `'*'` for any. */
  publicReadOrigins: '*' | readonly string[]
  /** GraphQL bodies up to this size (declared) are read in front to look their answer up. */
  maxJsonBodyBytes: number
  /** The generation every process on the database shares (src/cache/sharedGeneration.ts). */
  readSharedGeneration: () => Promise<string>
  logger: Logger
}

type Next = () => void

/**
 * The published-content cache, in front of Express and Next. Anonymous reads of public content
 * are answered from memory while nothing they could include has changed; misses go on to Payload
 * and their answers are kept. Public answers carry a strong ETag (a matching If-None-Match gets
 * 304), public Cache-Control and CORS for any reading origin; answers to requests with credentials
 * carry `Cache-Control: private, no-store` and are never kept.
 */
export const publicCacheFront = (options: PublicCacheOptions) => {
  const {
    cache,
    changes,
    policy,
    allowedOrigins,
    publicReadOrigins,
    maxJsonBodyBytes,
    readSharedGeneration,
    logger,
  } = options
  const cacheControl = publicCacheControl(policy)

  /** CORS for a public answer: credentialed origins as Payload answers them, others read-only. */
  const corsHeadersFor = (origin: string | undefined): [string, string][] => {
    if (!origin) return []
    if (allowedOrigins.includes(origin)) {
      return [
        ['Access-Control-Allow-Origin', origin],
        ['Access-Control-Allow-Credentials', 'true'],
      ]
    }
    if (publicReadOrigins === '*') return [['Access-Control-Allow-Origin', '*']]
    return publicReadOrigins.includes(origin) ? [['Access-Control-Allow-Origin', origin]] : []
  }

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    answer: CachedAnswer,
    outcome: 'HIT' | 'MISS',
  ) => {
    const exchange: [string, string][] = [
      // For people and tests reading the headers: did the answer come from memory?
      ['X-Cache', outcome],
      ['ETag', answer.etag],
      ['Cache-Control', cacheControl],
      ['Vary', PUBLIC_VARY],
      ...corsHeadersFor(req.headers.origin),
    ]
    if (matchesIfNoneMatch(req.headers['if-none-match'], answer.etag)) {
      res.writeHead(304, exchange.flat())
      res.end()
      return
    }
    const stored = answer.headers.flatMap(([name, value]) =>
      Array.isArray(value) ? value.flatMap((item) => [name, item]) : [name, value],
    )
    // Node takes headers as one flat list of names and values.
    res.writeHead(answer.status, [
      ...stored,
      ...exchange.flat(),
      'Content-Length',
      String(answer.body.length),
    ])
    res.end(req.method === 'HEAD' ? undefined : answer.body)
  }

  /** Sends what Next answered; a 200 without cookies becomes a public, validated answer. */
  const finishMiss = (
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    generation: { local: number; both: string },
    captured: CapturedResponse,
  ) => {
    // An answer that sets a cookie or forbids storing (e.g. "persisted query not found", which
    // turns into data once the query is registered) is sent as it is.
    const cacheable =
      captured.status === 200 &&
      captured.headers['set-cookie'] === undefined &&
      !/no-store|private/.test(String(captured.headers['cache-control'] ?? ''))
    if (!cacheable) {
      res.end(req.method === 'HEAD' ? undefined : captured.body)
      return
    }
    const answer: CachedAnswer = {
      status: captured.status,
      headers: storedHeadersOf(captured.headers),
      body: captured.body,
      etag: entityTagOf(captured.body),
      generation: generation.both,
    }
    // Computed while public content was changing: right for this reader, not for keeping.
    if (changes.generation === generation.local && !changes.settling) cache.set(key, answer)
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    send(req, res, answer, 'MISS')
  }

  /** Looks a public answer up, or lets the request go on and keeps what comes back. */
  const answerOrKeep = (
    req: IncomingMessage,
    res: ServerResponse,
    key: string,
    next: Next,
    allowReadingOrigin: () => void,
    /** Whether a miss may be kept; asked only on a miss (a GraphQL body must hold a query). */
    mayKeep: () => boolean = () => true,
  ): void => {
    const started = performance.now()
    // Read before anything is computed: an answer kept with this token is one computed after it.
    readSharedGeneration().then(
      (shared) => {
        const local = changes.generation
        const generation = { local, both: `${local}:${shared}` }
        const hit = cache.get(key, generation.both)
        if (hit) {
          send(req, res, hit, 'HIT')
          // In front of Express, the request log never sees a hit: log it here.
          logger.info(
            {
              method: req.method,
              path: req.url?.split('?', 1)[0],
              status: res.statusCode,
              ms: Math.round(performance.now() - started),
              cache: 'hit',
            },
            'request',
          )
          return
        }
        if (!mayKeep()) return next()
        allowReadingOrigin()
        // HEAD is computed as GET (Next would send no body to keep), then sent without the body.
        const isHead = req.method === 'HEAD'
        if (isHead) req.method = 'GET'
        captureResponse(res, (captured) => {
          if (isHead) req.method = 'HEAD'
          finishMiss(req, res, key, generation, captured)
        })
        next()
      },
      (error: unknown) => {
        // Without the shared generation nothing may be served from memory or kept: pass it on.
        logger.warn({ err: error }, 'published-content cache: shared generation unreadable')
        next()
      },
    )
  }

  const allowReadingOriginOf = (req: IncomingMessage, res: ServerResponse) => () => {
    for (const [name, value] of corsHeadersFor(req.headers.origin)) res.setHeader(name, value)
  }

  /**
   * An anonymous GraphQL POST whose body holds a query is a public read too, kept under a digest
   * of its exact body. A body of declared, bounded length is read here and handed on to the body
   * gate; mutations, persisted-query lookups (whose text only the GraphQL route knows) and
   * anything else go on as they came.
   */
  const answerGraphQLPost = (
    req: IncomingMessage,
    res: ServerResponse,
    keyPrefix: string,
    next: Next,
  ): void => {
    const declared = Number(req.headers['content-length'])
    const isJson = (req.headers['content-type'] ?? '').startsWith('application/json')
    if (!isJson || !(declared > 0 && declared <= maxJsonBodyBytes)) return next()
    // Node's parser delivers exactly the declared length, no more.
    const chunks: Buffer[] = []
    const onData = (chunk: Buffer) => chunks.push(chunk)
    const onEnd = () => {
      req.off('data', onData)
      const body = Buffer.concat(chunks)
      bodyReadInFront(req, body)
      const key = graphqlPostKey(keyPrefix, body)
      // A kept answer exists only for a query; only a miss needs the document parsed. CORS
      // headers are set already (see the front).
      answerOrKeep(
        req,
        res,
        key,
        next,
        () => undefined,
        () => isQueryBody(body),
      )
    }
    req.on('data', onData)
    req.once('end', onEnd)
  }

  const front = (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method === 'OPTIONS') {
      const preflight = publicReadPreflight({
        path: req.url?.split('?', 1)[0] ?? '',
        origin: req.headers.origin,
        requestMethod: req.headers['access-control-request-method'],
        requestHeaders: req.headers['access-control-request-headers'],
        publicReadOrigins,
        allowedOrigins,
      })
      if (!preflight) return next()
      res.writeHead(204, preflight.flat())
      res.end()
      return
    }
    const plan = planCaching({ method: req.method, url: req.url, headers: req.headers })
    if (plan.kind === 'private') res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
    // Answers that are not kept (a 404, a POST) are readable by any reading origin too.
    const allowReadingOrigin = allowReadingOriginOf(req, res)
    if (plan.kind === 'graphql-post') {
      allowReadingOrigin()
      return answerGraphQLPost(req, res, plan.keyPrefix, next)
    }
    if (plan.kind !== 'public') return next()
    answerOrKeep(req, res, plan.key, next, allowReadingOrigin)
  }

  return front
}
