/** Runtime settings read from the environment, in one place, with their defaults. */
import path from 'node:path'

export interface Settings {
  isProduction: boolean
  port: number
  /** Public origin of this server, used for links, CORS and CSRF. */
  serverURL: string
  /** Origins allowed to call the API with credentials (CORS) and to send the auth cookie (CSRF). */
  allowedOrigins: string[]
  databaseUri: string
  /** Sign-in, forgot-password and reset-password attempts one address may make per minute. */
  authAttemptsPerMinute: number
  /** Sign-in attempts for one account (e-mail), from any address, per 15 minutes. */
  authAttemptsPerAccountPer15Minutes: number
  /** Forgot-password requests, each one reset mail, for one account (e-mail) per hour. */
  resetMailsPerAccountPerHour: number
  /** Documents one GraphQL request may return in total, over all its lists and aliases. */
  graphqlMaxDocuments: number
  /** Memory the published-content cache may hold, in bytes. */
  publicCacheMaxBytes: number
  /** Lifetimes in the Cache-Control of public answers (browsers, shared caches, stale use). */
  publicCachePolicy: {
    maxAgeSeconds: number
    sharedMaxAgeSeconds: number
    staleWhileRevalidateSeconds: number
  }
  /**
   * Origins whose browser front ends may read public content without credentials (CORS): `'*'`
   * for any; credentialed requests are for `allowedOrigins` only.
   */
  publicReadOrigins: '*' | string[]
  /** Where uploaded media files are stored. */
  mediaDir: string
  /** Memory for automatic persisted queries, in MiB (0 turns them off). */
  graphqlPersistedQueriesMb: number
  /** The largest JSON (or other non-upload) request body accepted, in bytes. */
  maxJsonBodyBytes: number
  /** The largest file one upload may carry, in bytes. */
  maxUploadBytes: number
  /**
   * The front end's origin, put before internal links in rich-text HTML; empty for root-relative
   * links (`/articles/acne-scars`), which work on whatever site renders the HTML.
   */
  frontendOrigin: string
  /** The front end's path for a document of each collection: `{slug}` and `{id}` are filled in. */
  frontendPaths: FrontendPaths
}

/** Collection slug to path pattern, e.g. `articles` to `/articles/{slug}`. */
export type FrontendPaths = Readonly<Record<string, string>>

/** Environment variables as plain strings (process.env, or a test's own object). */
export type Env = Record<string, string | undefined>

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'
export const DEFAULT_PORT = 3000
export const DEFAULT_AUTH_ATTEMPTS_PER_MINUTE = 20
export const DEFAULT_AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES = 10
export const DEFAULT_RESET_MAILS_PER_ACCOUNT_PER_HOUR = 3
export const DEFAULT_GRAPHQL_MAX_DOCUMENTS = 500
export const DEFAULT_PUBLIC_CACHE_MAX_MB = 64
export const DEFAULT_PUBLIC_CACHE_POLICY = {
  maxAgeSeconds: 60,
  sharedMaxAgeSeconds: 300,
  staleWhileRevalidateSeconds: 600,
}
export const DEFAULT_GRAPHQL_PERSISTED_QUERIES_MB = 5
export const DEFAULT_MAX_JSON_BODY_BYTES = 1024 * 1024
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
export const DEFAULT_FRONTEND_PATHS: FrontendPaths = {
  articles: '/articles/{slug}',
  experts: '/experts/{slug}',
  'scar-types': '/scar-types/{slug}',
  treatments: '/treatments/{slug}',
}

export class SettingsError extends Error {
  override name = 'SettingsError'
}

const parseCount = (
  raw: string | undefined,
  variable: string,
  fallback: number,
  minimum = 1,
): number => {
  if (raw === undefined || raw.trim() === '') return fallback
  const count = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || count < minimum) {
    throw new SettingsError(
      `${variable} must be a whole number of at least ${minimum}, got "${raw}".`,
    )
  }
  return count
}

