import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { contentChanges } from '../cache/contentChanges'
import { writeSharedGeneration } from '../cache/sharedGeneration'
import { isPublicChange } from '../workflow/collections'

/**
 * Tells the published-content caches that public content changed in `req`'s transaction: this
 * process's at once, every process's (through the database) when the transaction commits.
 */
export const noteLiveContentChange = async (req: PayloadRequest): Promise<void> => {
  const transaction = await req.transactionID
  // One new token per transaction is enough: it becomes visible with the whole commit.
  if (contentChanges().changed(transaction ?? null)) await writeSharedGeneration(req)
}

/** Tells the published-content cache about a saved change the public could see. */
export const noteSavedContentChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (isPublicChange(collection, doc, previousDoc)) await noteLiveContentChange(req)
  return doc
}

/** Tells the published-content cache about a deleted document the public could see. */
export const noteDeletedContent: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isPublicChange(collection, doc)) await noteLiveContentChange(req)
  return doc
}
