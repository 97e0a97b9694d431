/**
 * Hostile and malformed input against the real server: each class that answered 500 (or hung
 * the connection) now answers a specific 4xx with a JSON message saying what is wrong, for
 * anonymous and signed-in callers, over REST and, where the class exists there, GraphQL. The
 * rules themselves are unit-tested (tests/unit/request-input, document-input, client-faults);
 * this file proves the wiring, one test per class and caller.
 */
import http from 'node:http'

import { sharedServer, type TestAccount } from '../helpers/sharedServer'

const { baseUrl, createAccount } = sharedServer()
const server = new URL(baseUrl)
const tag = `h${Date.now().toString(36)}`
let editor: TestAccount

const MB = 1024 * 1024
const NONEXISTENT_ID = '00000000-0000-4000-8000-000000000001'
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const nestedLists = (levels: number) => '['.repeat(levels) + '"x"' + ']'.repeat(levels)

type Caller = 'anonymous' | 'editor'

interface Answer {
  status: number
  message: string
  /** Field-level messages of a ValidationError. */
  details: string[]
}

const answerOf = async (response: Response): Promise<Answer> => {
  const text = await response.text()
  let body: any
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error(`${response.status} is not JSON: ${text.slice(0, 200)}`)
  }
  const error = body.errors?.[0]
  return {
    status: response.status,
    message: error?.message ?? '',
    details: (error?.data?.errors ?? []).map((detail: { message: string }) => detail.message),
  }
}

