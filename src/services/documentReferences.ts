/**
 * The Payload side of src/workflow/references.ts: the walk gets a collection's sanitized fields,
 * the public collections, and what Lexical keeps inside each rich-text node (the fields of the
 * field's own editor, so a block or link field added later is read too).
 */
import { randomUUID } from 'node:crypto'

import type { Field, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { idFormatFor } from '../input/documentData'
import type { RichTextNode } from '../richText/nodes'
import { isPublicCollection, type PublicCollectionSlug } from '../workflow/collections'
import {
  listReferences,
  mayReferToDocuments,
  referenceKeysOf,
  type NodeFields,
  type Reference,
  type ReferenceField,
  type ReferenceRules,
} from '../workflow/references'

/** The hidden array field holding `{ key: 'collection:id' }` per document a document refers to. */
export const REFERENCE_KEYS = 'referenceKeys'
export const REFERENCE_KEY = 'key'
/** The query path of one key: `where: { [REFERENCE_KEY_PATH]: { equals: 'articles:…' } }`. */
export const REFERENCE_KEY_PATH = `${REFERENCE_KEYS}.${REFERENCE_KEY}`

/** The keys as stored (`[{ key }]`), as a list of strings. */
export const storedReferenceKeys = (doc: Record<string, unknown>): string[] => {
  const rows = doc[REFERENCE_KEYS]
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row) => {
    const key = (row as Record<string, unknown> | null)?.[REFERENCE_KEY]
    return typeof key === 'string' ? [key] : []
  })
}

type SubFieldsArgs = { node: RichTextNode; req?: PayloadRequest }

/** The part of a sanitized Lexical adapter that says which fields a node type holds. */
interface LexicalFeatures {
  getSubFields?: Map<string, (args: SubFieldsArgs) => Field[] | null | undefined>
  getSubFieldsData?: Map<string, (args: SubFieldsArgs) => unknown>
}

const featuresOf = (field: ReferenceField): LexicalFeatures | undefined =>
  (field as { editor?: { editorConfig?: { features?: LexicalFeatures } } }).editor?.editorConfig
    ?.features

/** Lexical's own answer to "which fields does this node hold": blocks, links, upload extras. */
const lexicalNodeFields =
  (req?: PayloadRequest): NodeFields =>
  (field, node) => {
    const features = featuresOf(field)
    const type = typeof node.type === 'string' ? node.type : ''
    const subFields = features?.getSubFields?.get(type)
    if (!subFields) return null
    try {
      const fields = subFields({ node, req })
      if (!Array.isArray(fields) || fields.length === 0) return null
      const data = features?.getSubFieldsData?.get(type)?.({ node, req }) ?? node.fields
      return { fields: fields as ReferenceField[], data }
    } catch {
      // A node whose shape the feature cannot read (a block without fields) holds nothing to follow.
      return null
    }
  }

export const referenceRules = (req?: PayloadRequest): ReferenceRules => ({
  isShown: isPublicCollection,
  nodeFields: lexicalNodeFields(req),
})

/** Every reference the document's data holds to a document the public API shows. */
export const referencesOf = (
  config: Pick<SanitizedCollectionConfig, 'fields'>,
  data: unknown,
  req?: PayloadRequest,
): Reference[] => listReferences(config.fields as ReferenceField[], data, referenceRules(req))

/**
 * The `referenceKeys` value for a document's data, ready to store, with row ids of its own so it
 * can also be written past Payload's hooks (`payload.db.updateOne`), which fill no defaults.
 */
export const referenceKeysValue = (
  payload: Payload,
  config: Pick<SanitizedCollectionConfig, 'fields'>,
  data: unknown,
  req?: PayloadRequest,
): { id: string; key: string }[] =>
  referenceKeysOf(referencesOf(config, data, req), idCheckOf(payload)).map((key) => ({
    id: randomUUID(),
    [REFERENCE_KEY]: key,
  }))

/** Collections that keep reference keys: the public ones whose fields can refer to documents. */
export const keepsReferenceKeys = (config: { slug: string; fields: unknown[] }): boolean =>
  isPublicCollection(config.slug) && mayReferToDocuments(config.fields as ReferenceField[])

/** The collections of this Payload that keep reference keys, in config order. */
export const referringCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter(
    (config) =>
      keepsReferenceKeys(config) &&
      config.fields.some((field) => 'name' in field && field.name === REFERENCE_KEYS),
  )

/** Whether a string can be an id of this database (UUIDs on SQLite, ObjectIds on MongoDB). */
export const idCheckOf = (payload: Payload): ((id: string) => boolean) =>
  idFormatFor(payload.db.name).test

/** True when the collection has drafts: only its published main rows are live. */
export const isReviewed = (config: Pick<SanitizedCollectionConfig, 'versions'>): boolean =>
  Boolean(config.versions && config.versions.drafts)

export type { PublicCollectionSlug }
