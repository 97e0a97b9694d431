/**
 * Payload says "This user is locked" when parallel attempts lock an account during a sign-in; the
 * afterError hook answers that as the ordinary "incorrect" 401. (Parallel attempts cannot be
 * ordered reliably over HTTP, so the mapping is proven here on the errors Payload raises.)
 */
import { GraphQLError } from 'graphql'
import { APIError, LockedAuth, type PayloadRequest } from 'payload'

import { hideAccountLock } from '../../src/hooks/concealSignInFailures'

const INCORRECT = 'The email or password provided is incorrect.'
const req = {} as PayloadRequest
const hookArgs = { req, context: {} }

describe('hideAccountLock', () => {
  it('answers a REST LockedAuth as the 401 of a wrong password', async () => {
    expect(
      await hideAccountLock({
        ...hookArgs,
        error: new LockedAuth(),
        result: { errors: [{ message: new LockedAuth().message }] },
      }),
    ).toEqual({ response: { errors: [{ message: INCORRECT }] }, status: 401 })
  })

  it('answers a GraphQL LockedAuth with the message and error name of a wrong password', async () => {
    const locked = new LockedAuth()
    const error = new GraphQLError(locked.message, { originalError: locked, path: ['signIn'] })
    const graphqlResult = {
      message: locked.message,
      path: ['signIn'],
      extensions: { name: 'LockedAuth', statusCode: 401 },
    }
    expect(await hideAccountLock({ ...hookArgs, error, graphqlResult })).toEqual({
      graphqlResult: {
        message: INCORRECT,
        path: ['signIn'],
        extensions: { name: 'AuthenticationError', statusCode: 401 },
      },
    })
  })

  it('leaves every other error alone', async () => {
    expect(
      await hideAccountLock({ ...hookArgs, error: new APIError('Something else.', 400) }),
    ).toBeUndefined()
  })
})
