import type { CollectionConfig } from 'payload'

import { hasRole, isStaff, publishedOrStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { ignoreDraftsForPublic } from '../src/hooks/ignoreDraftsForPublic'

export const VERSIONS_KEPT_PER_DOCUMENT = 100

/** Access every collection with rich content shares: writers write, editors also delete. */
export const contentWriteAccess = {
  create: hasRole('admin', 'editor', 'author'),
  update: hasRole('admin', 'editor', 'author'),
  delete: hasRole('admin', 'editor'),
} satisfies CollectionConfig['access']

/**
 * The settings shared by the collections that go through review: drafts and versions, the public
 * sees published documents only, and API clients get capped pages.
 */
export const reviewedContent = {
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    ...contentWriteAccess,
  },
  versions: {
    drafts: true,
    maxPerDoc: VERSIONS_KEPT_PER_DOCUMENT,
  },
  hooks: {
    beforeOperation: [ignoreDraftsForPublic, capApiPaging],
  },
} satisfies Partial<CollectionConfig>
