/** Runtime settings read from the environment, in one place, with their defaults. */

export interface Settings {
  isProduction: boolean
  port: number
  /** Public origin of this server, used for links, CORS and CSRF. */
  serverURL: string
  /** Origins allowed to call the API with credentials (CORS) and to send the auth cookie (CSRF). */
  allowedOrigins: string[]
  databaseUri: string
  /** Sign-in, forgot-password and reset-password requests one address may make per minute. */
  authAttemptsPerMinute: number
  /** The largest JSON (or other non-upload) request body accepted, in bytes. */
  maxJsonBodyBytes: number
  /** The largest file one upload may carry, in bytes. */
  maxUploadBytes: number
}

/** Environment variables as plain strings (process.env, or a test's own object). */
export type Env = Record<string, string | undefined>

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'
export const DEFAULT_PORT = 3000
export const DEFAULT_AUTH_ATTEMPTS_PER_MINUTE = 20
export const DEFAULT_MAX_JSON_BODY_BYTES = 1024 * 1024
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export class SettingsError extends Error {
  override name = 'SettingsError'
}

const parseCount = (raw: string | undefined, variable: string, fallback: number): number => {
  if (raw === undefined || raw.trim() === '') return fallback
  const count = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || count < 1) {
    throw new SettingsError(`${variable} must be a whole number of at least 1, got "${raw}".`)
  }
  return count
}

const parsePort = (raw: string | undefined): number => {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT
  const port = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    throw new SettingsError(`PORT must be a whole number from 0 to 65535, got "${raw}".`)
  }
  return port
}

const parseOrigin = (raw: string, variable: string): string => {
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    return url.origin
  } catch {
    throw new SettingsError(`${variable} must hold http(s) origins, got "${raw}".`)
  }
}

export const readSettings = (env: Env = process.env): Settings => {
  const port = parsePort(env.PORT)
  const serverURL = parseOrigin(env.SERVER_URL?.trim() || `http://localhost:${port}`, 'SERVER_URL')
  const extraOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => parseOrigin(origin, 'ALLOWED_ORIGINS'))
  return {
    isProduction: env.NODE_ENV === 'production',
    port,
    serverURL,
    allowedOrigins: [...new Set([serverURL, ...extraOrigins])],
    databaseUri: env.DATABASE_URI?.trim() || DEFAULT_DATABASE_URI,
    authAttemptsPerMinute: parseCount(
      env.AUTH_ATTEMPTS_PER_MINUTE,
      'AUTH_ATTEMPTS_PER_MINUTE',
      DEFAULT_AUTH_ATTEMPTS_PER_MINUTE,
    ),
    maxJsonBodyBytes: parseCount(
      env.MAX_JSON_BODY_BYTES,
      'MAX_JSON_BODY_BYTES',
      DEFAULT_MAX_JSON_BODY_BYTES,
    ),
    maxUploadBytes: parseCount(env.MAX_UPLOAD_BYTES, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES),
  }
}
