/**
 * The admin configuration of the workflow-aware history, for every reviewed collection: the
 * versions list with review states and moves, and the document status without Payload's
 * "Revert to published". Paths are import-map paths (run `npm run generate` after a change).
 */
import type { CollectionConfig } from 'payload'

type AdminComponents = NonNullable<NonNullable<CollectionConfig['admin']>['components']>

export const workflowHistoryAdmin = {
  /** Goes into `admin.components.edit`. */
  edit: {
    Status: '/src/admin/WorkflowDocumentStatus#WorkflowDocumentStatus',
  },
  /** Goes into `admin.components.views.edit`. */
  viewsEdit: {
    versions: { Component: '/src/admin/versions/WorkflowVersionsView#WorkflowVersionsView' },
  },
} satisfies {
  edit: NonNullable<AdminComponents['edit']>
  viewsEdit: NonNullable<NonNullable<AdminComponents['views']>['edit']>
}
