import type { CollectionConfig, Field } from 'payload'

import { authorsOwnOrEditors, hasRole, isStaff, publishedOrStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { transitionEndpoint, workflowStatusEndpoint } from '../src/endpoints/transition'
import { workflowFields } from '../src/fields/workflow'
import { payloadStatusOutOfLists } from '../src/fields/payloadStatus'
import { withWorkflowHistoryAdmin } from '../src/admin/versions/config'
import { announcePublicDeletion } from '../src/hooks/announceContentChanges'
import { ignoreDraftsForPublic } from '../src/hooks/ignoreDraftsForPublic'
import {
  applyContentEditRules,
  guardReviewedSaves,
  recordStateChangingEdits,
} from '../src/hooks/reviewWorkflowGuard'
import type { WorkflowCollectionSlug } from '../src/workflow/collections'

export const VERSIONS_KEPT_PER_DOCUMENT = 100

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
  admin: withWorkflowHistoryAdmin({
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: {
        ...config.admin?.components?.edit,
        PublishButton: '/src/admin/NoPublishButton#NoPublishButton',
        UnpublishButton: '/src/admin/NoUnpublishButton#NoUnpublishButton',
      },
    },
  }),
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    ...contentWriteAccess,
    // An author edits only what they author, so one author cannot take over another's work.
    update: authorsOwnOrEditors(slug),
  },
  versions: {
    // Every save by a user is a draft (publishing is a review move), so drafts must validate.
    drafts: { validate: true },
    maxPerDoc: VERSIONS_KEPT_PER_DOCUMENT,
  },
  // The public list: published documents, newest first. Without this SQLite reads and sorts every
  // published row to return a page of ten.
  indexes: [{ fields: ['_status', 'createdAt'] }, ...(config.indexes ?? [])],
  endpoints: [transitionEndpoint(slug), workflowStatusEndpoint(slug)],
  hooks: {
    ...config.hooks,
    beforeOperation: [ignoreDraftsForPublic, capApiPaging, guardReviewedSaves],
    beforeChange: [applyContentEditRules, ...(config.hooks?.beforeChange ?? [])],
    afterChange: [recordStateChangingEdits],
    // Publish and withdraw are announced by the transition service; deletion here.
    afterDelete: [announcePublicDeletion],
  },
  fields: [...config.fields, ...workflowFields, payloadStatusOutOfLists],
})
