/**
 * Which link targets rich-text HTML may carry: web pages (`http:`, `https:`), e-mail (`mailto:`)
 * and relative addresses (`/path`, `page`, `?query`, `#fragment`). Anything else (`javascript:`,
 * `data:`, `vbscript:`, unknown schemes) is refused and the link text is shown without a link.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto'])

/** A URL's scheme as browsers read it: letters, digits, `+`, `-`, `.`, then a colon. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

/**
 * Browsers delete tabs and newlines inside a URL before reading it, so `java\tscript:` would run
 * as `javascript:`; any control character makes the address unusable.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/** The address to put in `href` (not yet HTML-escaped), or null when it may not be linked. */
export const safeHref = (raw: unknown): string | null => {
  if (typeof raw !== 'string') return null
  const url = raw.trim()
  if (url === '' || CONTROL_CHARACTERS.test(url)) return null
  const scheme = SCHEME.exec(url)
  if (!scheme) return url
  return ALLOWED_SCHEMES.has(scheme[1].toLowerCase()) ? url : null
}
