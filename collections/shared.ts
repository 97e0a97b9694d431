import type { CollectionConfig, Field } from 'payload'

import { hasRole, isStaff, publishedOrStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { transitionEndpoint, workflowStatusEndpoint } from '../src/endpoints/transition'
import { workflowFields } from '../src/fields/workflow'
import { ignoreDraftsForPublic } from '../src/hooks/ignoreDraftsForPublic'
import { rejectMalformedInput } from '../src/hooks/rejectMalformedInput'
import {
  applyContentEditRules,
  guardReviewedSaves,
  recordVoidedApprovals,
} from '../src/hooks/reviewWorkflowGuard'
import type { WorkflowCollectionSlug } from '../src/workflow/collections'

export const VERSIONS_KEPT_PER_DOCUMENT = 100

/**
 * Every collection refuses malformed API input (paging, filters, data types) with a
 * 400 before its own hooks run or anything reaches the database.
 */
export const withInputChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedInput, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/** Access every collection with rich content shares: writers write, editors also delete. */
export const contentWriteAccess = {
  create: hasRole('admin', 'editor', 'author'),
  update: hasRole('admin', 'editor', 'author'),
  delete: hasRole('admin', 'editor'),
} satisfies CollectionConfig['access']

/**
 * What every collection that goes through review shares: drafts and versions, the review
 * workflow (its fields, the transition endpoint and the guards on ordinary saves), the public
 * seeing published documents only, and capped pages for API clients.
 */
export const reviewedCollection = (
  slug: WorkflowCollectionSlug,
  config: Omit<CollectionConfig, 'slug' | 'fields'> & { fields: Field[] },
): CollectionConfig => ({
  ...config,
  slug,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: {
        ...config.admin?.components?.edit,
        PublishButton: '/src/admin/NoPublishButton#NoPublishButton',
        UnpublishButton: '/src/admin/NoUnpublishButton#NoUnpublishButton',
      },
    },
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    ...contentWriteAccess,
  },
  versions: {
    // Every save by a user is a draft (publishing is a review move), so drafts must validate.
    drafts: { validate: true },
    maxPerDoc: VERSIONS_KEPT_PER_DOCUMENT,
  },
  endpoints: [transitionEndpoint(slug), workflowStatusEndpoint(slug)],
  hooks: {
    beforeOperation: [ignoreDraftsForPublic, capApiPaging, guardReviewedSaves],
    beforeChange: [applyContentEditRules],
    afterChange: [recordVoidedApprovals],
  },
  fields: [...config.fields, ...workflowFields],
})
