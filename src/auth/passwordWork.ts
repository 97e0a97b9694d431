/**
 * The work of checking a password, done for sign-ins that Payload would refuse without checking
 * one (unknown e-mail, locked account), so that every refused sign-in costs about the same time.
 *
 * Payload 3.90 stores new passwords as `pbkdf2-sha256-v1:` + PBKDF2-SHA256 with 600,000
 * iterations and a 32-byte key, and checks a password by deriving the same key again
 * (node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js). The unit test
 * tests/unit/password-work.test.ts proves these parameters reproduce a hash Payload made, so an
 * upgrade that changes them fails there.
 */
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

export const PAYLOAD_HASH_PREFIX = 'pbkdf2-sha256-v1:'
export const PAYLOAD_HASH_ITERATIONS = 600_000
export const PAYLOAD_HASH_KEY_LENGTH = 32

/** The stored hash Payload would write for this password and salt. */
export const payloadPasswordHash = async (password: string, salt: string): Promise<string> => {
  const key = await derive(
    password,
    salt,
    PAYLOAD_HASH_ITERATIONS,
    PAYLOAD_HASH_KEY_LENGTH,
    'sha256',
  )
  return `${PAYLOAD_HASH_PREFIX}${key.toString('hex')}`
}

// A salt of the same shape as Payload's (32 random bytes, hex), made once per process.
const decoySalt = randomBytes(32).toString('hex')

/** Spends what checking `password` against a stored Payload hash costs, and discards the result. */
export const spendPasswordCheck = async (password: string): Promise<void> => {
  await payloadPasswordHash(password, decoySalt)
}
