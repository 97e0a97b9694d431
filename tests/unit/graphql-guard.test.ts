/**
 * What stands in front of Payload's GraphQL handler: reading the JSON body, cutting field
 * suggestions from error messages, and the guard that refuses or hands the request on. The guard
 * runs here against a stand-in for Payload's handler; tests/http/graphql-cost.http.test.ts proves
 * the same wiring on the production server.
 */
import { buildSchema } from 'graphql'

import { hideSuggestionsInBody, withoutSuggestions } from '../../src/graphql/fieldSuggestions'
import { isJsonContentType, readGraphQLBody } from '../../src/graphql/graphqlRequest'
import {
  DOCUMENT_LIMITS,
  guardGraphQLRequest,
  type GraphQLGuardOptions,
} from '../../src/graphql/guardGraphQLRequest'
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

  it('refuses a query over the size limit, giving both sizes', () => {
    const query = `{ Articles { docs { ${'title '.repeat(20_000)} } } }`
    expect(problemOf(JSON_TYPE, JSON.stringify({ query }))).toEqual({
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
      type Articles { docs: [Article!]! hasNextPage: Boolean! }
      type Article { id: String! title: String }
    `),
  )

  const guardWith = (overrides: Partial<GraphQLGuardOptions> = {}) => {
    const received: { body: string; headers: Headers }[] = []
    const guard = guardGraphQLRequest({
      handler: async (request) => {
        received.push({ body: await request.text(), headers: request.headers })
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

  it('answers a malformed body and a syntax error with 400 and a message', async () => {
    const { guard, received } = guardWith()
    const malformed = await guard(post('{"query": "{ id }"'))
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).errors[0]).toMatchObject({
      message: expect.stringMatching(/^The request body is not valid JSON/),
      extensions: { code: 'BAD_REQUEST' },
    })
    const syntax = await guard(post(JSON.stringify({ query: '{ Articles { docs { id } }' })))
    expect(syntax.status).toBe(400)
    expect((await syntax.json()).errors[0]).toEqual({
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 27 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED', statusCode: 400 },
    })
    expect(received).toHaveLength(0)
  })

  it('refuses more tokens than the parser may read, and nesting too deep for it', async () => {
    const { guard } = guardWith()
    const long = await guard(post(JSON.stringify({ query: `{ ${'id '.repeat(10_001)} }` })))
    expect(long.status).toBe(400)
    expect((await long.json()).errors[0].message).toBe(
      'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.',
    )
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
})
