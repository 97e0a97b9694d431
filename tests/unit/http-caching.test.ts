import {
  carriesCredentials,
  entityTagOf,
  graphqlPostKey,
  isQueryBody,
  matchesIfNoneMatch,
  negotiatedEncoding,
  planCaching,
  publicCacheControl,
  publicReadPreflight,
} from '../../src/cache/httpCaching'
import { ResponseCache, type CachedAnswer } from '../../src/cache/responseCache'

const plan = (method: string, url: string, headers: Record<string, string> = {}) =>
  planCaching({ method, url, headers })

describe('which requests are public, private or left alone', () => {
  test.each([
    '/api/articles',
    '/api/articles?limit=10&depth=1',
    '/api/articles/7f1c',
    '/api/expert-quotes?where[kind][equals]=direct',
    '/api/experts/abc/',
    '/api/scar-types',
    '/api/treatments/count',
    '/api/media/abc',
    '/api/graphql?query=%7BArticles%7Bdocs%7Btitle%7D%7D%7D',
  ])('GET %s from an anonymous reader is public', (url) => {
    expect(plan('GET', url)).toEqual({ kind: 'public', key: expect.stringContaining(url) })
  })

  test('HEAD shares the GET entry', () => {
    expect(plan('HEAD', '/api/articles?limit=1')).toEqual(plan('GET', '/api/articles?limit=1'))
  })

  test.each([
    ['GET', '/api/users'],
    ['GET', '/api/workflow-events'],
    ['GET', '/api/articles/abc/workflow'],
    ['GET', '/api/articles/versions/abc'],
    ['POST', '/api/articles'],
    ['PATCH', '/api/articles/abc'],
    ['DELETE', '/api/experts/abc'],
    ['GET', '/admin'],
    ['GET', '/api/articlesX'],
  ])('%s %s is left alone', (method, url) => {
    expect(plan(method, url)).toEqual({ kind: 'none' })
  })

  test.each<Record<string, string>>([
    { authorization: 'JWT abc' },
    { authorization: 'users API-Key abc' },
    { cookie: 'theme=dark; payload-token=abc' },
    { cookie: 'payload-token=abc' },
  ])('an API request with %j is private', (headers) => {
    expect(plan('GET', '/api/articles', headers)).toEqual({ kind: 'private' })
    expect(carriesCredentials(headers)).toBe(true)
  })

  test('a cookie that is not the session keeps the request public', () => {
    expect(plan('GET', '/api/articles', { cookie: 'my-payload-token=1; theme=dark' }).kind).toBe(
      'public',
    )
  })

  test('GraphQL answers are keyed by the media type asked for', () => {
    const json = plan('GET', '/api/graphql?query=x', { accept: 'application/json' })
    const spec = plan('GET', '/api/graphql?query=x', {
      accept: 'application/graphql-response+json',
    })
    expect(json).not.toEqual(spec)
    expect(plan('GET', '/api/articles', { accept: 'application/graphql-response+json' })).toEqual(
      plan('GET', '/api/articles'),
    )
  })

  test('answers are kept per compression, as negotiated', () => {
    const gzip = plan('GET', '/api/articles', { 'accept-encoding': 'gzip, deflate, br' })
    expect(gzip).not.toEqual(plan('GET', '/api/articles'))
    expect(gzip).toEqual(plan('GET', '/api/articles', { 'accept-encoding': 'br;q=1, gzip;q=0.5' }))
  })

  test.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['deflate, gzip;q=0', 'deflate'],
    ['gzip;q=0, deflate;q=0', 'identity'],
    ['br', 'identity'],
    ['*', 'gzip'],
    ['*;q=0, identity', 'identity'],
    ['GZIP', 'gzip'],
  ])('Accept-Encoding %j is answered as %s', (header, expected) => {
    expect(negotiatedEncoding(header)).toBe(expected)
  })

  test('an anonymous GraphQL POST is keyed by its exact body', () => {
    const post = plan('POST', '/api/graphql')
    expect(post).toEqual({ kind: 'graphql-post', keyPrefix: 'POST /api/graphql json identity' })
    const prefix = (post as { keyPrefix: string }).keyPrefix
    expect(graphqlPostKey(prefix, Buffer.from('{"query":"{a}"}'))).toBe(
      graphqlPostKey(prefix, Buffer.from('{"query":"{a}"}')),
    )
    expect(graphqlPostKey(prefix, Buffer.from('{"query":"{a}"}'))).not.toBe(
      graphqlPostKey(prefix, Buffer.from('{"query":"{b}"}')),
    )
  })
})

