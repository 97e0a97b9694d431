import {
  classifyDatabaseError,
  clientFaultOf,
  describeServerError,
  MAX_LOGGED_MESSAGE_CHARS,
  statusOf,
  withoutQueryParameters,
} from '../../src/input/clientFaults'

/** Errors shaped like the ones drizzle, libsql, mongoose, Payload and graphql-js throw. */
const libsqlError = (message: string) => Object.assign(new Error(message), { name: 'LibsqlError' })
const drizzleError = (cause: Error) =>
  Object.assign(
    new Error(
      `Failed query: insert into "users" ("email", "hash") values (?, ?)\nparams: a@b.c,s3cr3th4sh`,
      {
        cause,
      },
    ),
    { name: 'DrizzleQueryError', params: ['a@b.c', 's3cr3th4sh'] },
  )
const payloadError = (message: string, status: number) =>
  Object.assign(new Error(message), { name: 'APIError', status })
const graphqlError = (originalError: Error) =>
  Object.assign(new Error(originalError.message), { name: 'GraphQLError', originalError })

describe('classifyDatabaseError', () => {
  it('answers 400 for a foreign key to a missing document, however deeply wrapped', () => {
    const error = graphqlError(
      drizzleError(libsqlError('SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed')),
    )
    expect(classifyDatabaseError(error)).toEqual({
      status: 400,
      message: expect.stringMatching(
        /^A relationship or upload refers to a document that does not exist/,
      ),
    })
  })

  it('answers 400 for the refused media URL that Payload wraps as a file retrieval error', () => {
    const refusal = new Error(
      'There was a problem while uploading the file. Media is uploaded as a file: send the image itself, not a "url" to fetch it from.',
    )
    expect(classifyDatabaseError(graphqlError(Object.assign(refusal, { status: 500 })))).toEqual({
      status: 400,
      message: 'Media is uploaded as a file: send the image itself, not a "url" to fetch it from.',
    })
  })

  it('answers 400 for too many SQL variables and for a mongoose cast failure', () => {
    expect(
      classifyDatabaseError(drizzleError(libsqlError('SQLITE_ERROR: too many SQL variables'))),
    ).toMatchObject({ status: 400, message: expect.stringMatching(/too many values/) })
    expect(
      classifyDatabaseError(
        Object.assign(
          new Error('Cast to ObjectId failed for value "abc" (type string) at path "_id"'),
          {
            name: 'CastError',
          },
        ),
      ),
    ).toMatchObject({ status: 400 })
  })

  it.each([
    ['SQLITE_BUSY: database is locked'],
    ['SQLITE_ERROR: no such column: articles.value'],
    ['Cannot read properties of undefined (reading name)'],
  ])('leaves %j a server error', (message) => {
    expect(classifyDatabaseError(drizzleError(libsqlError(message)))).toBeUndefined()
    expect(clientFaultOf(drizzleError(libsqlError(message)))).toBeUndefined()
  })
})

describe('clientFaultOf', () => {
  it('takes the status an error (or the error GraphQL wraps) carries', () => {
    expect(clientFaultOf(payloadError('Not Found', 404))).toEqual({
      status: 404,
      message: 'Not Found',
    })
    expect(clientFaultOf(graphqlError(payloadError('You are not allowed', 403)))).toEqual({
      status: 403,
      message: 'You are not allowed',
    })
    expect(statusOf(new Error('plain'))).toBeUndefined()
  })

  it('leaves 5xx statuses and plain errors to the server', () => {
    expect(clientFaultOf(payloadError('Something went wrong.', 500))).toBeUndefined()
    expect(clientFaultOf(new TypeError('x is not a function'))).toBeUndefined()
  })

  it(`cuts messages longer than ${MAX_LOGGED_MESSAGE_CHARS} characters`, () => {
    const fault = clientFaultOf(payloadError(`Unknown state ${'x'.repeat(1_000_000)}`, 400))
    expect(fault?.message.length).toBeLessThan(MAX_LOGGED_MESSAGE_CHARS + 40)
    expect(fault?.message).toMatch(/… \(1000014 characters\)$/)
  })
})

describe('describeServerError', () => {
  it('keeps the query and the cause but never the bound values', () => {
    const error = drizzleError(libsqlError('SQLITE_BUSY: database is locked'))
    const described = describeServerError(error)
    expect(described).toMatchObject({
      type: 'DrizzleQueryError',
      message:
        'Failed query: insert into "users" ("email", "hash") values (?, ?)\nparams: [not logged]',
      cause: { type: 'LibsqlError', message: 'SQLITE_BUSY: database is locked' },
    })
    expect(JSON.stringify(described)).not.toMatch(/s3cr3th4sh|a@b\.c/)
  })

  it('removes parameters that span lines, in messages and stacks', () => {
    expect(withoutQueryParameters('Failed query: x\nparams: a\nb\n    at f (file.js:1:1)')).toBe(
      'Failed query: x\nparams: [not logged]\n    at f (file.js:1:1)',
    )
  })
})
