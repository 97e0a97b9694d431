/**
 * What stands in front of Payload's GraphQL handler: reading the JSON body, cutting field
 * suggestions from error messages, and the guard that refuses or hands the request on. The guard
 * runs here against a stand-in for Payload's handler; tests/http/graphql-cost.http.test.ts proves
 * the same wiring on the production server.
 */
import { buildSchema } from 'graphql'

import { hideSuggestionsInBody, withoutSuggestions } from '../../src/graphql/fieldSuggestions'
import {
  isJsonContentType,
  readGraphQLBody,
  readGraphQLSearchParams,
} from '../../src/graphql/graphqlRequest'
import {
  DOCUMENT_LIMITS,
  guardGraphQLRequest,
  type GraphQLGuardOptions,
} from '../../src/graphql/guardGraphQLRequest'
import { createPersistedQueryStore, sha256Hex } from '../../src/graphql/persistedQueries'
import { describeSchema } from '../../src/graphql/queryCost'

const JSON_TYPE = 'application/json'
const MAX_QUERY_BYTES = 100 * 1024

const problemOf = (contentType: string | null, body: string) => {
  const reading = readGraphQLBody(contentType, body, MAX_QUERY_BYTES)
  if (!('problem' in reading)) throw new Error(`accepted ${body}`)
  return reading.problem
}

describe('readGraphQLBody', () => {
  it('reads query, operationName and variables from a JSON object', () => {
    const body = JSON.stringify({
      query: 'query List($n: Int) { Articles(limit: $n) { docs { id } } }',
      operationName: 'List',
      variables: { n: 3 },
      extensions: {},
    })
    expect(readGraphQLBody('application/json; charset=utf-8', body, MAX_QUERY_BYTES)).toEqual({
      params: {
        query: 'query List($n: Int) { Articles(limit: $n) { docs { id } } }',
        operationName: 'List',
        variables: { n: 3 },
        extensions: {},
      },
    })
  })

  it.each([
    [null, false],
    ['application/json', true],
    ['Application/JSON ; Charset=UTF-8', true],
    ['application/json; charset=latin1', false],
    ['text/plain', false],
    ['application/graphql', false],
    ['multipart/form-data; boundary=x', false],
  ])('content type %j is JSON: %j', (contentType, expected) => {
    expect(isJsonContentType(contentType)).toBe(expected)
  })

  it('answers 415 naming the content type to use', () => {
    expect(problemOf('text/plain', '{"query":"{ __typename }"}')).toEqual({
      status: 415,
      message:
        'Send GraphQL requests as JSON, with `Content-Type: application/json` (UTF-8), for example {"query": "{ Articles { docs { title } } }"}.',
    })
  })

  it.each([
    ['', 'The request body is empty. Send a JSON object such as'],
    ['   ', 'The request body is empty.'],
    ['{"query": ', 'The request body is not valid JSON. Send a JSON object such as'],
    ["{'query': '{ id }'}", 'The request body is not valid JSON.'],
    ['null', 'The request body must be a JSON object with a `query` string, not null.'],
    ['42', 'The request body must be a JSON object with a `query` string, not a number.'],
    ['"{ id }"', 'The request body must be a JSON object with a `query` string, not a string.'],
    ['true', 'The request body must be a JSON object with a `query` string, not a boolean.'],
    [
      '[{"query":"{ id }"}]',
      'The request body must be a JSON object with a `query` string, not an array.',
    ],
    ['{}', 'The request body has no `query`: put the GraphQL document in `query` as a string.'],
    ['{"query": null}', 'The request body has no `query`'],
    ['{"query": 7}', '`query` must be a string holding the GraphQL document, not a number.'],
    [
      '{"query": {"kind": "Document"}}',
      '`query` must be a string holding the GraphQL document, not an object.',
    ],
    ['{"query": "{ id }", "operationName": 1}', '`operationName` must be a string, not a number.'],
    [
      '{"query": "{ id }", "variables": "{}"}',
      '`variables` must be a JSON object of variable names and values, not a string.',
    ],
    [
      '{"query": "{ id }", "variables": [1]}',
      '`variables` must be a JSON object of variable names and values, not an array.',
    ],
    ['{"query": "{ id }", "extensions": []}', '`extensions` must be a JSON object, not an array.'],
  ])('answers 400 to %j', (body, message) => {
    const problem = problemOf(JSON_TYPE, body)
    expect(problem.status).toBe(400)
    expect(problem.message.startsWith(message)).toBe(true)
  })

  it('needs no query when a persisted query extension stands in for it', () => {
    const body = '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ab"}}}'
    expect(readGraphQLBody(JSON_TYPE, body, MAX_QUERY_BYTES)).toEqual({
      params: {
        operationName: undefined,
        variables: undefined,
        extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } },
      },
    })
  })

  it('refuses a query over the size limit, giving both sizes', () => {
    const query = `{ Articles { docs { ${'title '.repeat(20_000)} } } }`
    expect(problemOf(JSON_TYPE, JSON.stringify({ query }))).toEqual({
      status: 400,
      message: 'The query is 118 KB; the limit is 100 KB. Send a shorter document.',
    })
  })
})

