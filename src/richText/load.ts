/**
 * Loads what rich text refers to (expert quotes with their experts, link targets, images) as the
 * reader: with the request's user, access and draft setting, so an anonymous reader gets only
 * published quotes. Loads go through Payload's per-request DataLoader, which batches them into
 * one query per collection for the whole request, however many documents and nodes ask, and
 * answers a load it has already made from memory.
 */
import { createDataloaderCacheKey, type PayloadRequest, type SelectType } from 'payload'

import { EXPERTS, EXPERT_QUOTES } from '../services/quoteAttribution'
import { readSettings } from '../settings'
import { titleFieldOf } from '../utilities/collectionFields'
import type { FrontendLinks } from './frontendLinks'
import { idOf } from './nodes'
import { refKey, type DocumentRef, type RichTextReferences } from './references'
import {
  attributedExpert,
  expertQuoteView,
  imageView,
  linkTargetView,
  type ExpertQuoteView,
  type ImageView,
  type LinkTargetView,
  type RenderedReferences,
} from './views'

let links: FrontendLinks | undefined
/** FRONTEND_ORIGIN and FRONTEND_PATHS, read once. */
export const frontendLinks = (): FrontendLinks => {
  if (!links) {
    const settings = readSettings()
    links = { origin: settings.frontendOrigin, paths: settings.frontendPaths }
  }
  return links
}

/**
 * The read a rich-text field is rendered for, with its settings exactly as Payload passed them to
 * the field's hook: keys built from them are the keys of Payload's own population in that read.
 */
export interface Reader {
  req: PayloadRequest
  draft?: boolean
  overrideAccess?: boolean
  showHiddenFields?: boolean
  /** The read's depth. */
  depth?: number
  /** How deep the rendered document sits in the read: 1 for the documents asked for. */
  currentDepth?: number
}

type Doc = Record<string, unknown> & { id: string | number }

const load = async (
  reader: Reader,
  collection: string,
  id: string,
  options: { select: SelectType; depth?: number; currentDepth?: number },
): Promise<Doc | null> => {
  const { req } = reader
  const doc = await req.payloadDataLoader.load(
    createDataloaderCacheKey({
      collectionSlug: collection,
      docID: id,
      depth: options.depth ?? 0,
      currentDepth: options.currentDepth ?? 1,
      // Undefined stays undefined, as in Payload's own keys, which these must equal.
      draft: reader.draft as boolean,
      locale: req.locale!,
      fallbackLocale: req.fallbackLocale!,
      overrideAccess: reader.overrideAccess as boolean,
      select: options.select,
      showHiddenFields: reader.showHiddenFields as boolean,
      // As Payload's own population passes it (undefined outside a transaction).
      transactionID: req.transactionID as string | number,
    }),
  )
  return (doc as Doc | null) ?? null
}

/** Loads in parallel; the DataLoader turns same-collection loads into one query. */
const loadEach = async <View>(
  refs: DocumentRef[],
  loadOne: (ref: DocumentRef) => Promise<View | null>,
): Promise<Map<string, View>> => {
  const views = await Promise.all(refs.map(loadOne))
  const loaded = new Map<string, View>()
  refs.forEach((ref, index) => {
    const view = views[index]
    if (view) loaded.set(refKey(ref.collection, ref.id), view)
  })
  return loaded
}

/**
 * A quote with its expert. When the read populates relationships (depth 1 or more), Payload loads
 * every quote the body holds for the body itself: asking with Payload's own key shares that query
 * instead of running another. The expert comes populated at depth 2 and up; below that the
 * quote's attribution names it, and only a quote without one has its expert loaded (as the card a
 * relationship to an expert returns).
 */
const loadQuoteView = async (
  reader: Reader,
  id: string,
  frontend: FrontendLinks,
): Promise<ExpertQuoteView | null> => {
  const { collections } = reader.req.payload
  const depth = reader.depth ?? 0
  const currentDepth = reader.currentDepth ?? 1
  const populated = depth >= currentDepth
  const quote = await load(reader, EXPERT_QUOTES, id, {
    select: collections[EXPERT_QUOTES].config.defaultPopulate as SelectType,
    depth: populated ? depth : 0,
    currentDepth: populated ? currentDepth + 1 : 1,
  })
  if (!quote) return null
  const expertId = typeof quote.expert === 'object' ? null : idOf(quote.expert)
  const expert = expertId
    ? (attributedExpert(quote) ??
      (await load(reader, EXPERTS, expertId, {
        select: collections[EXPERTS].config.defaultPopulate as SelectType,
      })))
    : quote.expert
  return expertQuoteView({ ...quote, expert }, frontend)
}

export const loadRenderedReferences = async (
  reader: Reader,
  references: RichTextReferences,
): Promise<RenderedReferences> => {
  const frontend = frontendLinks()
  const collections = reader.req.payload.collections as Record<
    string,
    (typeof reader.req.payload.collections)[keyof typeof reader.req.payload.collections]
  >
  const [quotes, targets, images] = await Promise.all([
    loadEach<ExpertQuoteView>(
      references.quotes.map((id) => ({ collection: EXPERT_QUOTES, id })),
      ({ id }) => loadQuoteView(reader, id, frontend),
    ),
    // Only collections with a page on the front end can be linked; the rest show their text.
    loadEach<LinkTargetView>(
      references.documents.filter(
        (ref) => frontend.paths[ref.collection] && collections[ref.collection],
      ),
      async ({ collection, id }) => {
        const titleField = titleFieldOf(collections[collection].config)
        const doc = await load(reader, collection, id, {
          select: { slug: true, [titleField]: true },
        })
        return doc && linkTargetView(collection, doc, frontend)
      },
    ),
    loadEach<ImageView>(
      references.uploads.filter((ref) => collections[ref.collection]?.config.upload),
      async ({ collection, id }) => {
        const media = await load(reader, collection, id, {
          select: {
            url: true,
            filename: true,
            mimeType: true,
            alt: true,
            width: true,
            height: true,
            sizes: true,
          },
        })
        return media && imageView(media)
      },
    ),
  ])
  // Quotes are keyed by collection and id like the rest; the converter looks them up by id.
  return {
    quotes: new Map([...quotes].map(([key, view]) => [key.slice(EXPERT_QUOTES.length + 1), view])),
    targets,
    images,
  }
}
