import type { AfterErrorHook } from 'payload'

import { classifyDatabaseError } from '../input/clientFaults'

/**
 * The last net behind the input checks: a database failure that only bad input causes (a
 * relationship to a document that does not exist, more values than one statement can bind)
 * answers 400 saying what to change, over REST and GraphQL, instead of 500. Every other error is
 * left exactly as Payload answers it.
 */
export const answerDatabaseClientFaults: AfterErrorHook = ({ error, graphqlResult }) => {
  const fault = classifyDatabaseError(error)
  if (!fault) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: fault.message,
        extensions: { ...graphqlResult.extensions, name: 'APIError', statusCode: fault.status },
      },
    }
  }
  return { response: { errors: [{ message: fault.message }] }, status: fault.status }
}
