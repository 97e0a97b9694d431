/**
 * The media type of GraphQL answers, chosen from `Accept` as graphql-http chooses it, and the
 * status of an answer that carries only errors.
 */
import { negotiateResponseType, requestErrorStatus } from '../../src/graphql/responseMediaType'

describe('negotiateResponseType', () => {
  it.each([
    [null, 'application/json'],
    ['*/*', 'application/json'],
    ['application/*', 'application/json'],
    ['application/json', 'application/json'],
    ['Application/JSON; charset=UTF-8', 'application/json'],
    ['application/json;charset=utf8', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    // Apollo Client 4 and urql: the first acceptable entry wins, as in graphql-http.
    [
      'application/graphql-response+json,application/json;q=0.9',
      'application/graphql-response+json',
    ],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['text/html, application/xhtml+xml, */*;q=0.8', 'application/json'],
    // Refused outright with q=0.
    ['application/graphql-response+json;q=0, application/json', 'application/json'],
    [
      'application/graphql-response+json;q=0.5, application/json',
      'application/graphql-response+json',
    ],
  ])('Accept %j -> %j', (accept, expected) => {
    expect(negotiateResponseType(accept)).toBe(expected)
  })

  it.each([
    'text/html',
    'application/xml',
    'application/json; charset=latin1',
    'application/graphql-response+json; charset=utf8',
    'application/json;q=0',
    '',
  ])('nothing acceptable in %j', (accept) => {
    expect(negotiateResponseType(accept)).toBeUndefined()
  })
})

describe('requestErrorStatus', () => {
  it('is 200 under application/json and 400 under application/graphql-response+json', () => {
    expect(requestErrorStatus('application/json')).toBe(200)
    expect(requestErrorStatus('application/graphql-response+json')).toBe(400)
  })
})
