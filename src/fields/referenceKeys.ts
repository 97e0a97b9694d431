/**
 * `referenceKeys`: every document a document refers to, as rows `{ key: 'collection:id' }`,
 * kept up to date on each save. It turns "which live documents refer to X" into one indexed
 * equality query on SQLite (its own indexed table) and MongoDB (a multikey index) alike, instead
 * of searching rich-text JSON with LIKE.
 *
 * The field is `hidden`, Payload's own switch for stored data no client should get: its value is
 * stripped from every read (REST, GraphQL, where the schema lists it but it is always null, and
 * the Local API unless `showHiddenFields`), it is not in the admin panel, and Payload refuses it
 * in a client's `where` (only server code with access overridden may query it). It is derived
 * data no role needs to see; field read access would be evaluated on every document read and
 * still let staff query it.
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Field,
} from 'payload'

import {
  keepsReferenceKeys,
  REFERENCE_KEY,
  REFERENCE_KEYS,
  referenceKeysValue,
} from '../services/documentReferences'
import { MAX_REFERENCED_DOCUMENTS } from '../workflow/references'

export { REFERENCE_KEY, REFERENCE_KEYS }

/**
 * An array of `{ key }` rather than a hasMany text field: on SQLite both live in a table of their
 * own, but Payload indexes a hasMany text table by (order, parent) only, so every read of a
 * document scanned the whole table for its keys (a public list of 10 articles went from 26 to
 * 151 ms with 60,000 keys stored). Array tables are indexed by parent, and `key` by value.
 */
export const referenceKeysField: Field = {
  name: REFERENCE_KEYS,
  type: 'array',
  hidden: true,
  fields: [
    // A collection slug, a colon and a UUID or ObjectId.
    { name: REFERENCE_KEY, type: 'text', required: true, index: true, maxLength: 200 },
  ],
}

type Data = Record<string, unknown>

/**
 * Sets `referenceKeys` from the document as it will be saved: the data of a partial update laid
 * over the stored document. Whatever a client sent for the field is replaced.
 */
export const fillReferenceKeys: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const next: Data = operation === 'update' && originalDoc ? { ...originalDoc, ...data } : data
  const rows = referenceKeysValue(req.payload, collection, next, req)
  if (rows.length > MAX_REFERENCED_DOCUMENTS) {
    throw new APIError(
      `This document refers to ${rows.length.toLocaleString('en')} documents; at most ${MAX_REFERENCED_DOCUMENTS.toLocaleString('en')} are allowed.`,
      400,
      null,
      true,
    )
  }
  return { ...data, [REFERENCE_KEYS]: rows }
}

/**
 * Gives a public collection that can refer to documents the `referenceKeys` field and the hook
 * that fills it (last among its beforeChange hooks, so it sees the data as saved). Other
 * collections are returned unchanged.
 */
export const withReferenceKeys = (collection: CollectionConfig): CollectionConfig => {
  if (!keepsReferenceKeys(collection)) return collection
  return {
    ...collection,
    fields: [...collection.fields, referenceKeysField],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), fillReferenceKeys],
    },
  }
}
