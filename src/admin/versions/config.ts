/**
 * The admin configuration of the workflow-aware history, for every reviewed collection: the
 * versions list with review states and moves, and the document status line without Payload's
 * "Revert to published". Paths are import-map paths (run `npm run generate` after a change).
 */
import type { CollectionConfig } from 'payload'

type CollectionAdmin = NonNullable<CollectionConfig['admin']>
type EditViews = NonNullable<
  NonNullable<NonNullable<CollectionAdmin['components']>['views']>['edit']
>

export const WORKFLOW_VERSIONS_VIEW =
  '/src/admin/versions/WorkflowVersionsView#WorkflowVersionsView'
export const WORKFLOW_DOCUMENT_STATUS = '/src/admin/WorkflowDocumentStatus#WorkflowDocumentStatus'

/** A collection's `admin` with the workflow-aware versions view and status line added. */
export const withWorkflowHistoryAdmin = (admin: CollectionAdmin = {}): CollectionAdmin => ({
  ...admin,
  components: {
    ...admin.components,
    edit: { ...admin.components?.edit, Status: WORKFLOW_DOCUMENT_STATUS },
    views: {
      ...admin.components?.views,
      edit: {
        ...admin.components?.views?.edit,
        versions: { Component: WORKFLOW_VERSIONS_VIEW },
      } as EditViews,
    },
  },
})
