/**
 * GraphQL cost on the production server: hostile documents are refused with 400 and a message
 * before Payload expands them, the server stays responsive, and ordinary queries still run. The
 * counting rules themselves are proven in tests/unit/graphql-query-cost.test.ts.
 */
import { sharedServer } from '../helpers/sharedServer'

const { baseUrl, api, adminToken } = sharedServer()
const tag = `gc${Date.now().toString(36)}`

interface GraphQLAnswer {
  status: number
  body: any
}

/** POSTs a raw body to /api/graphql and reads the answer as JSON (it must be JSON). */
const postRaw = async (
  body: string,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<GraphQLAnswer> => {
  const response = await fetch(`${baseUrl}/api/graphql`, { method: 'POST', headers, body })
  const text = await response.text()
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return { status: response.status, body: JSON.parse(text) }
}

const postQuery = (query: string, extra: Record<string, unknown> = {}) =>
  postRaw(JSON.stringify({ query, ...extra }))

const firstError = (answer: GraphQLAnswer) => answer.body.errors?.[0]

/** `fragment F0 on Article { id ...F1 ...F1 }` ... `fragment F{n-1} on Article { id }`. */
const fragmentBomb = (levels: number): string =>
  '{ Articles { docs { ...F0 } } }\n' +
  Array.from({ length: levels }, (_, level) =>
    level === levels - 1
      ? `fragment F${level} on Article { id }`
      : `fragment F${level} on Article { id ...F${level + 1} ...F${level + 1} }`,
  ).join('\n')

describe('hostile documents are refused before they run', () => {
  it('a 30-level fragment bomb: 400 with the field count, while /health/live still answers', async () => {
    const [bomb, health] = await Promise.all([
      postQuery(fragmentBomb(30)),
      fetch(`${baseUrl}/health/live`),
    ])
    expect(bomb.status).toBe(400)
    expect(firstError(bomb)).toEqual({
      message:
        'This query selects 1,073,741,825 fields, counting each fragment every time it is spread; the limit is 300. Select fewer fields or spread fragments fewer times.',
      extensions: { code: 'TOO_MANY_FIELDS', statusCode: 400 },
    })
    expect(health.status).toBe(200)
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200)
  })

  it('a fragment cycle: 400 naming the cycle', async () => {
    const answer = await postQuery(`{ Articles { docs { ...A } } }
      fragment A on Article { id ...B } fragment B on Article { title ...A }`)
    expect(answer.status).toBe(400)
    expect(firstError(answer)).toMatchObject({
      message: expect.stringMatching(/^Fragment A spreads itself \(A -> B -> A\)/),
      extensions: { code: 'FRAGMENT_CYCLE' },
    })
  })

  it('200 aliases of Articles(limit: 100): 400, 20,000 documents against a limit of 500', async () => {
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `a${i}: Articles(limit: 100) { docs { id title summary } }`,
    )
    const answer = await postQuery(`{ ${aliases.join('\n')} }`)
    expect(answer.status).toBe(400)
    expect(firstError(answer).message).toMatch(
      /^This query could return up to 20,000 documents; the limit is 500\. Ask for fewer: a smaller `limit`/,
    )
  })

  it('`limit` from variables counts: six pages of $n pass at 50 and are refused at 100', async () => {
    const query = `query Pages($n: Int!) {
      a: Articles(limit: $n) { docs { id } } b: Articles(limit: $n) { docs { id } }
      c: Articles(limit: $n) { docs { id } } d: Articles(limit: $n) { docs { id } }
      e: Articles(limit: $n) { docs { id } } f: Articles(limit: $n) { docs { id } }
    }`
    const allowed = await postQuery(query, { variables: { n: 50 }, operationName: 'Pages' })
    expect(allowed.status).toBe(200)
    expect(allowed.body.errors).toBeUndefined()
    expect(allowed.body.data.f.docs).toEqual(expect.any(Array))
    const refused = await postQuery(query, { variables: { n: 100 }, operationName: 'Pages' })
    expect(refused.status).toBe(400)
    expect(firstError(refused).message).toMatch(/^This query could return up to 600 documents/)
  })
})

// Bodies that are not JSON objects never get this far: the body gate in front answers them
// (tests/http/hostile-input.http.test.ts). What is left is GraphQL's own request shape.
describe('malformed GraphQL requests get 400 with a JSON message', () => {
  it.each([
    ['no query', '{"variables": {}}', 'The request body has no `query`'],
    [
      'a numeric query',
      '{"query": 1}',
      '`query` must be a string holding the GraphQL document, not a number.',
    ],
    [
      'string variables',
      '{"query": "{ Articles { docs { id } } }", "variables": "{}"}',
      '`variables` must be a JSON object',
    ],
  ])('%s: 400', async (_, body, message) => {
    const answer = await postRaw(body)
    expect(answer.status).toBe(400)
    expect(firstError(answer).message.startsWith(message)).toBe(true)
    expect(firstError(answer).extensions).toEqual({ code: 'BAD_REQUEST', statusCode: 400 })
  })
})

describe('what production keeps from clients', () => {
  it('field suggestions: an unknown field is named without hints at real ones', async () => {
    const answer = await postQuery('{ Articles { docs { titel } } }')
    expect(firstError(answer).message).toBe('Cannot query field "titel" on type "Article".')
  })

  it('introspection is off (only whether a type exists may be asked)', async () => {
    const answer = await postQuery('{ __schema { types { name } } }')
    expect(answer.body.data).toBeUndefined()
    expect(firstError(answer).message).toBe(
      'Introspection is off: a query may ask whether a type exists (`__type(name: "…") { name }`), but not for `__schema` or what a type contains.',
    )
  })
})

describe('ordinary queries still run', () => {
  it('an article list with its relations, in a document with two operations and fragments', async () => {
    const token = await adminToken()
    const scarType = await api.request('POST', '/api/scar-types', {
      token,
      body: { name: `Rolling ${tag}`, category: 'atrophic' },
    })
    expect(scarType.status).toBe(201)
    const title = `GraphQL cost ${tag}`
    const article = await api.request('POST', '/api/articles', {
      token,
      body: { title, scarTypes: [scarType.body.doc.id] },
    })
    expect(article.status).toBe(201)

    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        operationName: 'List',
        variables: { title },
        query: `
          query Count { countArticles { totalDocs } }
          query List($title: String!) {
            Articles(draft: true, limit: 5, where: { title: { equals: $title } }) {
              docs { ...Card scarTypes { name } treatments { name } expertQuotes { statement expert { name } } }
            }
          }
          fragment Card on Article { title heroImage { url } authors { name } }`,
      }),
    })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.Articles.docs).toEqual([
      {
        title,
        heroImage: null,
        authors: expect.any(Array),
        scarTypes: [{ name: `Rolling ${tag}` }],
        treatments: [],
        expertQuotes: [],
      },
    ])
  })
})
