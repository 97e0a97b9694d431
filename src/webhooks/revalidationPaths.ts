/**
 * The front-end paths a webhook asks the receiver to revalidate, from URL patterns per
 * collection. `{slug}` and `{id}` are replaced by the document's slug and id (URL-encoded); a
 * pattern whose placeholder the document lacks is left out (media have no slug).
 *
 * The patterns are a setting (WEBHOOK_REVALIDATE_PATHS, JSON), merged over the defaults per
 * collection: `{"articles": ["/blog/{slug}", "/blog"], "media": []}`.
 *
 * These are the paths of the front end's pages, for webhooks only; links inside rendered HTML are
 * a separate setting.
 */
import {
  isPublicCollection,
  PUBLIC_COLLECTIONS,
  type PublicCollectionSlug,
} from '../workflow/collections'

export type RevalidationPatterns = Readonly<Record<PublicCollectionSlug, readonly string[]>>

/**
 * A page per document and the listing it appears on. Expert quotes appear inside articles and
 * expert pages rather than on pages of their own, and media files are served by the CMS: neither
 * has a path by default, so receivers go by `collection` and `id`.
 */
export const DEFAULT_REVALIDATION_PATTERNS: RevalidationPatterns = {
  articles: ['/articles/{slug}', '/articles'],
  'expert-quotes': [],
  'scar-types': ['/scar-types/{slug}', '/scar-types'],
  treatments: ['/treatments/{slug}', '/treatments'],
  experts: ['/experts/{slug}', '/experts'],
  media: [],
}

export const REVALIDATION_PATTERNS_VARIABLE = 'WEBHOOK_REVALIDATE_PATHS'

const PLACEHOLDER = /\{([^}]*)\}/g
const KNOWN_PLACEHOLDERS = new Set(['slug', 'id'])
const MAX_PATTERN_LENGTH = 300
const MAX_PATTERNS_PER_COLLECTION = 20

/** Why a pattern is unusable, or null when it is fine. */
export const patternProblem = (pattern: unknown): string | null => {
  if (typeof pattern !== 'string') return 'each pattern must be a string'
  if (!pattern.startsWith('/')) return `"${pattern}" must start with "/"`
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `a pattern has at most ${MAX_PATTERN_LENGTH} characters`
  if (/\s/.test(pattern)) return `"${pattern}" must not contain spaces`
  for (const [, name] of pattern.matchAll(PLACEHOLDER)) {
    if (!KNOWN_PLACEHOLDERS.has(name)) {
      return `"${pattern}" uses {${name}}; only {slug} and {id} are known`
    }
  }
  return null
}

/**
 * Reads the setting's JSON text over the defaults. Throws an Error whose message says what is
 * wrong; the caller names the variable.
 */
export const parseRevalidationPatterns = (raw: string | undefined): RevalidationPatterns => {
  if (raw === undefined || raw.trim() === '') return DEFAULT_REVALIDATION_PATTERNS
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new Error('must be a JSON object such as {"articles": ["/articles/{slug}"]}')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('must be a JSON object keyed by collection')
  }
  const patterns: Record<PublicCollectionSlug, readonly string[]> = {
    ...DEFAULT_REVALIDATION_PATTERNS,
  }
  for (const [collection, list] of Object.entries(parsed)) {
    if (!isPublicCollection(collection)) {
      throw new Error(`names "${collection}"; known: ${PUBLIC_COLLECTIONS.join(', ')}`)
    }
    if (!Array.isArray(list) || list.length > MAX_PATTERNS_PER_COLLECTION) {
      throw new Error(
        `"${collection}" must be a list of at most ${MAX_PATTERNS_PER_COLLECTION} patterns`,
      )
    }
    for (const pattern of list) {
      const problem = patternProblem(pattern)
      if (problem) throw new Error(`"${collection}": ${problem}`)
    }
    patterns[collection] = [...new Set(list as string[])]
  }
  return patterns
}

export interface PathSubject {
  id: string
  slug?: string | null
}

/** One pattern filled in for one document, or null when the document lacks a placeholder. */
export const fillPattern = (pattern: string, subject: PathSubject): string | null => {
  let missing = false
  const path = pattern.replace(PLACEHOLDER, (_, name: string) => {
    const value = name === 'slug' ? subject.slug : subject.id
    if (typeof value !== 'string' || value === '') {
      missing = true
      return ''
    }
    return encodeURIComponent(value)
  })
  return missing ? null : path
}

/**
 * The paths to revalidate for a change that concerns these versions of one document (e.g. the
 * newly published one and the one that was public before, when the slug changed), without
 * duplicates, in pattern order.
 */
export const revalidationPaths = (
  patterns: RevalidationPatterns,
  collection: PublicCollectionSlug,
  subjects: readonly PathSubject[],
): string[] => {
  const paths = new Set<string>()
  for (const pattern of patterns[collection] ?? []) {
    for (const subject of subjects) {
      const path = fillPattern(pattern, subject)
      if (path !== null) paths.add(path)
    }
  }
  return [...paths]
}
