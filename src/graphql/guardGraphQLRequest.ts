/**
 * Stands in front of Payload's GraphQL handler. Payload validates with all of graphql's rules in
 * one pass, and its complexity rule expands every fragment spread (and recurses forever on a
 * cycle) whatever the other rules report, so a hostile document has to be refused before Payload
 * sees it: the body is read and checked here, the document parsed with a token limit and
 * measured (src/graphql/queryCost.ts), and only then handed on, unchanged, in a fresh Request.
 */
import { GraphQLError, parse, type DocumentNode } from 'graphql'

import { hideSuggestionsInBody } from './fieldSuggestions'
import { readGraphQLBody } from './graphqlRequest'
import { measureQuery, type CostRefusal, type QueryLimits, type SchemaFacts } from './queryCost'

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
  /** Payload's GraphQL POST handler. */
  handler: (request: Request) => Promise<Response>
  /** What the measurement needs to know about the schema; built once, on first use. */
  schemaFacts: () => Promise<SchemaFacts>
  limits: DocumentLimits
  /** Cut "Did you mean" suggestions from error messages (production). */
  hideSuggestions: boolean
  /** Headers (CORS) to add to the answers the guard gives itself. */
  headersFor?: (request: Request) => Promise<Headers>
  /** Told about each refusal, for the log. */
  onRefusal?: (refusal: { status: number; codes: string[] }) => void
}

interface ErrorEntry {
  message: string
  code: string
  locations?: readonly { line: number; column: number }[]
}

const errorResponse = (status: number, entries: ErrorEntry[], headers: Headers): Response => {
  headers.set('Content-Type', 'application/json; charset=utf-8')
  const errors = entries.map(({ message, code, locations }) => ({
    message,
    ...(locations ? { locations } : {}),
    extensions: { code, statusCode: status },
  }))
  return new Response(JSON.stringify({ errors }), { status, headers })
}

/** Parses with a token limit; a syntax error or a nesting too deep for the parser is refused. */
const parseDocument = (query: string, maxTokens: number): DocumentNode | ErrorEntry => {
  try {
    return parse(query, { maxTokens })
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { message: error.message, code: 'GRAPHQL_PARSE_FAILED', locations: error.locations }
    }
    if (error instanceof RangeError) {
      return { message: 'This query nests too deeply to be read.', code: 'QUERY_TOO_DEEP' }
    }
    throw error
  }
}

const isDocument = (parsed: DocumentNode | ErrorEntry): parsed is DocumentNode => 'kind' in parsed

/** The body unchanged, in a Request Payload can read again. */
const forwardedRequest = (request: Request, body: string): Request => {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return new Request(request.url, { method: request.method, headers, body })
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

export const guardGraphQLRequest =
  ({ handler, schemaFacts, limits, hideSuggestions, headersFor, onRefusal }: GraphQLGuardOptions) =>
  async (request: Request): Promise<Response> => {
    const refuse = async (status: number, entries: ErrorEntry[]) => {
      onRefusal?.({ status, codes: entries.map((entry) => entry.code) })
      return errorResponse(status, entries, (await headersFor?.(request)) ?? new Headers())
    }

    const body = await request.text()
    const reading = readGraphQLBody(request.headers.get('content-type'), body, limits.maxQueryBytes)
    if ('problem' in reading) {
      const { status, message } = reading.problem
      const code = status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST'
      return refuse(status, [{ message, code }])
    }
    const { query, operationName, variables } = reading.params
    const parsed = parseDocument(query, limits.maxTokens)
    if (!isDocument(parsed)) return refuse(400, [parsed])

    const { refusals } = measureQuery(parsed, await schemaFacts(), {
      operationName,
      variables,
      limits,
    })
    if (refusals.length > 0) {
      return refuse(
        400,
        refusals.map(({ message, code }: CostRefusal) => ({ message, code })),
      )
    }

    const response = await handler(forwardedRequest(request, body))
    return hideSuggestions ? withoutSuggestions(response) : response
  }