/** One request as `caller`; `body` strings are sent as they are, with the given Content-Type. */
const send = async (
  caller: Caller,
  method: string,
  path: string,
  { body, headers = {} }: { body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Answer> => {
  const auth: Record<string, string> =
    caller === 'editor' ? { Authorization: `JWT ${editor.token}` } : {}
  return answerOf(
    await fetch(`${baseUrl}${path}`, { method, body, headers: { ...auth, ...headers } }),
  )
}

const json = (caller: Caller, method: string, path: string, body: string) =>
  send(caller, method, path, { body, headers: { 'Content-Type': 'application/json' } })

/**
 * A GraphQL request as `caller`. Execution errors carry the status in `extensions.statusCode`;
 * documents GraphQL refuses before running them answer 400 under the GraphQL-over-HTTP media type.
 */
const graphql = async (caller: Caller, query: string, variables: Record<string, unknown>) => {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json',
      ...(caller === 'editor' ? { Authorization: `JWT ${editor.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  })
  const body = await response.json()
  const error = body.errors?.[0]
  return {
    status: Number(error?.extensions?.statusCode ?? response.status),
    message: String(error?.message ?? ''),
    details: (error?.extensions?.data?.errors ?? []).map((d: { message: string }) => d.message),
  }
}

const upload = (caller: Caller, fileName: string, payload: string) => {
  const form = new FormData()
  form.append('_payload', payload)
  form.append('file', new Blob([PNG_1X1], { type: 'image/png' }), fileName)
  return send(caller, 'POST', '/api/media', { body: form })
}

const CREATE_ARTICLE = `mutation Create($data: mutationArticleInput!) { createArticle(data: $data) { id } }`
const CREATE_EXPERT = `mutation Create($data: mutationExpertInput!) { createExpert(data: $data) { id } }`

interface Case {
  name: string
  caller: Caller
  request: () => Promise<Answer>
  status: number
  message: string | RegExp
  /** A field-level message a ValidationError must carry. */
  detail?: string
}

const both = (
  name: string,
  request: (caller: Caller) => Promise<Answer>,
  status: number,
  message: string | RegExp,
): Case[] =>
  (['anonymous', 'editor'] as const).map((caller) => ({
    name,
    caller,
    request: () => request(caller),
    status,
    message,
  }))

/** Writes: strangers are refused by access control first; staff learn what is wrong. */
const write = (
  name: string,
  request: (caller: Caller) => Promise<Answer>,
  status: number,
  message: string | RegExp,
  detail?: string,
): Case[] => [
  {
    name,
    caller: 'anonymous',
    request: () => request('anonymous'),
    status: 403,
    message: 'You are not allowed to perform this action.',
  },
  { name, caller: 'editor', request: () => request('editor'), status, message, detail },
]

const expertWith = (fields: string) => `{"name":"Dr ${tag}","credentials":"MD",${fields}}`

const cases: Case[] = [
  ...['null', '5', '"text"', 'true'].flatMap((body) =>
    both(
      `a JSON body that is ${body}`,
      (caller) => json(caller, 'POST', '/api/experts', body),
      400,
      /^The JSON body must be an object \(\{ \.\.\. \}\), not (null|a number|a string|true)\.$/,
    ),
  ),
  ...both(
    'a text/plain body on POST',
    (caller) =>
      send(caller, 'POST', '/api/experts', {
        body: '{"name":"x"}',
        headers: { 'Content-Type': 'text/plain' },
      }),
    415,
    'POST /api/experts takes JSON (Content-Type: application/json), or multipart/form-data for uploads; the Content-Type was "text/plain".',
  ),
  ...both(
    'a body without a Content-Type on PATCH',
    (caller) =>
      send(caller, 'PATCH', `/api/experts/${NONEXISTENT_ID}`, { body: new Blob(['{"name":"x"}']) }),
    415,
    /the Content-Type was missing\.$/,
  ),
  ...both(
    'malformed JSON to /api/graphql',
    (caller) => json(caller, 'POST', '/api/graphql', '{"query":'),
    400,
    /^The body is not valid JSON: /,
  ),
  ...both(
    'page=1e309',
    (caller) => send(caller, 'GET', '/api/articles?page=1e309'),
    400,
    'page must be a whole number of at least 1, not "Infinity".',
  ),
  ...both(
    'limit given as an object',
    (caller) => send(caller, 'GET', '/api/articles?limit[a]=b'),
    400,
    'limit must be a number (at most 100 documents are returned), not {"a":"b"}.',
  ),
  ...both(
    'where=abc',
    (caller) => send(caller, 'GET', '/api/articles?where=abc'),
    400,
    'The query parameter "where" must be a JSON object or use brackets, e.g. where[title][equals]=Boxcar; it is neither.',
  ),
  ...both(
    'a date field compared with not-a-date',
    (caller) => send(caller, 'GET', '/api/articles?where[createdAt][greater_than]=not-a-date'),
    400,
    'where.createdAt.greater_than needs a date such as 2024-05-01 or 2024-05-01T12:00:00Z; "not-a-date" is not one.',
  ),
  ...['near', 'within', 'intersects'].flatMap((operator) =>
    both(
      `${operator} on a text field`,
      (caller) => send(caller, 'GET', `/api/articles?where[title][${operator}]=1,2`),
      400,
      `${operator} works only on point (location) fields; title is a text field.`,
    ),
  ),
  ...both(
    'equals given a list',
    (caller) =>
      send(caller, 'GET', '/api/articles?where[title][equals][0]=a&where[title][equals][1]=b'),
    400,
    'where.title.equals takes one value, not a list; use `in` to match any of several.',
  ),
  ...both(
    'a filter inside a rich-text field',
    (caller) => send(caller, 'GET', '/api/articles?where[body.root][equals]=x'),
    400,
    'where.body.root looks inside a rich-text field, which cannot be queried; filter on other fields.',
  ),
  ...both(
    'a 40,000-id in list through X-HTTP-Method-Override',
    (caller) =>
      send(caller, 'POST', '/api/articles', {
        body: `where[id][in]=${Array.from({ length: 40_000 }, (_, i) => i).join(',')}`,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-HTTP-Method-Override': 'GET',
        },
      }),
    400,
    'where holds more than 10000 values in its lists; ask for fewer at a time.',
  ),
  ...both(
    'X-HTTP-Method-Override naming another method than GET',
    (caller) =>
      send(caller, 'POST', '/api/articles', {
        body: '{}',
        headers: { 'Content-Type': 'application/json', 'X-HTTP-Method-Override': 'DELETE' },
      }),
    400,
    'x-http-method-override is only accepted as "GET" on a POST request (a query sent in the body).',
  ),
  ...both(
    'a path with invalid percent-encoding (/api/articles/%ff)',
    (caller) => send(caller, 'GET', '/api/articles/%ff'),
    400,
    'The address is not valid: a percent sign must start a UTF-8 escape such as %20 or %C3%A9.',
  ),
  ...both(
    '10,000 levels of nesting in a text field',
    (caller) =>
      json(caller, 'POST', '/api/experts', expertWith(`"specialty":${nestedLists(10_000)}`)),
    400,
    'The data nests objects and lists more than 100 levels deep.',
  ),
  ...both(
    '10,000 levels of nesting in a rich-text field',
    (caller) =>
      json(
        caller,
        'POST',
        '/api/experts',
        expertWith(`"bio":${'{"root":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
      ),
    400,
    'The data nests objects and lists more than 100 levels deep.',
  ),
  ...both(
    '10,000 levels of nesting in a GraphQL mutation variable',
    (caller) =>
      json(
        caller,
        'POST',
        '/api/graphql',
        `{"query":${JSON.stringify(CREATE_EXPERT)},"variables":{"data":${expertWith(
          `"bio":${nestedLists(10_000)}`,
        )}}}`,
      ),
    400,
    'The data nests objects and lists more than 100 levels deep.',
  ),
  ...both(
    'a NUL in an upload file name',
    (caller) => upload(caller, 'scar\u0000.png', '{"alt":"x"}'),
    400,
    'The multipart form is malformed: Malformed part header.',
  ),
  ...both(
    'an upload whose _payload is not JSON',
    (caller) => upload(caller, 'scar.png', '{"alt":'),
    400,
    'The _payload field: The body is not valid JSON: Unexpected end of JSON input',
  ),
  ...write(
    'a list where text belongs',
    (caller) => json(caller, 'POST', '/api/experts', '{"name":["a","b"],"credentials":"MD"}'),
    400,
    'The following field is invalid: name',
    'name must be text, not a list.',
  ),
  ...write(
    'a relationship id that is not a UUID',
    (caller) => json(caller, 'POST', '/api/articles', `{"title":"R ${tag}","scarTypes":["abc"]}`),
    400,
    'The following field is invalid: scarTypes.0',
    'scarTypes.0 must be the id of a document (a UUID such as 3f2a6c1e-8b4d-4c6f-9a3e-1b2c3d4e5f60), not "abc".',
  ),
  ...write(
    'a relationship id that does not exist',
    (caller) =>
      json(
        caller,
        'POST',
        '/api/articles',
        `{"title":"F ${tag}","scarTypes":["${NONEXISTENT_ID}"]}`,
      ),
    400,
    'A relationship or upload refers to a document that does not exist (or was deleted); send the ids of existing documents.',
  ),
  ...write(
    '5,000 array rows',
    (caller) =>
      json(
        caller,
        'POST',
        '/api/articles',
        JSON.stringify({
          title: `Rows ${tag}`,
          sources: Array.from({ length: 5000 }, (_, i) => ({ title: `s${i}` })),
        }),
      ),
    400,
    'A list in the data has 5000 items; at most 1000 are accepted.',
  ),
  {
    name: 'a list where text belongs, in a GraphQL mutation',
    caller: 'editor',
    request: () => graphql('editor', CREATE_EXPERT, { data: { name: ['a'], credentials: 'MD' } }),
    status: 400,
    message: /got invalid value \["a"\] at "data.name"; String cannot represent a non string value/,
  },
  {
    name: 'a relationship id that does not exist, in a GraphQL mutation',
    caller: 'editor',
    request: () =>
      graphql('editor', CREATE_ARTICLE, {
        data: { title: `GF ${tag}`, scarTypes: [NONEXISTENT_ID] },
      }),
    status: 400,
    message:
      'A relationship or upload refers to a document that does not exist (or was deleted); send the ids of existing documents.',
  },
  {
    name: 'a relationship id that is not a UUID, in a GraphQL mutation',
    caller: 'editor',
    request: () =>
      graphql('editor', CREATE_ARTICLE, { data: { title: `GU ${tag}`, scarTypes: ['abc'] } }),
    status: 400,
    message: 'The following field is invalid: scarTypes.0',
  },
  {
    name: 'page -1 in a GraphQL query',
    caller: 'anonymous',
    request: () => graphql('anonymous', '{ Articles(page: -1) { docs { id } } }', {}),
    status: 400,
    message: 'page must be a whole number of at least 1, not "-1".',
  },
]

/** Node's client, for what fetch refuses to send (TRACE) and for bodies sent in part. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  reusedSocket: boolean
  /** Body bytes written before the answer arrived (the body is never finished). */
  sent: number
}

/**
 * Sends `first` then `length` bytes of padding as a request body that is never finished, and
 * resolves with the answer: an answer at all proves the server did not wait for the rest.
 */
const unfinishedBody = (
  path: string,
  headers: Record<string, string>,
  first: Buffer,
  length: number,
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const request = http.request({
      host: server.hostname,
      port: server.port,
      path,
      method: 'POST',
      headers,
      agent,
    })
    let sent = 0
    request.on('response', (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          body,
          reusedSocket: request.reusedSocket,
          sent,
        }),
      )
    })
    request.on('error', reject)
    request.flushHeaders()
    const padding = Buffer.alloc(64 * 1024, 0x20)
    const pump = () => {
      if (sent === 0 && first.length > 0) {
        request.write(first)
        sent += first.length
      }
      while (sent < length) {
        sent += padding.length
        if (!request.write(padding)) return void request.once('drain', pump)
      }
    }
    pump()
  })

