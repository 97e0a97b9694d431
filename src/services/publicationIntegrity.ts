/**
 * Reference integrity for the review workflow: what keeps a document from going live (it refers
 * to documents anonymous readers cannot see) and what keeps one from going offline (live
 * documents refer to it). Runs through the Local API with the caller's `req`, so it reads inside
 * the caller's transaction, with access overridden: it must see drafts to name them.
 */
import type { PayloadRequest, SanitizedCollectionConfig, SelectType, Where } from 'payload'

import { refKey } from '../richText/references'
import { titleFieldOf } from '../utilities/collectionFields'
import {
  describeDocument,
  shortTitle,
  type BlockerReason,
  type LiveDependent,
  type PublicationBlocker,
} from '../workflow/integrityMessages'
import {
  groupByDocument,
  parseReferenceKey,
  PATH_SEPARATOR,
  referencingFieldNames,
  type ReferenceField,
} from '../workflow/references'
import {
  idCheckOf,
  isReviewed,
  REFERENCE_KEY_PATH,
  REFERENCE_KEYS,
  referencesOf,
  referringCollections,
  storedReferenceKeys,
} from './documentReferences'

export type { LiveDependent, PublicationBlocker }

/** Ids per `id in [...]` query; a reference list longer than this takes one query per chunk. */
export const IDS_PER_QUERY = 500

/**
 * Documents checked beyond the ones a document refers to directly. The direct ones are always
 * all checked; following their own references stops here, so one publish stays a bounded read.
 */
export const MAX_NESTED_CHECKS = 2000

/** Titles returned are cut to this length (a quote's statement can be 10,000 characters). */
export const TITLE_CHARS = 120

/** Live dependents listed per collection unless the caller asks for more. */
export const DEPENDENTS_PER_COLLECTION = 100

type Doc = Record<string, unknown> & { id: string | number }

const collectionConfig = (
  req: PayloadRequest,
  slug: string,
): SanitizedCollectionConfig | undefined =>
  (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
    slug
  ]?.config

const titleOf = (config: SanitizedCollectionConfig, doc: Doc): string | null => {
  const value = doc[titleFieldOf(config)]
  if (typeof value === 'string' && value.trim() !== '') return shortTitle(value, TITLE_CHARS)
  if (typeof value === 'number') return String(value)
  return null
}

const adminPathOf = (req: PayloadRequest, collection: string, id: string): string =>
  `${req.payload.config.routes.admin}/collections/${collection}/${encodeURIComponent(id)}`

const hasReferenceKeys = (config: SanitizedCollectionConfig): boolean =>
  config.flattenedFields.some((field) => field.name === REFERENCE_KEYS)

const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size))
  return out
}

/**
 * The main rows (what anonymous readers get) of these documents, by id: one query per
 * IDS_PER_QUERY ids. Unpaginated with errors off, like Payload's own population reads, so the
 * API's page cap (src/hooks/capApiPaging.ts) leaves it whole when the caller is a REST request.
 */
