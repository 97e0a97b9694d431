import { describeJsonType, findJsonShapeProblem, MAX_JSON_DEPTH } from '../../src/input/jsonShape'
import {
  bodyKindOf,
  bodyPolicyFor,
  checkJsonBody,
  checkMultipartField,
  checkUploadFileName,
  formatBytes,
  isRefusal,
  MAX_FILE_NAME_BYTES,
  type BodyRequest,
} from '../../src/input/requestBody'
import {
  findMethodOverrideProblem,
  findMethodProblem,
  findPathProblem,
  findQueryProblem,
} from '../../src/input/requestLine'

const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels)

describe('findJsonShapeProblem', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses one more, without recursion`, () => {
    expect(findJsonShapeProblem(JSON.parse(nested(MAX_JSON_DEPTH)))).toBeUndefined()
    expect(findJsonShapeProblem(JSON.parse(nested(MAX_JSON_DEPTH + 1)))).toBe(
      `The data nests objects and lists more than ${MAX_JSON_DEPTH} levels deep.`,
    )
    expect(findJsonShapeProblem(JSON.parse(nested(100_000)))).toMatch(/more than 100 levels/)
  })

  it('counts objects and lists alike', () => {
    expect(findJsonShapeProblem({ a: [{ b: [1] }] }, { maxDepth: 4 })).toBeUndefined()
    expect(findJsonShapeProblem({ a: [{ b: [[1]] }] }, { maxDepth: 4 })).toMatch(/4 levels/)
  })

  it('refuses a list longer than the limit', () => {
    expect(findJsonShapeProblem({ rows: new Array(10).fill(0) }, { maxListItems: 10 })).toBe(
      undefined,
    )
    expect(findJsonShapeProblem({ rows: new Array(11).fill(0) }, { maxListItems: 10 })).toBe(
      'A list in the data has 11 items; at most 10 are accepted.',
    )
  })

  it.each([
    [null, 'null'],
    [5, 'a number'],
    ['x', 'a string'],
    [true, 'true'],
    [[], 'a list'],
    [{}, 'an object'],
  ])('names %j as %s', (value, name) => {
    expect(describeJsonType(value)).toBe(name)
  })
})

describe('request line checks', () => {
  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('accepts %s', (method) => {
    expect(findMethodProblem(method)).toBeUndefined()
  })

  it.each(['TRACE', 'PROPFIND', 'MKCOL', 'CONNECT'])('answers %s with 405 and Allow', (method) => {
    expect(findMethodProblem(method)).toEqual({
      status: 405,
      message: `The method ${method} is not supported; use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS.`,
      headers: { Allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' },
    })
  })

  it('refuses a path that cannot be percent-decoded', () => {
    expect(findPathProblem('/api/articles/caf%C3%A9')).toBeUndefined()
    expect(findPathProblem('/api/articles/%ff')?.status).toBe(400)
    expect(findPathProblem('/api/%E0%A4%A')?.message).toMatch(/percent sign/)
  })

  it('accepts the method override only as GET on a POST', () => {
    expect(findMethodOverrideProblem('POST', { 'x-http-method-override': 'GET' })).toBeUndefined()
    expect(findMethodOverrideProblem('GET', {})).toBeUndefined()
    expect(findMethodOverrideProblem('POST', { 'x-http-method-override': 'DELETE' })?.message).toBe(
      'x-http-method-override is only accepted as "GET" on a POST request (a query sent in the body).',
    )
    expect(
      findMethodOverrideProblem('PATCH', { 'x-payload-http-method-override': 'GET' })?.status,
    ).toBe(400)
  })

  it('accepts bracketed and JSON-object where/data parameters', () => {
    expect(findQueryProblem('where[title][equals]=x&page=2')).toBeUndefined()
    expect(findQueryProblem('where=%7B%22title%22%3A%7B%22equals%22%3A%22x%22%7D%7D')).toBe(
      undefined,
    )
    expect(findQueryProblem('where=')).toBeUndefined()
  })

  it.each([
    ['where=abc', /"where" must be a JSON object or use brackets/],
    ['data=%7B', /"data" must be a JSON object or use brackets/],
    ['where=5', /"where" must be a JSON object, not a number/],
    ['where=null', /not null/],
    ['wh%65re=%5B%5D', /"where" must be a JSON object, not a list/],
  ])('refuses %s', (search, message) => {
    expect(findQueryProblem(search)).toEqual({
      status: 400,
      message: expect.stringMatching(message),
    })
  })
})

describe('checkJsonBody', () => {
  it('accepts a JSON object', () => {
    expect(checkJsonBody('{"title":"Boxcar scars"}')).toBeUndefined()
  })

  it.each([
    ['null', 'The JSON body must be an object ({ ... }), not null.'],
    ['5', 'The JSON body must be an object ({ ... }), not a number.'],
    ['"x"', 'The JSON body must be an object ({ ... }), not a string.'],
    ['true', 'The JSON body must be an object ({ ... }), not true.'],
    ['[]', 'The JSON body must be an object ({ ... }), not a list.'],
  ])('refuses %s', (text, message) => {
    expect(checkJsonBody(text)).toEqual({ status: 400, message })
  })

  it('refuses malformed JSON, saying where it breaks', () => {
    expect(checkJsonBody('{"query":')).toEqual({
      status: 400,
      message: expect.stringMatching(/^The body is not valid JSON: .*JSON/),
    })
  })

  it('refuses 10,000 levels of nesting inside an object', () => {
    expect(checkJsonBody(`{"name":${nested(10_000)}}`)?.message).toMatch(/more than 100 levels/)
  })
})

describe('bodyPolicyFor', () => {
  const limits = { maxJsonBodyBytes: 1024 * 1024, maxUploadBytes: 10 * 1024 * 1024 }
  const request = (overrides: Partial<BodyRequest>): BodyRequest => ({
    method: 'POST',
    path: '/api/articles',
    contentType: 'application/json',
    declaredLength: undefined,
    isQueryOverride: false,
    ...overrides,
  })

  it.each([
    ['application/json', 'json'],
    ['Application/JSON; charset=utf-8', 'json'],
    ['application/x-www-form-urlencoded', 'form'],
    ['multipart/form-data; boundary=x', 'multipart'],
    ['text/plain', 'other'],
    [undefined, 'other'],
  ])('reads Content-Type %j as %s', (contentType, kind) => {
    expect(bodyKindOf(contentType)).toBe(kind)
  })

  it('collects API JSON up to the JSON limit and checks it', () => {
    const policy = bodyPolicyFor(request({}), limits)
    expect(policy).toMatchObject({ read: 'collect', limit: 1024 * 1024 })
    expect(!isRefusal(policy) && policy.read === 'collect' && policy.check('null')?.status).toBe(
      400,
    )
  })

  it('streams uploads up to the file limit plus the JSON fields and framing', () => {
    expect(
      bodyPolicyFor(request({ contentType: 'multipart/form-data; boundary=x' }), limits),
    ).toEqual({
      read: 'stream',
      limit: 11 * 1024 * 1024 + 64 * 1024,
      describeLimit: '10 MB for a file plus 1 MB for the other fields',
    })
  })

  it('answers 413 at once when the declared length is over the limit', () => {
    expect(bodyPolicyFor(request({ declaredLength: 1024 * 1024 + 1 }), limits)).toEqual({
      status: 413,
      message: 'The request body is larger than the 1 MB limit.',
    })
    expect(bodyPolicyFor(request({ declaredLength: 1024 * 1024 }), limits)).toMatchObject({
      read: 'collect',
    })
  })

  it('takes form-encoded bodies on the API only as a method-override query', () => {
    const form = request({ contentType: 'application/x-www-form-urlencoded' })
    expect(bodyPolicyFor({ ...form, isQueryOverride: true }, limits)).toMatchObject({
      read: 'collect',
    })
    expect(bodyPolicyFor(form, limits)).toMatchObject({ status: 415 })
  })

  it.each([
    [{ contentType: 'text/plain' }, 'JSON (Content-Type: application/json), or multipart'],
    [{ contentType: undefined }, 'the Content-Type was missing'],
    [{ path: '/api/graphql', contentType: 'multipart/form-data' }, 'takes JSON (Content-Type'],
    [{ path: '/api/graphql', contentType: 'application/graphql' }, 'POST /api/graphql takes JSON'],
  ])('answers 415 to %j', (overrides, message) => {
    expect(bodyPolicyFor(request(overrides), limits)).toEqual({
      status: 415,
      message: expect.stringContaining(message),
    })
  })

  it('streams bodies outside the API (the admin) under the same limits, unchecked', () => {
    expect(bodyPolicyFor(request({ path: '/admin', contentType: 'text/plain' }), limits)).toEqual({
      read: 'stream',
      limit: 1024 * 1024,
      describeLimit: 'the 1 MB limit',
    })
  })

  it.each([
    [1024 * 1024, '1 MB'],
    [64 * 1024, '64 KB'],
    [1000, '1000 bytes'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('upload parts', () => {
  it('accepts ordinary file names, and refuses control characters and over-long names', () => {
    expect(checkUploadFileName('ice pick scar – before.png')).toBeUndefined()
    expect(checkUploadFileName('a\u0000b.png')?.message).toBe(
      'The file name contains control characters (such as NUL); rename the file.',
    )
    expect(checkUploadFileName('a\u0007b.png')?.status).toBe(400)
    expect(checkUploadFileName('é'.repeat(MAX_FILE_NAME_BYTES / 2))).toBeUndefined()
    expect(checkUploadFileName(`${'é'.repeat(MAX_FILE_NAME_BYTES / 2)}.png`)?.message).toBe(
      'The file name is longer than 200 bytes; shorten it.',
    )
  })

  it('checks the _payload field as a JSON body and leaves other fields alone', () => {
    expect(checkMultipartField('_payload', '{"alt":"A boxcar scar"}')).toBeUndefined()
    expect(checkMultipartField('_payload', 'null')).toEqual({
      status: 400,
      message: 'The _payload field: The JSON body must be an object ({ ... }), not null.',
    })
    expect(checkMultipartField('_payload', '{"alt":')?.message).toMatch(
      /^The _payload field: The body is not valid JSON: /,
    )
    expect(checkMultipartField('caption', '{"alt":')).toBeUndefined()
  })
})
