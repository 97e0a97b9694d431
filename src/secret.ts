import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { SettingsError, type Env } from './settings'

export interface ResolvedSecret {
  secret: string
  /** Set when no PAYLOAD_SECRET was given and a development secret was used instead. */
  warning?: string
}

const MIN_SECRET_LENGTH = 32

/**
 * PAYLOAD_SECRET signs sessions. Production refuses to start without a strong one; development
 * generates one and keeps it in a git-ignored file, so logins survive a restart.
 */
export const resolvePayloadSecret = ({
  env,
  isProduction,
  devSecretFile,
}: {
  env: Env
  isProduction: boolean
  devSecretFile: string
}): ResolvedSecret => {
  const given = env.PAYLOAD_SECRET?.trim()
  // `next build` loads the config to collect routes but signs nothing: a throwaway secret will do.
  if (!given && env.NEXT_PHASE === 'phase-production-build') {
    return { secret: randomBytes(32).toString('hex') }
  }
  if (given) {
    if (isProduction && given.length < MIN_SECRET_LENGTH) {
      throw new SettingsError(
        `PAYLOAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters in production.`,
      )
    }
    return { secret: given }
  }
  if (isProduction) {
    throw new SettingsError(
      'PAYLOAD_SECRET is not set. Production needs a secret of at least 32 characters, e.g. `openssl rand -hex 32`.',
    )
  }
  if (existsSync(devSecretFile)) {
    const stored = readFileSync(devSecretFile, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) {
      return {
        secret: stored,
        warning: `PAYLOAD_SECRET is not set; using the development secret in ${devSecretFile}.`,
      }
    }
  }
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(devSecretFile), { recursive: true })
  writeFileSync(devSecretFile, `${secret}\n`, { mode: 0o600 })
  chmodSync(devSecretFile, 0o600)
  return {
    secret,
    warning: `PAYLOAD_SECRET is not set; generated a development secret in ${devSecretFile}. Set PAYLOAD_SECRET in production.`,
  }
}
