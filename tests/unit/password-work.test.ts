/**
 * The decoy password check costs what Payload's own check costs only if it derives the key with
 * the same parameters: proven here against a hash made by the installed Payload itself.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { PAYLOAD_HASH_PREFIX, payloadPasswordHash } from '../../src/auth/passwordWork'
import { repoRoot } from '../helpers/server'

// Payload does not export its hashing function; its module is loaded by file for this check only.
const PAYLOAD_HASHING = path.join(
  repoRoot,
  'node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js',
)

type GeneratePasswordSaltHash = (args: {
  isPasswordAuthenticated: boolean
  password: string
}) => Promise<{ hash: string; salt: string }>

describe('the decoy password check', () => {
  it('derives exactly the hash Payload stores for a new password', async () => {
    const { generatePasswordSaltHash } = (await import(pathToFileURL(PAYLOAD_HASHING).href)) as {
      generatePasswordSaltHash: GeneratePasswordSaltHash
    }
    const password = randomBytes(12).toString('base64')
    const stored = await generatePasswordSaltHash({ isPasswordAuthenticated: true, password })

    expect(stored.hash.startsWith(PAYLOAD_HASH_PREFIX)).toBe(true)
    expect(await payloadPasswordHash(password, stored.salt)).toBe(stored.hash)
    expect(await payloadPasswordHash(`${password}x`, stored.salt)).not.toBe(stored.hash)
  })
})
