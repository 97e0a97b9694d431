/**
 * Stands in front of Payload's GraphQL handler. Payload validates with all of graphql's rules in
 * one pass, and its complexity rule expands every fragment spread (and recurses forever on a
 * cycle) whatever the other rules report, so a hostile document has to be refused before Payload
 * sees it: the POST body or the GET's URL parameters are read and checked here, a persisted
 * query's hash resolved to its document (src/graphql/persistedQueries.ts), the document parsed
 * with a token limit and measured (src/graphql/queryCost.ts), a mutation over GET refused, and
 * only then is the request handed on, in a fresh Request. The guard's own answers use the media
 * type graphql-http would choose for the request (src/graphql/responseMediaType.ts).
 */
import { getOperationAST, GraphQLError, parse, type DocumentNode } from 'graphql'

import { hideSuggestionsInBody } from './fieldSuggestions'
import { readGraphQLBody, readGraphQLSearchParams, type GraphQLParams } from './graphqlRequest'
import {
  PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED,
  resolvePersistedQuery,
  type PersistedQueryStore,
} from './persistedQueries'
import { measureQuery, type CostRefusal, type QueryLimits, type SchemaFacts } from './queryCost'
import {
  contentTypeOf,
  GRAPHQL_RESPONSE_JSON,
  negotiateResponseType,
  PLAIN_JSON,
  requestErrorStatus,
  type ResponseMediaType,
} from './responseMediaType'

export interface DocumentLimits extends QueryLimits {
  /** Size of the `query` string in bytes. */
  maxQueryBytes: number
  /** Tokens graphql's parser reads before it gives up. */
  maxTokens: number
}

/** The limits besides `maxDocuments`, which is a setting (GRAPHQL_MAX_DOCUMENTS). */
export const DOCUMENT_LIMITS: Omit<DocumentLimits, 'maxDocuments'> = {
  maxQueryBytes: 100 * 1024,
  maxTokens: 10_000,
  // graphql's own introspection query nests 15 levels; Payload's deepest useful queries, about 10.
  maxDepth: 15,
  maxAliases: 30,
  // graphql's OverlappingFieldsCanBeMergedRule compares same-named fields pairwise, and every
  // pair of fragments spread side by side (up to a budget of 500,000 comparisons, 120-170 ms of
  // CPU here). 300 fields and 100 fragments keep its worst case near 30 ms.
  maxFields: 300,
  maxFragments: 100,
}

export interface GraphQLGuardOptions {
  /** Payload's GraphQL handler (graphql-http inside), for GET and POST. */
  handler: (request: Request) => Promise<Response>
  /** What the measurement needs to know about the schema; built once, on first use. */
  schemaFacts: () => Promise<SchemaFacts>
  limits: DocumentLimits
  /** Cut "Did you mean" suggestions from error messages (production). */
  hideSuggestions: boolean
  /** Automatic persisted queries; without a store, requests using them are told so. */
  persistedQueries?: PersistedQueryStore
  /** Headers (CORS) to add to the answers the guard gives itself. */
  headersFor?: (request: Request) => Promise<Headers>
  /** Told about each refusal, for the log. */
  onRefusal?: (refusal: { status: number; codes: string[] }) => void
}

interface ErrorEntry {
  message: string
  code: string
  locations?: readonly { line: number; column: number }[]
  /** `extensions.statusCode`, when the error has one of its own (a client error is 400). */
  statusCode?: number
}

const errorResponse = (
  status: number,
  entries: ErrorEntry[],
  headers: Headers,
  mediaType: ResponseMediaType = PLAIN_JSON,
): Response => {
  headers.set('Content-Type', contentTypeOf(mediaType))
  const errors = entries.map(({ message, code, locations, statusCode }) => ({
    message,
    ...(locations ? { locations } : {}),
    extensions: { code, ...(statusCode ? { statusCode } : {}) },
  }))
  return new Response(JSON.stringify({ errors }), { status, headers })
}

/** Parses with a token limit; a syntax error or a nesting too deep for the parser is refused. */
const parseDocument = (query: string, maxTokens: number): DocumentNode | ErrorEntry => {
  try {
    return parse(query, { maxTokens })
  } catch (error) {
    if (error instanceof GraphQLError) {
      const code = TOKEN_LIMIT_MESSAGE.test(error.message)
        ? 'TOO_MANY_TOKENS'
        : 'GRAPHQL_PARSE_FAILED'
      return { message: error.message, code, locations: error.locations, statusCode: 400 }
    }
    if (error instanceof RangeError) {
      return {
        message: 'This query nests too deeply to be read.',
        code: 'QUERY_TOO_DEEP',
        statusCode: 400,
      }
    }
    throw error
  }
}

/** graphql's parser stops at `maxTokens` with this message (graphql 16). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more that \d+ tokens\./

const isDocument = (parsed: DocumentNode | ErrorEntry): parsed is DocumentNode => 'kind' in parsed

const isReadOnlyMethod = (method: string): boolean => method === 'GET' || method === 'HEAD'

/**
 * The request Payload gets: its headers (credentials, Origin) with `Accept` narrowed to the media
 * type chosen here, and the parameters as read. A GET's URL carries only the four GraphQL
 * parameters, so nothing else in a URL changes the answer; a POST keeps its body byte for byte
 * unless the query came from the persisted query store.
 */