describe('validators and policy', () => {
  test('the entity tag is strong and follows the bytes', () => {
    const tag = entityTagOf(Buffer.from('hello'))
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/)
    expect(entityTagOf(Buffer.from('hello'))).toBe(tag)
    expect(entityTagOf(Buffer.from('hellO'))).not.toBe(tag)
  })

  test.each([
    ['"a"', '"a"', true],
    ['"b", "a"', '"a"', true],
    ['W/"a"', '"a"', true],
    ['*', '"a"', true],
    ['"b"', '"a"', false],
    [undefined, '"a"', false],
  ])('If-None-Match %j against %s is %j', (header, tag, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected)
  })

  test('public Cache-Control carries the three lifetimes', () => {
    expect(
      publicCacheControl({
        maxAgeSeconds: 60,
        sharedMaxAgeSeconds: 300,
        staleWhileRevalidateSeconds: 600,
      }),
    ).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600')
  })
})

describe('the response cache', () => {
  const answer = (size: number, generation = '1:a'): CachedAnswer => ({
    status: 200,
    headers: [['content-type', 'application/json']],
    body: Buffer.alloc(size),
    etag: '"x"',
    generation,
  })

  test('an entry from another generation is not returned, and is dropped', () => {
    const cache = new ResponseCache(1_000_000)
    cache.set('k', answer(10, '1:a'))
    expect(cache.get('k', '1:b')).toBeUndefined()
    expect(cache.get('k', '1:a')).toBeUndefined()
  })

  test('memory stays within the budget, least recently used out first', () => {
    const cache = new ResponseCache(100_000)
    for (let i = 0; i < 20; i += 1) cache.set(`k${i}`, answer(9_000))
    expect(cache.size).toBeLessThanOrEqual(100_000)
    expect(cache.get('k19', '1:a')).toBeDefined()
    expect(cache.get('k0', '1:a')).toBeUndefined()
  })

  test('an answer above an eighth of the budget is not kept', () => {
    const cache = new ResponseCache(80_000)
    cache.set('big', answer(20_000))
    expect(cache.get('big', '1:a')).toBeUndefined()
  })
})

describe('preflight for public reads from other origins', () => {
  const base = {
    origin: 'https://front.example',
    requestHeaders: 'content-type',
    publicReadOrigins: '*' as const,
    allowedOrigins: ['https://cms.example'],
  }

  test('a GraphQL POST without credentials from any origin is allowed', () => {
    expect(publicReadPreflight({ ...base, path: '/api/graphql', requestMethod: 'POST' })).toEqual([
      ['Access-Control-Allow-Origin', '*'],
      ['Access-Control-Allow-Methods', 'GET, POST'],
      ['Access-Control-Allow-Headers', 'content-type'],
      ['Access-Control-Max-Age', '600'],
      ['Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers'],
    ])
  })

  test.each([
    [
      'credentials asked for',
      {
        path: '/api/graphql',
        requestMethod: 'POST',
        requestHeaders: 'authorization, content-type',
      },
    ],
    ['a write to a collection', { path: '/api/articles', requestMethod: 'POST' }],
    ['a private collection', { path: '/api/users', requestMethod: 'GET' }],
    [
      'an origin allowed credentials (Payload answers)',
      { path: '/api/graphql', requestMethod: 'POST', origin: 'https://cms.example' },
    ],
    ['no origin', { path: '/api/graphql', requestMethod: 'POST', origin: undefined }],
  ])('%s is left to Payload', (_label, overrides) => {
    expect(publicReadPreflight({ ...base, ...overrides })).toBeNull()
  })

  test('a listed reading origin is echoed; an unlisted one is left alone', () => {
    const listed = {
      ...base,
      publicReadOrigins: ['https://front.example'],
      path: '/api/articles',
      requestMethod: 'GET',
    }
    expect(publicReadPreflight(listed)?.[0]).toEqual([
      'Access-Control-Allow-Origin',
      'https://front.example',
    ])
    expect(publicReadPreflight({ ...listed, origin: 'https://other.example' })).toBeNull()
  })
})

describe('which GraphQL POST bodies are queries', () => {
  const body = (value: unknown) => Buffer.from(JSON.stringify(value))

  test.each([
    [{ query: '{ Articles { docs { title } } }' }, true],
    [{ query: 'query A { Articles { totalDocs } }' }, true],
    [
      {
        query: 'query A { a: Articles { totalDocs } } mutation B { logoutUser }',
        operationName: 'A',
      },
      true,
    ],
    [
      {
        query: 'query A { a: Articles { totalDocs } } mutation B { logoutUser }',
        operationName: 'B',
      },
      false,
    ],
    [{ query: 'query A { a } query B { b }' }, false],
    [{ query: 'mutation { logoutUser }' }, false],
    [{ query: '{ unclosed' }, false],
    [{ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, false],
  ])('%j -> %j', (value, expected) => {
    expect(isQueryBody(body(value))).toBe(expected)
  })

  test('a body that is not JSON is not a query', () => {
    expect(isQueryBody(Buffer.from('query { a }'))).toBe(false)
  })
})
