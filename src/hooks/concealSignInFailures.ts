import {
  AuthenticationError,
  formatErrors,
  LockedAuth,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { accountKey } from '../auth/attemptLimits'
import { spendPasswordCheck } from '../auth/passwordWork'
import { refusedWithoutPasswordCheck } from '../auth/signInRefusal'

type SignInData = { email?: unknown; password?: unknown }

/**
 * A sign-in for an unknown e-mail or a locked account is refused here, after the same password
 * work a wrong password costs, with Payload's own "incorrect" error: every failed sign-in looks and
 * takes alike. A locked account refuses even its right password until the lock ends (admins can
 * unlock it). Missing fields are left to Payload, whose 400 does not depend on the account.
 */
export const refuseUnknownOrLockedSignIn: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const data = (args as { data?: SignInData }).data
  const email = accountKey(data?.email)
  const password = data?.password
  if (!email || typeof password !== 'string' || password.trim() === '') return args

  const account = await req.payload.db.findOne<{ id: string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email } },
    select: { lockUntil: true },
    req,
  })
  if (!refusedWithoutPasswordCheck(account)) return args
  await spendPasswordCheck(password)
  throw new AuthenticationError(req.t)
}

/**
 * Payload can still say "locked" when parallel attempts lock an account while a sign-in is under
 * way; answer that as the same "incorrect" 401, over REST and GraphQL.
 */
export const hideAccountLock: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const cause = (error as { originalError?: unknown }).originalError ?? error
  if (!(cause instanceof LockedAuth)) return
  const refused = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: refused.message,
        extensions: { ...graphqlResult.extensions, name: refused.name },
      },
    }
  }
  return { response: formatErrors(refused), status: refused.status }
}
