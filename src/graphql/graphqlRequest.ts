/**
 * Reads a GraphQL-over-HTTP POST body (JSON) into its parameters, or says what is wrong with it.
 * graphql-http accepts the same shapes; answering here means a malformed body gets a 4xx with a
 * message instead of reaching Payload, whose own JSON parsing throws (a 500 with an empty body).
 */
export interface GraphQLParams {
  query: string
  operationName?: string | null
  variables?: Record<string, unknown> | null
}

export interface BodyProblem {
  status: 400 | 415
  message: string
}

export type BodyReading = { params: GraphQLParams } | { problem: BodyProblem }

const EXAMPLE_BODY = '{"query": "{ Articles { docs { title } } }"}'

const kindOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const bad = (message: string): BodyReading => ({ problem: { status: 400, message } })

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
): BodyReading => {
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
  const { query, operationName, variables, extensions } = data
  if (query === undefined || query === null) {
    return bad('The request body has no `query`: put the GraphQL document in `query` as a string.')
  }
  if (typeof query !== 'string') {
    return bad(`\`query\` must be a string holding the GraphQL document, not ${kindOf(query)}.`)
  }
  const queryBytes = Buffer.byteLength(query, 'utf8')
  if (queryBytes > maxQueryBytes) {
    return bad(
      `The query is ${Math.ceil(queryBytes / 1024)} KB; the limit is ${maxQueryBytes / 1024} KB. Send a shorter document.`,
    )
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return bad(`\`operationName\` must be a string, not ${kindOf(operationName)}.`)
  }
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) {
    return bad(
      `\`variables\` must be a JSON object of variable names and values, not ${kindOf(variables)}.`,
    )
  }
  if (extensions !== undefined && extensions !== null && !isPlainObject(extensions)) {
    return bad(`\`extensions\` must be a JSON object, not ${kindOf(extensions)}.`)
  }
  return { params: { query, operationName, variables } }
}