const forwardedRequest = (
  request: Request,
  {
    mediaType,
    params,
    query,
    fromStore,
    body,
  }: {
    mediaType: ResponseMediaType
    params: GraphQLParams
    /** The document to run: the request's own, or the stored one its hash names. */
    query: string
    fromStore: boolean
    /** The POST body as received; undefined for GET. */
    body: string | undefined
  },
): Request => {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  headers.set('accept', mediaType)
  if (body === undefined) {
    const url = new URL(request.url)
    url.search = ''
    url.searchParams.set('query', query)
    if (params.operationName) url.searchParams.set('operationName', params.operationName)
    if (params.variables) url.searchParams.set('variables', JSON.stringify(params.variables))
    if (params.extensions) url.searchParams.set('extensions', JSON.stringify(params.extensions))
    return new Request(url, { method: 'GET', headers })
  }
  const forwardedBody = fromStore ? JSON.stringify({ ...params, query }) : body
  return new Request(request.url, { method: 'POST', headers, body: forwardedBody })
}

const withoutSuggestions = async (response: Response): Promise<Response> => {
  if (!response.headers.get('content-type')?.includes('json')) return response
  const body = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(hideSuggestionsInBody(body) ?? body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

const NOT_ACCEPTABLE: ErrorEntry = {
  message: `GraphQL answers are ${GRAPHQL_RESPONSE_JSON} or ${PLAIN_JSON} in UTF-8: accept one of them (or send no \`Accept\` header).`,
  code: 'NOT_ACCEPTABLE',
  statusCode: 406,
}

const MUTATION_OVER_GET: ErrorEntry = {
  message:
    'Mutations run only over POST: send this document as a POST with a JSON body. GET runs queries.',
  code: 'METHOD_NOT_ALLOWED',
  statusCode: 405,
}

const OTHER_METHOD: ErrorEntry = {
  message: 'GraphQL takes GET (queries) and POST (queries and mutations).',
  code: 'METHOD_NOT_ALLOWED',
  statusCode: 405,
}

export const guardGraphQLRequest =
  ({
    handler,
    schemaFacts,
    limits,
    hideSuggestions,
    persistedQueries,
    headersFor,
    onRefusal,
  }: GraphQLGuardOptions) =>
  async (request: Request): Promise<Response> => {
    const mediaType = negotiateResponseType(request.headers.get('accept'))
    const answer = async (
      status: number,
      entries: ErrorEntry[],
      extraHeaders: Record<string, string> = {},
    ) => {
      const headers = (await headersFor?.(request)) ?? new Headers()
      for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value)
      return errorResponse(status, entries, headers, mediaType)
    }
    const refuse = async (
      status: number,
      entries: ErrorEntry[],
      extraHeaders?: Record<string, string>,
    ) => {
      onRefusal?.({ status, codes: entries.map((entry) => entry.code) })
      return answer(status, entries, extraHeaders)
    }
    if (!mediaType) return refuse(406, [NOT_ACCEPTABLE])
    const readOnly = isReadOnlyMethod(request.method)
    if (!readOnly && request.method !== 'POST') {
      return refuse(405, [OTHER_METHOD], { Allow: 'GET, POST' })
    }

    const body = readOnly ? undefined : await request.text()
    const reading =
      body === undefined
        ? readGraphQLSearchParams(new URL(request.url).searchParams, limits.maxQueryBytes)
        : readGraphQLBody(request.headers.get('content-type'), body, limits.maxQueryBytes)
    if ('problem' in reading) {
      const { status, message } = reading.problem
      const code = status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST'
      return refuse(status, [{ message, code, statusCode: status }])
    }
    const { params } = reading

    const resolution = resolvePersistedQuery(params, persistedQueries)
    if ('problem' in resolution) {
      return refuse(400, [{ ...resolution.problem, statusCode: 400 }])
    }
    if ('notFound' in resolution || 'notSupported' in resolution) {
      // The same URL answers differently once the query is registered: no cache may keep this.
      return answer(
        requestErrorStatus(mediaType),
        ['notFound' in resolution ? PERSISTED_QUERY_NOT_FOUND : PERSISTED_QUERY_NOT_SUPPORTED],
        { 'Cache-Control': 'no-store' },
      )
    }
    const { query, fromStore, register } = resolution

    const parsed = parseDocument(query, limits.maxTokens)
    if (!isDocument(parsed)) {
      const status = parsed.code === 'GRAPHQL_PARSE_FAILED' ? requestErrorStatus(mediaType) : 400
      return refuse(status, [parsed])
    }

    const { operationName, variables } = params
    const { refusals } = measureQuery(parsed, await schemaFacts(), {
      operationName,
      variables,
      limits,
    })
    if (refusals.length > 0) {
      return refuse(
        400,
        refusals.map(({ message, code }: CostRefusal) => ({ message, code, statusCode: 400 })),
      )
    }

    if (readOnly && getOperationAST(parsed, operationName)?.operation === 'mutation') {
      return refuse(405, [MUTATION_OVER_GET], { Allow: 'POST' })
    }

    if (register) persistedQueries?.set(register, query)
    const response = await handler(
      forwardedRequest(request, { mediaType, params, query, fromStore, body }),
    )
    return hideSuggestions ? withoutSuggestions(response) : response
  }
