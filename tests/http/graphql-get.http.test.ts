/**
 * GraphQL over GET and automatic persisted queries on the production server, and the
 * graphql-http audit suite (GraphQL over HTTP conformance) with every audit passing. The rules
 * themselves (URL parameters, hashes, the store, media types) are proven in tests/unit.
 */
import { auditServer } from 'graphql-http'

import { sharedServer } from '../helpers/sharedServer'

const { baseUrl, api, adminToken } = sharedServer()
const tag = `gg${Date.now().toString(36)}`
const endpoint = `${baseUrl}/api/graphql`

interface Answer {
  status: number
  headers: Headers
  text: string
  body: any
}

const read = async (response: Response): Promise<Answer> => {
  const text = await response.text()
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) }
}

/** GET /api/graphql with the given parameters (`variables` and `extensions` as JSON). */
const getGraphQL = (
  params: Record<string, string | object>,
  headers: Record<string, string> = {},
): Promise<Answer> => {
  const url = new URL(endpoint)
  for (const [name, value] of Object.entries(params)) {
    url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value))
  }
  return fetch(url, { headers }).then(read)
}

const postGraphQL = (
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> =>
  fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }).then(read)

const sha256 = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Buffer.from(digest).toString('hex')
}

const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } })

describe('queries over GET', () => {
  const title = `GraphQL GET ${tag}`
  const query = `query Drafts($title: String!) {
    Articles(draft: true, where: { title: { equals: $title } }) { docs { title } }
  }`
  const variables = { title }
  let token: string

  beforeAll(async () => {
    token = await adminToken()
    const article = await api.request('POST', '/api/articles', { token, body: { title } })
    expect(article.status).toBe(201)
  })

  it('answer as POST does, byte for byte: anonymous (no drafts) and with a JWT (the draft)', async () => {
    const anonymous = await getGraphQL({ query, variables, operationName: 'Drafts' })
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).toEqual({ data: { Articles: { docs: [] } } })
    expect(anonymous.text).toBe((await postGraphQL({ query, variables })).text)

    const auth = { Authorization: `JWT ${token}` }
    const signedIn = await getGraphQL({ query, variables }, auth)
    expect(signedIn.status).toBe(200)
    expect(signedIn.body).toEqual({ data: { Articles: { docs: [{ title }] } } })
    expect(signedIn.text).toBe((await postGraphQL({ query, variables }, auth)).text)
  })

  it('take the auth cookie as POST does: from the same site, not from a foreign origin', async () => {
    const cookie = `payload-token=${token}`
    const sameSite = { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }
    const foreign = { Cookie: cookie, Origin: 'https://elsewhere.example' }
    for (const send of [getGraphQL, postGraphQL]) {
      expect((await send({ query, variables }, sameSite)).body.data.Articles.docs).toEqual([
        { title },
      ])
      expect((await send({ query, variables }, foreign)).body.data.Articles.docs).toEqual([])
    }
  })

  it('a mutation over GET: 405 with `Allow: POST` and a JSON message, and nothing runs', async () => {
    const answer = await getGraphQL({
      query: 'mutation { createScarType(data: { name: "Over GET", category: atrophic }) { id } }',
    })
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('POST')
    expect(answer.body.errors[0]).toEqual({
      message:
        'Mutations run only over POST: send this document as a POST with a JSON body. GET runs queries.',
      extensions: { code: 'METHOD_NOT_ALLOWED', statusCode: 405 },
    })
  })

  it('malformed parameters: 400 with a JSON message', async () => {
    const answer = await getGraphQL({ query, variables: '{"title": ' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toMatch(/^`variables` is not valid JSON/)
  })

  it('the cost guard holds: a 30-level fragment bomb is refused with 400', async () => {
    const bomb =
      '{ Articles { docs { ...F0 } } }\n' +
      Array.from({ length: 30 }, (_, level) =>
        level === 29
          ? `fragment F${level} on Article { id }`
          : `fragment F${level} on Article { id ...F${level + 1} ...F${level + 1} }`,
      ).join('\n')
    const answer = await getGraphQL({ query: bomb })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].extensions).toEqual({ code: 'TOO_MANY_FIELDS', statusCode: 400 })
  })
})

describe('automatic persisted queries', () => {
  // Unique to this run, so no earlier registration can answer for it.
  const query = `query Persisted${tag} { Articles(limit: 1) { totalDocs } }`

  it('round trip: unknown hash, then hash and query register it, then the hash alone runs over GET', async () => {
    const hash = await sha256(query)
    const unknown = await getGraphQL({ extensions: persisted(hash) })
    expect(unknown.status).toBe(200)
    // The answer changes once the query is registered: no cache may keep it.
    expect(unknown.headers.get('cache-control')).toBe('no-store')
    expect(unknown.body).toEqual({
      errors: [
        { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      ],
    })

    const registered = await postGraphQL({ query, extensions: persisted(hash) })
    expect(registered.status).toBe(200)
    expect(registered.body.data.Articles.totalDocs).toEqual(expect.any(Number))

    const byHash = await getGraphQL({ extensions: persisted(hash) })
    expect(byHash.status).toBe(200)
    expect(byHash.text).toBe(registered.text)
  })

  it('a hash that is not the query’s SHA-256: 400, and the hash stays unknown', async () => {
    const otherHash = await sha256(`${query} `)
    const answer = await postGraphQL({ query, extensions: persisted(otherHash) })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH')
    const lookup = await getGraphQL({ extensions: persisted(otherHash) })
    expect(lookup.body.errors[0].message).toBe('PersistedQueryNotFound')
  })
})

describe('graphql-http audit suite', () => {
  it('every audit passes, with no warnings or notices', async () => {
    const results = await auditServer({ url: endpoint })
    const failing = results
      .filter((result) => result.status !== 'ok')
      .map(
        (result) =>
          `${result.id} ${result.status}: ${result.name}${'reason' in result ? ` (${result.reason})` : ''}`,
      )
    expect(failing).toEqual([])
    expect(results.length).toBeGreaterThanOrEqual(60)
  })
})
