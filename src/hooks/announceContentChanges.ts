import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { announceChange } from '../services/webhookAnnouncements'
import { isPublicChange, isPublicCollection } from '../workflow/collections'

const slugOf = (doc: Record<string, unknown> | null | undefined): string | null =>
  typeof doc?.slug === 'string' && doc.slug !== '' ? doc.slug : null

/**
 * Experts and media are public as soon as they are saved (no review): a new one is `published`,
 * an edit `updated` (with the old slug's paths too when it changed). Queued in the save's
 * transaction.
 */
export const announcePublicSave: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (!isPublicCollection(collection.slug)) return doc
  const id = String(doc.id)
  const slug = slugOf(doc)
  const subjects = [{ id, slug }]
  const previousSlug = slugOf(previousDoc)
  if (operation === 'update' && previousSlug && previousSlug !== slug) {
    subjects.push({ id, slug: previousSlug })
  }
  await announceChange(req, {
    event: operation === 'create' ? 'published' : 'updated',
    collection: collection.slug,
    id,
    slug,
    subjects,
  })
  return doc
}

/**
 * A deleted document that the public could read: always for experts and media, and for reviewed
 * content when its live version was published. Queued in the delete's transaction.
 */
export const announcePublicDeletion: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  id,
  req,
}) => {
  if (!isPublicCollection(collection.slug)) return doc
  if (!isPublicChange(collection, doc)) return doc
  const slug = slugOf(doc)
  await announceChange(req, {
    event: 'deleted',
    collection: collection.slug,
    id: String(id),
    slug,
    subjects: [{ id: String(id), slug }],
  })
  return doc
}
