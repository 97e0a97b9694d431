import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { contentChanges } from '../cache/contentChanges'

type Doc = Record<string, unknown> | undefined | null

/**
 * True when anonymous readers could see the difference: the document is or was published, or
 * its collection has no review (experts, media), so every saved version is public.
 */
const isPublicChange = (collection: SanitizedCollectionConfig, ...docs: Doc[]): boolean =>
  !collection.versions?.drafts || docs.some((doc) => doc?._status === 'published')

const note = async (req: PayloadRequest) => {
  const transaction = await req.transactionID
  contentChanges().changed(transaction ?? null)
}

/** Tells the published-content cache about a saved change the public could see. */
export const noteSavedContentChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (isPublicChange(collection, doc, previousDoc)) await note(req)
  return doc
}

/** Tells the published-content cache about a deleted document the public could see. */
export const noteDeletedContent: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isPublicChange(collection, doc)) await note(req)
  return doc
}
