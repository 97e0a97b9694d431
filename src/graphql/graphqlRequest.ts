/**
 * Reads the parameters of a GraphQL-over-HTTP request, or says what is wrong with them: a POST
 * body (JSON), or a GET's URL parameters (`query`, `operationName`, and `variables` and
 * `extensions` as URL-encoded JSON). graphql-http accepts the same shapes; answering here means a
 * malformed request gets a 4xx with a message instead of reaching Payload, whose own JSON parsing
 * throws (a 500 with an empty body). `query` may be left out only when an automatic persisted
 * query's hash (`extensions.persistedQuery`) stands in for it (src/graphql/persistedQueries.ts).
 */
export interface GraphQLParams {
  /** Absent only when `extensions.persistedQuery` names a stored query instead. */
  query?: string
  operationName?: string | null
  variables?: Record<string, unknown> | null
  extensions?: Record<string, unknown> | null
}

export interface RequestProblem {
  status: 400 | 415
  message: string
}

export type ParamsReading = { params: GraphQLParams } | { problem: RequestProblem }

const EXAMPLE_BODY = '{"query": "{ Articles { docs { title } } }"}'

const kindOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const bad = (message: string): ParamsReading => ({ problem: { status: 400, message } })

/** `application/json`, with no charset or UTF-8: the only body graphql-http reads on POST. */
export const isJsonContentType = (contentType: string | null): boolean => {
  if (!contentType) return false
  const [mediaType, ...parameters] = contentType.toLowerCase().replace(/\s/g, '').split(';')
  if (mediaType !== 'application/json') return false
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))
  return charset === undefined || charset === 'charset=utf-8'
}

export const readGraphQLBody = (
  contentType: string | null,
  body: string,
  maxQueryBytes: number,
): ParamsReading => {
  if (!isJsonContentType(contentType)) {
    return {
      problem: {
        status: 415,
        message: `Send GraphQL requests as JSON, with \`Content-Type: application/json\` (UTF-8), for example ${EXAMPLE_BODY}.`,
      },
    }
  }
  if (body.trim() === '') {
    return bad(`The request body is empty. Send a JSON object such as ${EXAMPLE_BODY}.`)
  }
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch {
    return bad(`The request body is not valid JSON. Send a JSON object such as ${EXAMPLE_BODY}.`)
  }
  if (!isPlainObject(data)) {
    return bad(
      `The request body must be a JSON object with a \`query\` string, not ${kindOf(data)}.`,
    )
  }
  return checkParams(
    data,
    maxQueryBytes,
    'The request body has no `query`: put the GraphQL document in `query` as a string.',
  )
}

/** The checks a body and a URL share, on parameters already decoded from JSON. */
const checkParams = (
  { query, operationName, variables, extensions }: Record<string, unknown>,
  maxQueryBytes: number,
  missingQueryMessage: string,
): ParamsReading => {
  if (extensions !== undefined && extensions !== null && !isPlainObject(extensions)) {
    return bad(`\`extensions\` must be a JSON object, not ${kindOf(extensions)}.`)
  }
  const hasPersistedQuery = isPlainObject(extensions) && extensions.persistedQuery !== undefined
  if ((query === undefined || query === null) && !hasPersistedQuery) {
    return bad(missingQueryMessage)
  }
  if (query !== undefined && query !== null && typeof query !== 'string') {
    return bad(`\`query\` must be a string holding the GraphQL document, not ${kindOf(query)}.`)
  }
  if (typeof query === 'string') {
    const queryBytes = Buffer.byteLength(query, 'utf8')
    if (queryBytes > maxQueryBytes) {
      return bad(
        `The query is ${Math.ceil(queryBytes / 1024)} KB; the limit is ${maxQueryBytes / 1024} KB. Send a shorter document.`,
      )
    }
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return bad(`\`operationName\` must be a string, not ${kindOf(operationName)}.`)
  }
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) {
    return bad(
      `\`variables\` must be a JSON object of variable names and values, not ${kindOf(variables)}.`,
    )
  }
  return {
    params: {
      ...(typeof query === 'string' ? { query } : {}),
      operationName: operationName as GraphQLParams['operationName'],
      variables: variables as GraphQLParams['variables'],
      ...(extensions !== undefined
        ? { extensions: extensions as GraphQLParams['extensions'] }
        : {}),
    },
  }
}

const URL_PARAMETERS = ['query', 'operationName', 'variables', 'extensions'] as const
const EXAMPLE_URL = '/api/graphql?query=%7B%20Articles%20%7B%20docs%20%7B%20title%20%7D%20%7D%20%7D'

/**
 * Reads a GraphQL-over-HTTP GET's URL parameters. Each may appear once; an empty one counts as
 * absent; other parameters are ignored (the guard forwards only these four).
 */
export const readGraphQLSearchParams = (
  search: URLSearchParams,
  maxQueryBytes: number,
): ParamsReading => {
  const raw: Record<string, string | undefined> = {}
  for (const name of URL_PARAMETERS) {
    const values = search.getAll(name)
    if (values.length > 1) {
      return bad(`Give \`${name}\` once in the URL; it appears ${values.length} times.`)
    }
    raw[name] = values[0] === '' ? undefined : values[0]
  }
  const decoded: Record<string, unknown> = { query: raw.query, operationName: raw.operationName }
  for (const name of ['variables', 'extensions'] as const) {
    const text = raw[name]
    if (text === undefined) continue
    try {
      decoded[name] = JSON.parse(text)
    } catch {
      return bad(
        `\`${name}\` is not valid JSON: send it as a URL-encoded JSON object, for example ${name}=${encodeURIComponent('{"limit":3}')}.`,
      )
    }
  }
  return checkParams(
    decoded,
    maxQueryBytes,
    `The URL has no \`query\` parameter: put the GraphQL document in \`query\`, URL-encoded, for example ${EXAMPLE_URL}.`,
  )
}
