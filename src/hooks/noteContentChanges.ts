import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { contentChanges } from '../cache/contentChanges'
import { isPublicChange } from '../workflow/collections'

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
