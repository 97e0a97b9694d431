import type { Field } from 'payload'

/**
 * The review workflow panel in the edit view's sidebar: state, the user's moves, comment and
 * history. A `ui` field stores nothing; the component calls the workflow endpoints.
 */
export const workflowPanelField: Field = {
  name: 'workflowPanel',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/admin/WorkflowPanel#WorkflowPanel' },
  },
}
