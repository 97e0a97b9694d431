/**
 * What the HTML shows of each referenced document, made from the documents the reader was allowed
 * to load. A document that is missing here (unreadable, deleted, unpublished for this reader)
 * renders nothing, or only the link text.
 */
import { frontendUrl, type FrontendLinks } from './frontendLinks'
import { safeHref } from './linkPolicy'

export interface ExpertQuoteView {
  statement: string
  kind: 'direct' | 'paraphrase'
  expertName: string
  expertCredentials: string | null
  /** The expert's page on the front end, if it has one. */
  expertUrl: string | null
}

export interface LinkTargetView {
  url: string
  label: string
}

export interface ImageView {
  src: string
  alt: string
  width: number | null
  height: number | null
  /** `url 400w, url 1024w`: the stored sizes, for the browser to choose from. */
  srcset: string | null
}

/** The loaded documents a rich-text value refers to, ready to render. */
export interface RenderedReferences {
  /** By expert-quote id. */
  quotes: ReadonlyMap<string, ExpertQuoteView>
  /** By `collection:id` (see refKey). */
  targets: ReadonlyMap<string, LinkTargetView>
  /** By `collection:id` (see refKey). */
  images: ReadonlyMap<string, ImageView>
}

export const NO_REFERENCES: RenderedReferences = {
  quotes: new Map(),
  targets: new Map(),
  images: new Map(),
}

type Doc = Record<string, unknown> & { id: string | number }

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

const positive = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null

/**
 * The expert a quote names, as far as rendering needs it, from the attribution the quote carries
 * (src/services/quoteAttribution.ts). Null when the quote names no expert, or carries no name
 * (a quote saved before it had the copy): then the expert itself is loaded.
 */
export const attributedExpert = (quote: Doc): Doc | null => {
  const id = quote.expert
  if (typeof id !== 'string' && typeof id !== 'number') return null
  const attribution = (quote.attribution ?? {}) as Record<string, unknown>
  if (!text(attribution.name)) return null
  return {
    id,
    name: attribution.name,
    credentials: attribution.credentials,
    slug: attribution.slug,
  }
}

/** An expert quote with its expert populated; null without a statement or a named expert. */
export const expertQuoteView = (quote: Doc, links: FrontendLinks): ExpertQuoteView | null => {
  const statement = text(quote.statement)
  const expert = quote.expert as Doc | string | null | undefined
  if (!statement || typeof expert !== 'object' || expert === null) return null
  const expertName = text(expert.name)
  if (!expertName) return null
  return {
    statement,
    kind: quote.kind === 'direct' ? 'direct' : 'paraphrase',
    expertName,
    expertCredentials: text(expert.credentials),
    expertUrl: frontendUrl(links, 'experts', expert),
  }
}

/** A link target: its front-end page and its title or name; null without a page. */
export const linkTargetView = (
  collection: string,
  doc: Doc,
  links: FrontendLinks,
): LinkTargetView | null => {
  const url = frontendUrl(links, collection, doc)
  if (!url) return null
  return { url, label: text(doc.title) ?? text(doc.name) ?? url }
}

/** srcset lists candidates separated by commas and spaces: such URLs cannot be listed. */
const srcsetCandidate = (url: unknown, width: unknown): string | null => {
  const href = safeHref(url)
  const w = positive(width)
  return href && w && !/[\s,]/.test(href) ? `${href} ${w}w` : null
}

/** An uploaded image; null when the upload is not an image or has no usable address. */
export const imageView = (media: Doc): ImageView | null => {
  const src = safeHref(media.url)
  if (!src || !String(media.mimeType ?? '').startsWith('image/')) return null
  const sizes = Object.values((media.sizes as Record<string, Record<string, unknown>>) ?? {})
  const candidates = [
    ...sizes.map((size) => srcsetCandidate(size?.url, size?.width)),
    srcsetCandidate(media.url, media.width),
  ].filter((candidate): candidate is string => candidate !== null)
  return {
    src,
    alt: typeof media.alt === 'string' ? media.alt : '',
    width: positive(media.width),
    height: positive(media.height),
    srcset: candidates.length > 1 ? candidates.join(', ') : null,
  }
}
