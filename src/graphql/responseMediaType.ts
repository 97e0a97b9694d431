/**
 * Which media type a GraphQL answer is sent in, chosen from the request's `Accept` header the way
 * graphql-http (inside Payload's handler) chooses it, so the guard's own answers and Payload's
 * agree: the first entry that is `application/graphql-response+json`, or `application/json`,
 * `application/*` or `*\/*` (which mean `application/json`), in the order the client lists them,
 * in UTF-8. No header means `*\/*`. An entry with `q=0` is one the client refuses, so it is
 * skipped (graphql-http reads past `q`; the guard forwards its choice, so both stay in step).
 */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json'
export const PLAIN_JSON = 'application/json'

export type ResponseMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof PLAIN_JSON

const isUtf8 = (charset: string): boolean =>
  charset === 'charset=utf-8' || charset === 'charset=utf8'

const isRefused = (parameters: string[]): boolean =>
  parameters.some((parameter) => /^q=0(\.0{0,3})?$/.test(parameter))

export const negotiateResponseType = (accept: string | null): ResponseMediaType | undefined => {
  const entries = (accept ?? '*/*').replace(/\s/g, '').toLowerCase().split(',')
  for (const entry of entries) {
    const [mediaType, ...parameters] = entry.split(';')
    if (isRefused(parameters)) continue
    const charset =
      parameters.find((parameter) => parameter.startsWith('charset=')) ?? 'charset=utf-8'
    if (mediaType === GRAPHQL_RESPONSE_JSON && charset === 'charset=utf-8') {
      return GRAPHQL_RESPONSE_JSON
    }
    if (
      (mediaType === PLAIN_JSON || mediaType === 'application/*' || mediaType === '*/*') &&
      isUtf8(charset)
    ) {
      return PLAIN_JSON
    }
  }
  return undefined
}

/** The `Content-Type` of an answer in that media type. */
export const contentTypeOf = (mediaType: ResponseMediaType): string => `${mediaType}; charset=utf-8`

/**
 * The status of an answer that carries only errors because the document could not be read or
 * run (a syntax error, a persisted query the server does not hold): the GraphQL-over-HTTP spec
 * asks for 200 under `application/json`, which older clients expect, and a 4xx under
 * `application/graphql-response+json`, whose clients read the status.
 */
export const requestErrorStatus = (mediaType: ResponseMediaType): 200 | 400 =>
  mediaType === PLAIN_JSON ? 200 : 400