describe('readGraphQLSearchParams', () => {
  const read = (params: Record<string, string> | string) =>
    readGraphQLSearchParams(new URLSearchParams(params), MAX_QUERY_BYTES)
  const problem = (params: Record<string, string> | string) => {
    const reading = read(params)
    if (!('problem' in reading)) throw new Error(`accepted ${JSON.stringify(params)}`)
    return reading.problem
  }

  it('reads query and operationName as text, variables and extensions as JSON', () => {
    expect(
      read({
        query: 'query List($n: Int) { Articles(limit: $n) { docs { id } } }',
        operationName: 'List',
        variables: '{"n":3}',
        extensions: '{"persistedQuery":{"version":1,"sha256Hash":"ab"}}',
      }),
    ).toEqual({
      params: {
        query: 'query List($n: Int) { Articles(limit: $n) { docs { id } } }',
        operationName: 'List',
        variables: { n: 3 },
        extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } },
      },
    })
  })

  it('counts an empty parameter as absent and ignores other parameters', () => {
    expect(read('query=%7B%20id%20%7D&variables=&operationName=&_=123')).toEqual({
      params: { query: '{ id }', operationName: undefined, variables: undefined },
    })
  })

  it('needs no query when a persisted query extension stands in for it', () => {
    expect(read({ extensions: '{"persistedQuery":{}}' })).toEqual({
      params: {
        operationName: undefined,
        variables: undefined,
        extensions: { persistedQuery: {} },
      },
    })
  })

  it.each([
    [
      '',
      'The URL has no `query` parameter: put the GraphQL document in `query`, URL-encoded, for example /api/graphql?query=%7B%20Articles%20%7B%20docs%20%7B%20title%20%7D%20%7D%20%7D.',
    ],
    [
      'query=%7B%20id%20%7D&query=%7B%20id%20%7D',
      'Give `query` once in the URL; it appears 2 times.',
    ],
    [
      'query=%7B%20id%20%7D&variables=%7Bn%3A3%7D',
      '`variables` is not valid JSON: send it as a URL-encoded JSON object, for example variables=%7B%22limit%22%3A3%7D.',
    ],
    [
      'query=%7B%20id%20%7D&variables=%5B1%5D',
      '`variables` must be a JSON object of variable names and values, not an array.',
    ],
    [
      'query=%7B%20id%20%7D&extensions=nope',
      '`extensions` is not valid JSON: send it as a URL-encoded JSON object, for example extensions=%7B%22limit%22%3A3%7D.',
    ],
    [
      'query=%7B%20id%20%7D&extensions=%22x%22',
      '`extensions` must be a JSON object, not a string.',
    ],
    ['variables=%7B%7D', 'The URL has no `query` parameter'],
  ])('answers 400 to ?%s', (search, message) => {
    const found = problem(search)
    expect(found.status).toBe(400)
    expect(found.message.startsWith(message)).toBe(true)
  })

  it('refuses a query over the size limit, as in a body', () => {
    const query = `{ Articles { docs { ${'title '.repeat(20_000)} } } }`
    expect(problem({ query })).toEqual({
      status: 400,
      message: 'The query is 118 KB; the limit is 100 KB. Send a shorter document.',
    })
  })
})