const parsePublicReadOrigins = (raw: string | undefined): '*' | string[] => {
  const value = raw?.trim() ?? ''
  if (value === '' || value === '*') return '*'
  if (value === 'none') return []
  return value.split(',').map((origin) => parseOrigin(origin.trim(), 'PUBLIC_READ_ORIGINS'))
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

const COLLECTION_SLUG = /^[a-z][a-z0-9-]*$/
const PATH_PLACEHOLDER = /\{([^{}]*)\}/g
const PATH_PLACEHOLDERS = new Set(['slug', 'id'])

/**
 * FRONTEND_PATHS: comma-separated `collection=/path/{slug}` entries, each replacing that
 * collection's default; `collection=` with no path turns its links off (the text stays).
 * A path starts with one `/`, has no spaces, and holds `{slug}` or `{id}`.
 */
export const parseFrontendPaths = (
  raw: string | undefined,
  defaults: FrontendPaths = DEFAULT_FRONTEND_PATHS,
): FrontendPaths => {
  const paths: Record<string, string> = { ...defaults }
  const seen = new Set<string>()
  for (const entry of (raw ?? '').split(',')) {
    if (entry.trim() === '') continue
    const refuse = (why: string): never => {
      throw new SettingsError(`FRONTEND_PATHS entry "${entry.trim()}" ${why}.`)
    }
    const separator = entry.indexOf('=')
    if (separator < 0) refuse('must look like collection=/path/{slug}')
    const collection = entry.slice(0, separator).trim()
    const pattern = entry.slice(separator + 1).trim()
    if (!COLLECTION_SLUG.test(collection)) refuse('must start with a collection slug')
    if (seen.has(collection)) refuse(`names ${collection} a second time`)
    seen.add(collection)
    if (pattern === '') {
      delete paths[collection]
      continue
    }
    if (!pattern.startsWith('/') || pattern.startsWith('//') || /\s/.test(pattern)) {
      refuse('needs a path starting with a single / and without spaces')
    }
    const placeholders = [...pattern.matchAll(PATH_PLACEHOLDER)].map((match) => match[1])
    const unknown = placeholders.find((name) => !PATH_PLACEHOLDERS.has(name))
    if (unknown !== undefined) refuse(`has {${unknown}}; only {slug} and {id} are filled in`)
    if (/[{}]/.test(pattern.replace(PATH_PLACEHOLDER, ''))) refuse('has an unmatched brace')
    if (placeholders.length === 0) refuse('needs {slug} or {id} in its path')
    paths[collection] = pattern
  }
  return paths
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
    authAttemptsPerAccountPer15Minutes: parseCount(
      env.AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES,
      'AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES',
      DEFAULT_AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES,
    ),
    resetMailsPerAccountPerHour: parseCount(
      env.RESET_MAILS_PER_ACCOUNT_PER_HOUR,
      'RESET_MAILS_PER_ACCOUNT_PER_HOUR',
      DEFAULT_RESET_MAILS_PER_ACCOUNT_PER_HOUR,
    ),
    graphqlMaxDocuments: parseCount(
      env.GRAPHQL_MAX_DOCUMENTS,
      'GRAPHQL_MAX_DOCUMENTS',
      DEFAULT_GRAPHQL_MAX_DOCUMENTS,
    ),
    publicCacheMaxBytes:
      parseCount(env.PUBLIC_CACHE_MAX_MB, 'PUBLIC_CACHE_MAX_MB', DEFAULT_PUBLIC_CACHE_MAX_MB) *
      1024 *
      1024,
    publicCachePolicy: {
      maxAgeSeconds: parseCount(
        env.CACHE_MAX_AGE_SECONDS,
        'CACHE_MAX_AGE_SECONDS',
        DEFAULT_PUBLIC_CACHE_POLICY.maxAgeSeconds,
        0,
      ),
      sharedMaxAgeSeconds: parseCount(
        env.CACHE_SHARED_MAX_AGE_SECONDS,
        'CACHE_SHARED_MAX_AGE_SECONDS',
        DEFAULT_PUBLIC_CACHE_POLICY.sharedMaxAgeSeconds,
        0,
      ),
      staleWhileRevalidateSeconds: parseCount(
        env.CACHE_STALE_WHILE_REVALIDATE_SECONDS,
        'CACHE_STALE_WHILE_REVALIDATE_SECONDS',
        DEFAULT_PUBLIC_CACHE_POLICY.staleWhileRevalidateSeconds,
        0,
      ),
    },
    publicReadOrigins: parsePublicReadOrigins(env.PUBLIC_READ_ORIGINS),
    mediaDir: path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR?.trim() || 'media'),
    graphqlPersistedQueriesMb: parseCount(
      env.GRAPHQL_PERSISTED_QUERIES_MB,
      'GRAPHQL_PERSISTED_QUERIES_MB',
      DEFAULT_GRAPHQL_PERSISTED_QUERIES_MB,
      0,
    ),
    maxJsonBodyBytes: parseCount(
      env.MAX_JSON_BODY_BYTES,
      'MAX_JSON_BODY_BYTES',
      DEFAULT_MAX_JSON_BODY_BYTES,
    ),
    maxUploadBytes: parseCount(env.MAX_UPLOAD_BYTES, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES),
    frontendOrigin: env.FRONTEND_ORIGIN?.trim()
      ? parseOrigin(env.FRONTEND_ORIGIN.trim(), 'FRONTEND_ORIGIN')
      : '',
    frontendPaths: parseFrontendPaths(env.FRONTEND_PATHS),
  }
}
