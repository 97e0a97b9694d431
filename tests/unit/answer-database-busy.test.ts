import type { AfterErrorHookArgs } from 'payload'

import { answerDatabaseBusy } from '../../src/hooks/answerDatabaseBusy'
import { DATABASE_BUSY_CODE, DATABASE_BUSY_MESSAGE } from '../../src/database/writeLock'

/** What a DatabaseBusyError looks like to the hook (matched by name; see writeLock.ts). */
const busy = Object.assign(new Error(DATABASE_BUSY_MESSAGE), { name: 'DatabaseBusyError' })
/** Drizzle's wrapper around a failed query. */
const failedQuery = new Error('Failed query: update "users" set ...', { cause: busy })

const hookWith = (args: Partial<AfterErrorHookArgs>) =>
  answerDatabaseBusy({ context: {}, req: {}, ...args } as AfterErrorHookArgs)

describe('a write that did not get its turn is a 409 with a message', () => {
  it('over REST, also when drizzle wrapped it', async () => {
    expect(await hookWith({ error: failedQuery })).toEqual({
      status: 409,
      response: {
        errors: [{ message: DATABASE_BUSY_MESSAGE, data: { code: DATABASE_BUSY_CODE } }],
      },
    })
  })

  it('over GraphQL, where the error arrives as the original error of a GraphQL error', async () => {
    const graphqlError = Object.assign(new Error('Failed query'), { originalError: failedQuery })
    const result = await hookWith({
      error: graphqlError,
      graphqlResult: { message: 'Something went wrong.', extensions: { statusCode: 500 } },
    })
    expect(result).toEqual({
      graphqlResult: {
        message: DATABASE_BUSY_MESSAGE,
        extensions: { statusCode: 409, data: { code: DATABASE_BUSY_CODE } },
      },
    })
  })

  it('leaves every other error alone', async () => {
    expect(await hookWith({ error: new Error('Failed query', { cause: new Error('x') }) })).toBe(
      undefined,
    )
  })
})
