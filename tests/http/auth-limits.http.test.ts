/**
 * Sign-in, forgot-password and reset-password limits over real HTTP, REST and GraphQL, on a
 * production server of this file's own with small limits. The server trusts X-Forwarded-For from
 * loopback (TRUST_PROXY=loopback, as behind a local reverse proxy), so each test speaks from
 * addresses of its own; tests/http/startup.test.ts proves the header is ignored when not trusted.
 */
import path from 'node:path'

import { CLIENT_ADDRESS_HEADER } from '../../src/auth/clientAddress'
import { startServer, type RunningServer } from '../helpers/server'
import { SHARED_ADMIN, TEST_PASSWORD } from '../helpers/sharedServer'
import { makeTempDir } from '../helpers/tempDir'

const ATTEMPTS_PER_ADDRESS = 3
const ATTEMPTS_PER_ACCOUNT = 7
const RESET_MAILS_PER_ACCOUNT = 2

const INCORRECT = 'The email or password provided is incorrect.'
const FROM_THIS_ADDRESS =
  /^Too many sign-in and password-reset attempts from this address; try again in \d+ s\.$/
const FOR_THIS_ACCOUNT = /^Too many sign-in attempts for this account; try again in 15 min\.$/
const RESET_MAILS =
  /^Too many password-reset e-mails requested for this account; try again in 60 min\.$/

const LOCKABLE = 'lockable.account@test.example'
const RESETTABLE = 'resettable.account@test.example'

interface Answer {
  status: number
  body: any
  retryAfter: number | null
}

let server: RunningServer
let temp: ReturnType<typeof makeTempDir>
let lastAddress = 0

/** A documentation address (RFC 5737) no other test uses. */
const newAddress = (): string => `203.0.113.${(lastAddress += 1)}`

const post = async (
  path: string,
  body: unknown,
  address: string,
  headers: Record<string, string> = {},
): Promise<Answer> => {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, ...headers },
    body: JSON.stringify(body),
  })
  const retryAfter = response.headers.get('retry-after')
  return {
    status: response.status,
    body: await response.json(),
    retryAfter: retryAfter === null ? null : Number(retryAfter),
  }
}

const graphql = (query: string, address: string) => post('/api/graphql', { query }, address)

const signIn = (email: string, password: string, address = newAddress()) =>
  post('/api/users/login', { email, password }, address)

/** GraphQL errors as [alias, message, statusCode], in execution order. */
const graphqlErrors = (answer: Answer): [string, string, number][] =>
  (answer.body.errors ?? []).map(
    (error: { path?: string[]; message: string; extensions?: { statusCode?: number } }) => [
      error.path?.[0],
      error.message,
      error.extensions?.statusCode,
    ],
  )

