import type { FrontendPaths } from '../settings'

/** Where the front end shows documents: its origin ('' for root-relative) and a path per collection. */
export interface FrontendLinks {
  origin: string
  paths: FrontendPaths
}

/** What a document needs for its front-end address. */
export interface LinkableDocument {
  id: string | number
  slug?: unknown
}

/**
 * The front end's address of a document, or null when its collection has no page there or the
 * pattern needs a slug the document lacks. Slug and id are URL-encoded into the path.
 */
export const frontendUrl = (
  links: FrontendLinks,
  collection: string,
  doc: LinkableDocument,
): string | null => {
  const pattern = links.paths[collection]
  if (!pattern) return null
  let missing = false
  const path = pattern.replace(/\{(slug|id)\}/g, (_, name: 'slug' | 'id') => {
    const value = name === 'slug' ? doc.slug : doc.id
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
      missing = true
      return ''
    }
    return encodeURIComponent(String(value))
  })
  return missing ? null : `${links.origin}${path}`
}
