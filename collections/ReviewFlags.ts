import { type CollectionConfig } from 'payload'

import { hasRole, isStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { WORKFLOW_COLLECTION_OPTIONS } from '../src/fields/workflow'

/**
 * Live documents that need another look because something they refer to was withdrawn on
 * purpose: the editorial queue lists the open ones. Written by the workflow only; editors and
 * admins mark a flag resolved, and the document's next publish or withdrawal resolves it too.
 */
export const ReviewFlags: CollectionConfig = {
  slug: 'review-flags',
  labels: { singular: 'Review flag', plural: 'Review flags' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'reason', 'resolved', 'createdAt'],
    group: 'Admin',
    description: 'Live documents flagged for review when something they refer to was withdrawn.',
  },
  access: {
    read: isStaff,
    create: () => false,
    update: hasRole('editor', 'admin'),
    delete: () => false,
  },
  hooks: { beforeOperation: [capApiPaging] },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      index: true,
      options: WORKFLOW_COLLECTION_OPTIONS,
      access: { update: () => false },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      access: { update: () => false },
    },
    { name: 'title', type: 'text', access: { update: () => false } },
    { name: 'reason', type: 'textarea', required: true, access: { update: () => false } },
    { name: 'resolved', type: 'checkbox', defaultValue: false, index: true },
  ],
}