describe('field suggestions', () => {
  it.each([
    [
      'Cannot query field "titel" on type "Article". Did you mean "title"?',
      'Cannot query field "titel" on type "Article".',
    ],
    [
      'Unknown argument "limt" on field "Query.Articles". Did you mean "limit"?',
      'Unknown argument "limt" on field "Query.Articles".',
    ],
    [
      'Value "publishd" does not exist in "Article__status" enum. Did you mean the enum value "published"?',
      'Value "publishd" does not exist in "Article__status" enum.',
    ],
    [
      'Unknown type "Artcle". Did you mean "Article", "Articles", or "Article_where"?',
      'Unknown type "Artcle".',
    ],
    [
      'Cannot query field "nope" on type "Article".',
      'Cannot query field "nope" on type "Article".',
    ],
  ])('%j becomes %j', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected)
  })

  it('rewrites only the error messages of a response body, and only when they suggest', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'Cannot query field "titel" on type "Article". Did you mean "title"?' },
        { message: 'Something else.' },
      ],
    })
    expect(JSON.parse(hideSuggestionsInBody(body) ?? '')).toEqual({
      errors: [
        { message: 'Cannot query field "titel" on type "Article".' },
        { message: 'Something else.' },
      ],
    })
    const content = JSON.stringify({ data: { Article: { title: 'Did you mean "this"?' } } })
    expect(hideSuggestionsInBody(content)).toBeUndefined()
    expect(hideSuggestionsInBody('{"errors":[{"message":"plain"}]}')).toBeUndefined()
  })
})

