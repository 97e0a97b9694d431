import type { AfterErrorHook } from 'payload'

import { DATABASE_BUSY_CODE, findDatabaseBusy } from '../database/writeLock'

/**
 * A write that did not get its turn at the database is a 409 with a message, also when drizzle
 * has wrapped it in its own query error (which Payload would otherwise answer as a 500).
 */
export const answerDatabaseBusy: AfterErrorHook = ({ error, graphqlResult }) => {
  const busy =
    findDatabaseBusy(error) ??
    findDatabaseBusy((error as { originalError?: unknown }).originalError)
  if (!busy) return
  const data = { code: DATABASE_BUSY_CODE }
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: busy.message,
        extensions: { ...graphqlResult.extensions, data, statusCode: 409 },
      },
    }
  }
  return { status: 409, response: { errors: [{ message: busy.message, data }] } }
}