const createAccount = async (token: string, email: string): Promise<void> => {
  const response = await fetch(`${server.baseUrl}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ email, password: TEST_PASSWORD, name: email, roles: ['author'] }),
  })
  if (response.status !== 201) throw new Error(`creating ${email}: ${await response.text()}`)
}

/** Every line the server logged up to now, once a marker request's own log line has appeared. */
const logUpToNow = async (): Promise<string[]> => {
  const marker = `/api/log-marker-${Date.now()}`
  await fetch(`${server.baseUrl}${marker}`)
  const deadline = Date.now() + 5_000
  while (!server.output().includes(marker) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return server.output().split('\n')
}

beforeAll(async () => {
  temp = makeTempDir('auth-limits')
  server = await startServer({
    DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
    MEDIA_DIR: path.join(temp.dir, 'media'),
    TRUST_PROXY: 'loopback',
    AUTH_ATTEMPTS_PER_MINUTE: String(ATTEMPTS_PER_ADDRESS),
    AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES: String(ATTEMPTS_PER_ACCOUNT),
    RESET_MAILS_PER_ACCOUNT_PER_HOUR: String(RESET_MAILS_PER_ACCOUNT),
  })
  const registered = await post('/api/users/first-register', SHARED_ADMIN, newAddress())
  if (registered.status !== 200) throw new Error(`first admin: ${JSON.stringify(registered)}`)
  for (const email of [LOCKABLE, RESETTABLE]) await createAccount(registered.body.token, email)
})

afterAll(async () => {
  await server?.stop()
  temp?.cleanup()
})

describe('sign-in attempts per address', () => {
  it('counts REST sign-ins however the path is spelt, by the address Express sees, not one the client names', async () => {
    const address = newAddress()
    const spellings = ['/api/users/%6cogin', '/api/users/LOGIN', '/api/users/%4C%6F%67%69%6E']
    expect(spellings).toHaveLength(ATTEMPTS_PER_ADDRESS)
    for (const [index, spelling] of spellings.entries()) {
      const answer = await post(
        spelling,
        { email: `spelling.${index}@test.example`, password: 'wrong-password' },
        address,
        { [CLIENT_ADDRESS_HEADER]: `198.51.100.${index}` },
      )
      expect([spelling, answer.status, answer.body]).toEqual([
        spelling,
        401,
        { errors: [{ message: INCORRECT }] },
      ])
    }

    const refused = await post(
      '/api/users/login',
      { email: 'spelling.3@test.example', password: 'wrong-password' },
      address,
      { [CLIENT_ADDRESS_HEADER]: '198.51.100.99' },
    )
    expect(refused.status).toBe(429)
    expect(refused.retryAfter).toBeGreaterThan(0)
    expect(refused.retryAfter).toBeLessThanOrEqual(60)
    expect(refused.body.errors[0].message).toMatch(FROM_THIS_ADDRESS)
  })

  it('counts each aliased GraphQL loginUser as one attempt and refuses those past the limit', async () => {
    const address = newAddress()
    const aliases = Array.from({ length: ATTEMPTS_PER_ADDRESS + 1 }, (_, index) => `try${index}`)
    const answer = await graphql(
      `mutation { ${aliases
        .map(
          (alias) =>
            `${alias}: loginUser(email: "${alias}@test.example", password: "wrong-password") { token }`,
        )
        .join(' ')} }`,
      address,
    )
    expect(answer.status).toBe(200)
    expect(graphqlErrors(answer)).toEqual([
      ['try0', INCORRECT, 401],
      ['try1', INCORRECT, 401],
      ['try2', INCORRECT, 401],
      ['try3', expect.stringMatching(FROM_THIS_ADDRESS), 429],
    ])

    const overRest = await signIn('try4@test.example', 'wrong-password', address)
    expect(overRest.status).toBe(429)
  })
})

describe('sign-in attempts per account', () => {
  it('refuses an account past its limit whatever addresses the attempts come from', async () => {
    const account = 'sprayed.account@test.example'
    const addresses = [newAddress(), newAddress(), newAddress()]
    const attempts = await Promise.all(
      Array.from({ length: ATTEMPTS_PER_ACCOUNT }, (_, index) =>
        signIn(account, `guess-${index}`, addresses[index % addresses.length]),
      ),
    )
    expect(attempts.map((attempt) => attempt.status)).toEqual(Array(ATTEMPTS_PER_ACCOUNT).fill(401))

    const refused = await signIn(account.toUpperCase(), 'guess-last', newAddress())
    expect(refused.status).toBe(429)
    expect(refused.retryAfter).toBeGreaterThan(60)
    expect(refused.body.errors[0].message).toMatch(FOR_THIS_ACCOUNT)
  })
})

describe('a failed sign-in does not tell whether the account exists or is locked', () => {
  it('answers an unknown e-mail, a wrong password and a locked account alike, over REST and GraphQL', async () => {
    const unknown = await signIn('never.registered@test.example', 'wrong-password')
    expect(unknown).toEqual({
      status: 401,
      body: { errors: [{ message: INCORRECT }] },
      retryAfter: null,
    })

    // Five misses lock the account (collections/Users.ts); each answers as the unknown e-mail did.
    for (let miss = 1; miss <= 5; miss += 1) {
      expect([miss, await signIn(LOCKABLE, 'wrong-password')]).toEqual([miss, unknown])
    }
    // Locked: even the right password is refused, with the same answer.
    expect(await signIn(LOCKABLE, TEST_PASSWORD)).toEqual(unknown)

    const overGraphql = await graphql(
      `mutation {
        unknown: loginUser(email: "never.registered@test.example", password: "wrong-password") { token }
        locked: loginUser(email: "${LOCKABLE}", password: "${TEST_PASSWORD}") { token }
      }`,
      newAddress(),
    )
    const [forUnknown, forLocked] = overGraphql.body.errors
    expect(forUnknown.message).toBe(INCORRECT)
    expect(forUnknown.extensions).toEqual({ name: 'AuthenticationError', statusCode: 401 })
    expect({ message: forLocked.message, extensions: forLocked.extensions }).toEqual({
      message: forUnknown.message,
      extensions: forUnknown.extensions,
    })
  })
})

describe('password resets', () => {
  it('sends at most a few reset mails per account per hour, and answers an unknown e-mail the same way', async () => {
    const ask = async (email: string) => {
      const overRest = await post('/api/users/forgot-password', { email }, newAddress())
      const overGraphql = await graphql(
        `mutation { forgotPasswordUser(email: "${email}") }`,
        newAddress(),
      )
      const refusedOverRest = await post('/api/users/forgot-password', { email }, newAddress())
      const refusedOverGraphql = await graphql(
        `mutation { forgotPasswordUser(email: "${email}") }`,
        newAddress(),
      )
      return [
        [overRest.status, overRest.body],
        [overGraphql.status, overGraphql.body],
        [
          refusedOverRest.status,
          refusedOverRest.body.errors[0].message,
          refusedOverRest.retryAfter,
        ],
        [refusedOverGraphql.status, graphqlErrors(refusedOverGraphql)],
      ]
    }

    const forKnown = await ask(RESETTABLE)
    expect(RESET_MAILS_PER_ACCOUNT).toBe(2)
    expect(forKnown).toEqual([
      [200, { message: 'Success' }],
      [200, { data: { forgotPasswordUser: true } }],
      [429, expect.stringMatching(RESET_MAILS), expect.any(Number)],
      [200, [['forgotPasswordUser', expect.stringMatching(RESET_MAILS), 429]]],
    ])
    expect(forKnown[2][2]).toBeGreaterThan(3500)
    expect(await ask('no.such.account@test.example')).toEqual(forKnown)

    const mails = (await logUpToNow()).filter((line) => line.includes('E-mail not sent'))
    expect(mails.filter((line) => line.includes(RESETTABLE))).toHaveLength(RESET_MAILS_PER_ACCOUNT)
    expect(mails.filter((line) => line.includes('no.such.account@test.example'))).toHaveLength(0)
  })

  it('counts reset-password attempts per address, however spelt and through GraphQL aliases', async () => {
    const address = newAddress()
    const invalidToken = 'Token is either invalid or has expired.'
    const overRest = await post(
      '/api/users/%72eset-password',
      { token: 'not-a-token', password: 'a-new-password-123' },
      address,
    )
    expect([overRest.status, overRest.body.errors[0].message]).toEqual([403, invalidToken])

    const aliases = await graphql(
      `
        mutation {
          first: resetPasswordUser(token: "not-a-token-1", password: "a-new-password-123") {
            token
          }
          second: resetPasswordUser(token: "not-a-token-2", password: "a-new-password-123") {
            token
          }
          third: resetPasswordUser(token: "not-a-token-3", password: "a-new-password-123") {
            token
          }
        }
      `,
      address,
    )
    expect(graphqlErrors(aliases)).toEqual([
      ['first', invalidToken, 403],
      ['second', invalidToken, 403],
      ['third', expect.stringMatching(FROM_THIS_ADDRESS), 429],
    ])

    const refused = await post(
      '/api/users/RESET-PASSWORD',
      { token: 'not-a-token', password: 'a-new-password-123' },
      address,
    )
    expect(refused.status).toBe(429)
    expect(refused.retryAfter).toBeGreaterThan(0)
  })
})
