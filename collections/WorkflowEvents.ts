import { APIError, type CollectionConfig } from 'payload'

import { isStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import {
  PUBLICATION_OPTIONS,
  REVIEW_STATE_OPTIONS,
  WORKFLOW_COLLECTION_OPTIONS,
} from '../src/fields/workflow'
import { TRAIL_ACTIONS } from '../src/workflow/transitions'

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
  indexes: [{ fields: ['collection', 'documentId', 'sequence'], unique: true }],
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: WORKFLOW_COLLECTION_OPTIONS,
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'from', type: 'select', options: REVIEW_STATE_OPTIONS, required: true },
    { name: 'to', type: 'select', options: REVIEW_STATE_OPTIONS, required: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: TRAIL_ACTIONS.map((action) => ({
        label: action,
        value: action,
      })),
    },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea' },
    {
      name: 'publication',
      type: 'select',
      options: PUBLICATION_OPTIONS,
      admin: { description: 'Whether the document was live after this event.' },
    },
    {
      // The document's workflow revision after this event: 1, 2, 3... One event per revision
      // (a unique index), so two moves that both read revision N cannot both be recorded.
      name: 'sequence',
      type: 'number',
      admin: { description: "The number of this event in the document's trail." },
    },
    {
      name: 'version',
      type: 'text',
      admin: { description: 'The id of the document version the move applies to.' },
    },
  ],
}