const rawRequest = (
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
) =>
  new Promise<RawAnswer>((resolve, reject) => {
    const request = http.request(
      { host: server.hostname, port: server.port, path, method, headers, agent },
      (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body: text,
            reusedSocket: request.reusedSocket,
            sent: 0,
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })

const messageOf = (answer: RawAnswer) => JSON.parse(answer.body).errors[0].message as string

beforeAll(async () => {
  editor = await createAccount(`${tag} hostile editor`, 'editor')
})

afterAll(() => agent.destroy())

describe('malformed input answers a 4xx with a JSON message', () => {
  it.each(cases.map((c) => [c.name, c.caller, c] as const))(
    '%s (%s)',
    async (_name, _caller, c) => {
      const answer = await c.request()
      expect({ status: answer.status, message: answer.message }).toEqual({
        status: c.status,
        message: c.message instanceof RegExp ? expect.stringMatching(c.message) : c.message,
      })
      if (c.detail) expect(answer.details).toContain(c.detail)
    },
  )

  it('TRACE (and other unsupported methods) answers 405 with Allow', async () => {
    const answer = await rawRequest('TRACE', '/api/articles')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
    expect(messageOf(answer)).toBe(
      'The method TRACE is not supported; use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS.',
    )
  })
})

describe('bodies are bounded before they are buffered', () => {
  const expectClosedAfter413 = (answer: RawAnswer, message: string) => {
    expect(answer.status).toBe(413)
    expect(answer.headers.connection).toBe('close')
    expect(messageOf(answer)).toBe(message)
  }

  it('a declared 50 MB JSON body answers 413 before a byte of it is sent', async () => {
    const answer = await unfinishedBody(
      '/api/users/login',
      { 'Content-Type': 'application/json', 'Content-Length': String(50 * MB) },
      Buffer.alloc(0),
      0,
    )
    expectClosedAfter413(answer, 'The request body is larger than the 1 MB limit.')
  })

  it('a chunked GraphQL body answers 413 once past 1 MB, without the rest; the server stays up', async () => {
    const answer = await unfinishedBody(
      '/api/graphql',
      { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      Buffer.from('{"query":"'),
      MB + 128 * 1024,
    )
    expectClosedAfter413(answer, 'The request body is larger than the 1 MB limit.')
    const next = await rawRequest('GET', '/health/live')
    expect({ status: next.status, reusedSocket: next.reusedSocket }).toEqual({
      status: 200,
      reusedSocket: false,
    })
  })

  it('a chunked upload over the upload limit answers 413 while still streaming', async () => {
    const boundary = `b${tag}`
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"big"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    )
    const answer = await unfinishedBody(
      '/api/media',
      {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Transfer-Encoding': 'chunked',
        Authorization: `JWT ${editor.token}`,
      },
      head,
      11 * MB,
    )
    expectClosedAfter413(answer, 'The file is larger than the 10 MB upload limit.')
    expect((await rawRequest('GET', '/health/live')).status).toBe(200)
  })

  it('a refusal after reading the whole body keeps the connection usable', async () => {
    const refused = await rawRequest('POST', '/api/graphql', '{"query":', {
      'Content-Type': 'application/json',
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.connection).toBe('keep-alive')
    const next = await rawRequest('GET', '/health/live')
    expect({ status: next.status, reusedSocket: next.reusedSocket }).toEqual({
      status: 200,
      reusedSocket: true,
    })
  })
})
