/**
 * The `attribution` a quote carries (see src/services/quoteAttribution.ts) and the hooks that
 * keep it equal to its expert's name, credentials and slug.
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  Field,
  FieldAccess,
} from 'payload'

import {
  ATTRIBUTION,
  attributionChanged,
  attributionOf,
  NO_ATTRIBUTION,
  readAttribution,
  rewriteAttributions,
} from '../services/quoteAttribution'

const serverOnly: FieldAccess = () => false

/**
 * Read by everyone who may read the quote (it is what the quote shows anyway), written only by
 * the server: whatever a client sends is dropped before the save sets it. Not in the edit form:
 * the expert field is what editors choose.
 */
export const attributionField: Field = {
  name: ATTRIBUTION,
  type: 'group',
  access: { create: serverOnly, update: serverOnly },
  admin: {
    hidden: true,
    description: 'The expert’s name, credentials and slug, as the expert field names them now.',
  },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'credentials', type: 'text' },
    { name: 'slug', type: 'text' },
  ],
}

/** Every save of a quote takes the attribution from the expert it names. */
export const fillAttribution: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const expert = 'expert' in data || operation === 'create' ? data.expert : originalDoc?.expert
  return { ...data, [ATTRIBUTION]: await readAttribution(req, expert) }
}

/** An expert's new name, credentials or slug reaches its quotes in the same transaction. */
export const rewriteAttributionsOnExpertChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && attributionChanged(previousDoc, doc)) {
    await rewriteAttributions(req, doc.id, attributionOf(doc))
  }
  return doc
}

/**
 * A deleted expert's quotes keep no copy of who they were by. Before the delete, in its
 * transaction: on SQLite the delete itself empties the quotes' expert field, after which they
 * could no longer be found by it.
 */
export const clearAttributionsOnExpertDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await rewriteAttributions(req, id, NO_ATTRIBUTION)
}