describe('guardGraphQLRequest', () => {
  const facts = describeSchema(
    buildSchema(`
      type Query { Articles(limit: Int, pagination: Boolean): Articles }
      type Mutation { publish(id: String!): Article }
      type Articles { docs: [Article!]! hasNextPage: Boolean! }
      type Article { id: String! title: String }
    `),
  )

  const guardWith = (overrides: Partial<GraphQLGuardOptions> = {}) => {
    const received: { method: string; url: string; body: string; headers: Headers }[] = []
    const guard = guardGraphQLRequest({
      handler: async (request) => {
        received.push({
          method: request.method,
          url: request.url,
          body: await request.text(),
          headers: request.headers,
        })
        return Response.json({
          errors: [
            { message: 'Cannot query field "titel" on type "Article". Did you mean "title"?' },
          ],
        })
      },
      schemaFacts: async () => facts,
      limits: { ...DOCUMENT_LIMITS, maxDocuments: 500 },
      hideSuggestions: true,
      ...overrides,
    })
    return { guard, received }
  }

  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://cms.test/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': JSON_TYPE, ...headers },
      body,
    })

  it('hands Payload the same body and headers when the document may run', async () => {
    const { guard, received } = guardWith()
    const body = JSON.stringify({ query: '{ Articles(limit: 5) { docs { title } } }' })
    await guard(post(body, { Authorization: 'JWT abc' }))
    expect(received).toHaveLength(1)
    expect(received[0].body).toBe(body)
    expect(received[0].headers.get('authorization')).toBe('JWT abc')
  })

  it('answers a costly document itself, 400 with GraphQL-style errors, without calling Payload', async () => {
    const refusals: unknown[] = []
    const { guard, received } = guardWith({
      headersFor: async () => new Headers({ 'Access-Control-Allow-Origin': 'https://site.test' }),
      onRefusal: (refusal) => refusals.push(refusal),
    })
    const aliases = Array.from(
      { length: 6 },
      (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`,
    )
    const response = await guard(post(JSON.stringify({ query: `{ ${aliases.join(' ')} }` })))
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('access-control-allow-origin')).toBe('https://site.test')
    const { errors } = await response.json()
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(
      /^This query could return up to 600 documents; the limit is 500/,
    )
    expect(errors[0].extensions).toEqual({ code: 'TOO_MANY_DOCUMENTS', statusCode: 400 })
    expect(received).toHaveLength(0)
    expect(refusals).toEqual([{ status: 400, codes: ['TOO_MANY_DOCUMENTS'] }])
  })

  it('answers a malformed body with 400 and a message', async () => {
    const { guard, received } = guardWith()
    const malformed = await guard(post('{"query": "{ id }"'))
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).errors[0]).toMatchObject({
      message: expect.stringMatching(/^The request body is not valid JSON/),
      extensions: { code: 'BAD_REQUEST', statusCode: 400 },
    })
    expect(received).toHaveLength(0)
  })

  it('answers a syntax error itself: 200 under application/json, 400 under application/graphql-response+json', async () => {
    const { guard, received } = guardWith()
    const body = JSON.stringify({ query: '{ Articles { docs { id } }' })
    const error = {
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 27 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED', statusCode: 400 },
    }
    const asJson = await guard(post(body))
    expect(asJson.status).toBe(200)
    expect(asJson.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await asJson.json()).toEqual({ errors: [error] })
    const asGraphQLResponse = await guard(
      post(body, { Accept: 'application/graphql-response+json' }),
    )
    expect(asGraphQLResponse.status).toBe(400)
    expect(asGraphQLResponse.headers.get('content-type')).toBe(
      'application/graphql-response+json; charset=utf-8',
    )
    expect(await asGraphQLResponse.json()).toEqual({ errors: [error] })
    expect(received).toHaveLength(0)
  })

  it('refuses more tokens than the parser may read, and nesting too deep for it, with 400', async () => {
    const { guard } = guardWith()
    const long = await guard(post(JSON.stringify({ query: `{ ${'id '.repeat(10_001)} }` })))
    expect(long.status).toBe(400)
    expect((await long.json()).errors[0]).toMatchObject({
      message: 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.',
      extensions: { code: 'TOO_MANY_TOKENS', statusCode: 400 },
    })
    const deep = await guard(
      post(JSON.stringify({ query: `{ ${'a { '.repeat(3000)}b${' }'.repeat(3000)} }` })),
    )
    expect(deep.status).toBe(400)
    expect((await deep.json()).errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP' } })
  })

  it('cuts suggestions from Payload’s answer when asked to, and keeps them otherwise', async () => {
    const body = JSON.stringify({ query: '{ Articles { docs { titel } } }' })
    const hidden = await guardWith().guard(post(body))
    expect((await hidden.json()).errors[0].message).toBe(
      'Cannot query field "titel" on type "Article".',
    )
    const shown = await guardWith({ hideSuggestions: false }).guard(post(body))
    expect((await shown.json()).errors[0].message).toMatch(/Did you mean "title"\?$/)
  })

  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    new Request(`http://cms.test/api/graphql?${new URLSearchParams(params)}`, { headers })

  const forwardedParams = (url: string) => Object.fromEntries(new URL(url).searchParams)

  describe('over GET', () => {
    it('hands Payload a GET with only the GraphQL parameters, and Accept narrowed to the chosen type', async () => {
      const { guard, received } = guardWith()
      await guard(
        get(
          {
            query: 'query List($n: Int) { Articles(limit: $n) { docs { title } } }',
            variables: '{"n":3}',
            operationName: 'List',
            utm_source: 'newsletter',
          },
          { Authorization: 'JWT abc', Accept: 'text/html, */*;q=0.8' },
        ),
      )
      expect(received).toHaveLength(1)
      expect(received[0].method).toBe('GET')
      expect(forwardedParams(received[0].url)).toEqual({
        query: 'query List($n: Int) { Articles(limit: $n) { docs { title } } }',
        variables: '{"n":3}',
        operationName: 'List',
      })
      expect(received[0].headers.get('authorization')).toBe('JWT abc')
      expect(received[0].headers.get('accept')).toBe('application/json')
    })

    it('refuses a mutation with 405, `Allow: POST` and a JSON message, without calling Payload', async () => {
      const refusals: unknown[] = []
      const { guard, received } = guardWith({ onRefusal: (refusal) => refusals.push(refusal) })
      const response = await guard(get({ query: 'mutation { publish(id: "1") { id } }' }))
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('POST')
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              'Mutations run only over POST: send this document as a POST with a JSON body. GET runs queries.',
            extensions: { code: 'METHOD_NOT_ALLOWED', statusCode: 405 },
          },
        ],
      })
      expect(received).toHaveLength(0)
      expect(refusals).toEqual([{ status: 405, codes: ['METHOD_NOT_ALLOWED'] }])
    })

    it('judges the operation that runs: of a query and a mutation, `operationName` decides', async () => {
      const { guard, received } = guardWith()
      const query =
        'query List { Articles { docs { id } } } mutation Publish { publish(id: "1") { id } }'
      expect((await guard(get({ query, operationName: 'Publish' }))).status).toBe(405)
      await guard(get({ query, operationName: 'List' }))
      expect(received.map(({ method }) => method)).toEqual(['GET'])
    })

    it('measures the document as for POST: a costly query is refused with 400', async () => {
      const { guard, received } = guardWith()
      const aliases = Array.from(
        { length: 6 },
        (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`,
      )
      const response = await guard(get({ query: `{ ${aliases.join(' ')} }` }))
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].extensions).toEqual({
        code: 'TOO_MANY_DOCUMENTS',
        statusCode: 400,
      })
      expect(received).toHaveLength(0)
    })

    it('answers malformed parameters with 400 and a message', async () => {
      const { guard, received } = guardWith()
      const response = await guard(
        get({ query: '{ Articles { docs { id } } }', variables: '{n:3}' }),
      )
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0]).toEqual({
        message:
          '`variables` is not valid JSON: send it as a URL-encoded JSON object, for example variables=%7B%22limit%22%3A3%7D.',
        extensions: { code: 'BAD_REQUEST', statusCode: 400 },
      })
      expect(received).toHaveLength(0)
    })
  })

  it('answers other methods with 405, `Allow: GET, POST` and a JSON message', async () => {
    const { guard, received } = guardWith()
    const response = await guard(
      new Request('http://cms.test/api/graphql', { method: 'PUT', body: '{}' }),
    )
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, POST')
    expect((await response.json()).errors[0]).toEqual({
      message: 'GraphQL takes GET (queries) and POST (queries and mutations).',
      extensions: { code: 'METHOD_NOT_ALLOWED', statusCode: 405 },
    })
    expect(received).toHaveLength(0)
  })

  describe('Accept', () => {
    it('answers 406 with a JSON message when neither JSON type is acceptable', async () => {
      const { guard, received } = guardWith()
      const response = await guard(
        post(JSON.stringify({ query: '{ Articles { docs { id } } }' }), { Accept: 'text/html' }),
      )
      expect(response.status).toBe(406)
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect((await response.json()).errors[0]).toEqual({
        message:
          'GraphQL answers are application/graphql-response+json or application/json in UTF-8: accept one of them (or send no `Accept` header).',
        extensions: { code: 'NOT_ACCEPTABLE', statusCode: 406 },
      })
      expect(received).toHaveLength(0)
    })

    it('answers in application/graphql-response+json to a client that lists it first', async () => {
      const { guard } = guardWith()
      const response = await guard(
        post('{"query": 1}', { Accept: 'application/graphql-response+json, application/json' }),
      )
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toBe(
        'application/graphql-response+json; charset=utf-8',
      )
    })
  })

  describe('automatic persisted queries', () => {
    const query = '{ Articles(limit: 5) { docs { title } } }'
    const hash = sha256Hex(query)
    const extension = (sha256Hash: string) =>
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash } })
    const storeWith = () => createPersistedQueryStore({ maxBytes: 1024 * 1024 })

    it('an unknown hash: PersistedQueryNotFound, 200 under application/json, not to be cached', async () => {
      const { guard, received } = guardWith({ persistedQueries: storeWith() })
      const response = await guard(get({ extensions: extension(hash) }))
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.json()).toEqual({
        errors: [
          { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
        ],
      })
      const strict = await guard(
        get({ extensions: extension(hash) }, { Accept: 'application/graphql-response+json' }),
      )
      expect(strict.status).toBe(400)
      expect((await strict.json()).errors[0].message).toBe('PersistedQueryNotFound')
      expect(received).toHaveLength(0)
    })

    it('hash and query register the query; the hash alone then runs it, over GET and POST', async () => {
      const { guard, received } = guardWith({ persistedQueries: storeWith() })
      const registering = JSON.stringify({ query, extensions: JSON.parse(extension(hash)) })
      await guard(post(registering))
      await guard(get({ extensions: extension(hash) }))
      await guard(post(JSON.stringify({ extensions: JSON.parse(extension(hash.toUpperCase())) })))
      expect(received).toHaveLength(3)
      expect(received[0].body).toBe(registering)
      expect(received[1].method).toBe('GET')
      expect(forwardedParams(received[1].url)).toEqual({ query, extensions: extension(hash) })
      expect(JSON.parse(received[2].body).query).toBe(query)
    })

    it('a hash that is not the query’s SHA-256: 400, and nothing is registered', async () => {
      const store = storeWith()
      const { guard, received } = guardWith({ persistedQueries: store })
      const otherHash = sha256Hex(`${query} `)
      const response = await guard(get({ query, extensions: extension(otherHash) }))
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].extensions.code).toBe(
        'PERSISTED_QUERY_HASH_MISMATCH',
      )
      expect(store.get(otherHash)).toBeUndefined()
      expect(received).toHaveLength(0)
    })

    it('registers only what the guard lets through: not a costly document, not a mutation over GET', async () => {
      const store = storeWith()
      const { guard } = guardWith({ persistedQueries: store })
      const aliases = Array.from(
        { length: 6 },
        (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`,
      )
      const costly = `{ ${aliases.join(' ')} }`
      expect(
        (await guard(get({ query: costly, extensions: extension(sha256Hex(costly)) }))).status,
      ).toBe(400)
      const mutation = 'mutation { publish(id: "1") { id } }'
      const mutationHash = sha256Hex(mutation)
      expect(
        (await guard(get({ query: mutation, extensions: extension(mutationHash) }))).status,
      ).toBe(405)
      expect(store.usage()).toEqual({ queries: 0, bytes: 0 })
    })

    it('a persisted mutation runs over POST and is refused over GET', async () => {
      const { guard, received } = guardWith({ persistedQueries: storeWith() })
      const mutation = 'mutation { publish(id: "1") { id } }'
      const mutationExtension = extension(sha256Hex(mutation))
      await guard(
        post(JSON.stringify({ query: mutation, extensions: JSON.parse(mutationExtension) })),
      )
      expect((await guard(get({ extensions: mutationExtension }))).status).toBe(405)
      await guard(post(JSON.stringify({ extensions: JSON.parse(mutationExtension) })))
      expect(received.map(({ method }) => method)).toEqual(['POST', 'POST'])
    })

    it('without a store: PersistedQueryNotSupported, so clients stop sending hashes', async () => {
      const { guard } = guardWith()
      const response = await guard(get({ query, extensions: extension(hash) }))
      expect(response.status).toBe(200)
      expect((await response.json()).errors).toEqual([
        {
          message: 'PersistedQueryNotSupported',
          extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
        },
      ])
    })
  })
})