const readMainRows = async (
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  ids: string[],
  select: SelectType,
): Promise<Map<string, Doc>> => {
  const found = new Map<string, Doc>()
  for (const chunk of chunks(ids, IDS_PER_QUERY)) {
    const { docs } = await req.payload.find({
      collection: config.slug as never,
      where: { id: { in: chunk } },
      select: select as never,
      depth: 0,
      draft: false,
      pagination: false,
      disableErrors: true,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    for (const doc of docs as unknown as Doc[]) found.set(String(doc.id), doc)
  }
  return found
}

/** A document to check: referred to by the working copy, or by a live document that is. */
interface Pending {
  collection: string
  id: string
  /** Where the working copy refers to it; for a nested one, found from its parent's data. */
  path: string
  /** The live document whose stored keys led here (none: the working copy refers to it). */
  parent?: Checked
  /** When it was found: blockers come in document order, then level by level. */
  order: number
}

interface Checked extends Pending {
  title: string | null
}

interface Candidate {
  item: Pending
  reason: BlockerReason
  title: string | null
}

const pathOf = (paths: string[]): string => paths.join(', ')
const docKey = (doc: { collection: string; id: string }) => refKey(doc.collection, doc.id)

/** Reads each document once, one query per collection (and per IDS_PER_QUERY ids). */
const readByCollection = async (
  req: PayloadRequest,
  docs: { collection: string; id: string }[],
  selectFor: (config: SanitizedCollectionConfig) => SelectType,
): Promise<Map<string, Doc>> => {
  const ids = new Map<string, Set<string>>()
  for (const doc of docs)
    ids.set(doc.collection, (ids.get(doc.collection) ?? new Set()).add(doc.id))
  const found = new Map<string, Doc>()
  for (const [slug, set] of ids) {
    const config = collectionConfig(req, slug)
    if (!config) continue
    const rows = await readMainRows(req, config, [...set], selectFor(config))
    for (const [id, row] of rows) found.set(refKey(slug, id), row)
  }
  return found
}

const referencesSelect = (config: SanitizedCollectionConfig): Record<string, true> =>
  Object.fromEntries(
    referencingFieldNames(config.fields as ReferenceField[]).map((name) => [name, true]),
  )

/**
 * Every document the working copy refers to that anonymous readers could not see once it is
 * published: missing (deleted, or an id of nothing) or, in a reviewed collection, not published.
 *
 * The public API populates references up to `maxDepth` levels (payload.config.ts: 4), and
 * GraphQL or `populate` can ask for any field of a populated document, not only its
 * `defaultPopulate`. So the references of live referenced documents are followed too, down to
 * `maxDepth`, through their stored `referenceKeys`: a live article still linking to one that was
 * withdrawn on purpose, or to one deleted, blocks whatever would show it. That costs one small
 * query (id, title, status, keys) per collection per level.
 *
 * Stored keys can outlive a reference: deleting a document makes SQLite clear relationship
 * columns and rows pointing at it, without a save. So a nested blocker counts only once the
 * data of each live document on the way confirms the reference (one query per collection of
 * those documents, only when there are nested blockers); that read also gives the exact path.
 * The document itself and documents already checked are skipped: self-references and cycles end.
 */
export const findPublicationBlockers = async (
  req: PayloadRequest,
  collection: string,
  workingCopy: Record<string, unknown>,
): Promise<PublicationBlocker[]> => {
  const config = collectionConfig(req, collection)
  if (!config) throw new Error(`Unknown collection ${collection}`)
  const isId = idCheckOf(req.payload)
  const selfId =
    workingCopy.id === undefined || workingCopy.id === null ? null : String(workingCopy.id)
  const checked = new Set<string>(selfId ? [refKey(collection, selfId)] : [])
  const candidates: Candidate[] = []

  let found = 0
  let frontier: Pending[] = groupByDocument(referencesOf(config, workingCopy, req)).map((doc) => ({
    collection: doc.collection,
    id: doc.id,
    path: pathOf(doc.paths),
    order: found++,
  }))
  const maxDepth = req.payload.config.maxDepth
  let nestedBudget = MAX_NESTED_CHECKS
  for (let level = 1; level <= maxDepth && frontier.length > 0; level += 1) {
    const pending = frontier.filter((item) => {
      const key = docKey(item)
      if (checked.has(key)) return false
      checked.add(key)
      return true
    })
    const batch = level === 1 ? pending : pending.slice(0, Math.max(nestedBudget, 0))
    if (level > 1) nestedBudget -= batch.length
    const next: Pending[] = []

    const byCollection = new Map<string, Pending[]>()
    for (const item of batch) {
      byCollection.set(item.collection, [...(byCollection.get(item.collection) ?? []), item])
    }
    for (const [slug, items] of byCollection) {
      const target = collectionConfig(req, slug)
      const valid = target ? items.filter((item) => isId(item.id)) : []
      if (valid.length < items.length) {
        const kept = new Set(valid)
        for (const item of items) {
          if (!kept.has(item)) candidates.push({ item, reason: 'missing', title: null })
        }
      }
      if (!target || valid.length === 0) continue

      const reviewed = isReviewed(target)
      const follow = level < maxDepth && hasReferenceKeys(target)
      const select: SelectType = {
        [titleFieldOf(target)]: true,
        ...(reviewed ? { _status: true } : {}),
        ...(follow ? { [REFERENCE_KEYS]: true } : {}),
      }
      const rows = await readMainRows(
        req,
        target,
        valid.map((item) => item.id),
        select,
      )
      for (const item of valid) {
        const row = rows.get(item.id)
        if (!row) {
          candidates.push({ item, reason: 'missing', title: null })
          continue
        }
        const title = titleOf(target, row)
        if (reviewed && row._status !== 'published') {
          candidates.push({ item, reason: 'not_live', title })
          continue
        }
        if (!follow) continue
        const parent: Checked = { ...item, title }
        for (const key of storedReferenceKeys(row)) {
          const ref = parseReferenceKey(key)
          if (ref) next.push({ ...ref, path: '', parent, order: found++ })
        }
      }
    }
    frontier = next
  }
  candidates.sort((a, b) => a.item.order - b.item.order)
  return confirmNested(req, candidates)
}

/**
 * Blockers with their full paths. A nested candidate stays only if every live document between
 * the working copy and it still refers to the next one in its data.
 */
const confirmNested = async (
  req: PayloadRequest,
  candidates: Candidate[],
): Promise<PublicationBlocker[]> => {
  const ancestors = new Map<string, Checked>()
  for (const { item } of candidates) {
    for (let parent = item.parent; parent; parent = parent.parent) {
      ancestors.set(docKey(parent), parent)
    }
  }
  const parentRows =
    ancestors.size > 0
      ? await readByCollection(req, [...ancestors.values()], referencesSelect)
      : new Map<string, Doc>()

  /** Where `item` sits, from the working copy down; null when a link of the chain is stale. */
  const resolved = new Map<Pending, string | null>()
  const fullPath = (item: Pending): string | null => {
    if (!item.parent) return item.path
    if (resolved.has(item)) return resolved.get(item)!
    const parent = item.parent
    const parentPath = fullPath(parent)
    const row = parentRows.get(docKey(parent))
    const parentConfig = collectionConfig(req, parent.collection)
    const paths =
      parentPath !== null && row && parentConfig
        ? referencesOf(parentConfig, row, req)
            .filter((ref) => ref.collection === item.collection && ref.id === item.id)
            .map((ref) => ref.path)
        : []
    const path =
      paths.length === 0
        ? null
        : [parentPath, describeDocument(parent), pathOf([...new Set(paths)])].join(PATH_SEPARATOR)
    resolved.set(item, path)
    return path
  }

  return candidates.flatMap(({ item, reason, title }) => {
    const path = fullPath(item)
    if (path === null) return []
    return [
      {
        collection: item.collection,
        id: item.id,
        title,
        path,
        reason,
        adminPath: adminPathOf(req, item.collection, item.id),
      },
    ]
  })
}

/**
 * The live documents (published main rows, and any expert: experts are public once saved) whose
 * `referenceKeys` include this document, each with where it refers to it. One indexed query per
 * collection that keeps reference keys; at most `limit` documents per collection.
 */
export const findLiveDependents = async (
  req: PayloadRequest,
  collection: string,
  id: string | number,
  options: { limit?: number } = {},
): Promise<LiveDependent[]> => {
  const key = refKey(collection, String(id))
  const limit = options.limit ?? DEPENDENTS_PER_COLLECTION
  const dependents: LiveDependent[] = []
  for (const config of referringCollections(req.payload)) {
    const conditions: Where[] = [{ [REFERENCE_KEY_PATH]: { equals: key } }]
    if (isReviewed(config)) conditions.push({ _status: { equals: 'published' } })
    if (config.slug === collection) conditions.push({ id: { not_equals: id } })
    const select: SelectType = { ...referencesSelect(config), [titleFieldOf(config)]: true }
    const { docs } = await req.payload.find({
      collection: config.slug as never,
      where: { and: conditions },
      select: select as never,
      depth: 0,
      draft: false,
      limit,
      pagination: false,
      disableErrors: true,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    for (const doc of docs as unknown as Doc[]) {
      const paths = referencesOf(config, doc, req)
        .filter((ref) => ref.collection === collection && ref.id === String(id))
        .map((ref) => ref.path)
      // Keys a deletion left behind without a save (see confirmNested) name no dependent.
      if (paths.length === 0) continue
      const docId = String(doc.id)
      dependents.push({
        collection: config.slug,
        id: docId,
        title: titleOf(config, doc),
        path: pathOf([...new Set(paths)]),
        adminPath: adminPathOf(req, config.slug, docId),
      })
    }
  }
  return dependents
}
