import { APIError, type CollectionConfig } from 'payload'

import { isStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { WORKFLOW_COLLECTIONS } from '../src/workflow/collections'
import { REVIEW_STATE_OPTIONS } from '../src/fields/workflow'
import { WORKFLOW_ACTIONS } from '../src/workflow/transitions'

export const VOIDED_APPROVAL_ACTION = 'voidApproval'

const refuseChanges: CollectionConfig['hooks'] = {
  beforeOperation: [
    ({ args, operation }) => {
      if (operation === 'update' || operation === 'delete') {
        throw new APIError(
          'Workflow events are append-only: they cannot be changed or deleted.',
          403,
          null,
          true,
        )
      }
      return args
    },
    capApiPaging,
  ],
}

/** The audit trail: one event per review move and per approval voided by an edit. */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  labels: { singular: 'Workflow event', plural: 'Workflow events' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'collection', 'documentId', 'from', 'to', 'actor', 'comment'],
    group: 'Admin',
    description: 'Every review move, in order. Nobody can change or delete an entry.',
  },
  access: {
    read: isStaff,
    // Written by the transition service only (with access overridden).
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: refuseChanges,
  disableDuplicate: true,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: WORKFLOW_COLLECTIONS.map((slug) => ({ label: slug, value: slug })),
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'from', type: 'select', options: REVIEW_STATE_OPTIONS, required: true },
    { name: 'to', type: 'select', options: REVIEW_STATE_OPTIONS, required: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [...WORKFLOW_ACTIONS, VOIDED_APPROVAL_ACTION].map((action) => ({
        label: action,
        value: action,
      })),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea' },
    {
      name: 'version',
      type: 'text',
      admin: { description: 'The id of the document version the move applies to.' },
    },
  ],
}
