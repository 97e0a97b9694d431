import { apiHandlerFor, pathAsNextGivesIt } from '../../src/api/routing'

describe('apiHandlerFor', () => {
  it.each([
    ['GET', '/api/articles', 'rest'],
    ['HEAD', '/api/articles/abc', 'rest'],
    ['POST', '/api/articles/abc/transition', 'rest'],
    ['DELETE', '/api/media/abc', 'rest'],
    ['GET', '/api', 'rest'],
    ['GET', '/api/graphql', 'graphql'],
    ['POST', '/api/graphql/', 'graphql'],
    ['PUT', '/api/graphql', 'graphql'],
    // The preflight of GraphQL, as Next's route file answers it.
    ['OPTIONS', '/api/graphql', 'rest'],
    ['GET', '/api/graphql-playground', null],
    ['GET', '/api/graphql-playground/x', null],
    ['TRACE', '/api/articles', null],
    ['GET', '/admin', null],
    ['GET', '/apis', null],
    ['GET', '/', null],
  ])('%s %s goes to %s', (method, path, expected) => {
    expect(apiHandlerFor(method, path)).toBe(expected)
  })
})

describe('pathAsNextGivesIt', () => {
  it('decodes each segment and encodes it again, as Next hands the path to Payload', () => {
    expect(pathAsNextGivesIt('/api/users/%6cogin')).toBe('/api/users/login')
    expect(pathAsNextGivesIt('/api/articles/a%20b')).toBe('/api/articles/a%20b')
    expect(pathAsNextGivesIt('/api/articles/%C3%A9')).toBe('/api/articles/%C3%A9')
    expect(pathAsNextGivesIt('/api/articles/x%2Fy')).toBe('/api/articles/x%2Fy')
  })
})
