import type { Field, FieldAccess } from 'payload'

import { hasAnyRole, isStaffField, type Actor } from '../access'
import { WORKFLOW_COLLECTIONS } from '../workflow/collections'
import {
  PUBLICATION_LABELS,
  PUBLICATIONS,
  REVIEW_STATE_LABELS,
  REVIEW_STATES,
} from '../workflow/states'
import { workflowPanelField } from './workflowPanel'

export const REVIEW_STATE_OPTIONS = REVIEW_STATES.map((value) => ({
  label: REVIEW_STATE_LABELS[value],
  value,
}))

/** The reviewed collections as select options, for records that name one (trail, flags). */
export const WORKFLOW_COLLECTION_OPTIONS = WORKFLOW_COLLECTIONS.map((slug) => ({
  label: slug,
  value: slug,
}))

export const PUBLICATION_OPTIONS = PUBLICATIONS.map((value) => ({
  label: PUBLICATION_LABELS[value],
  value,
}))

const editorsAndAdmins: FieldAccess = ({ req }) =>
  hasAnyRole(req.user as Actor | null, 'editor', 'admin')

const resetOnDuplicate = () => null

const systemUserField = (name: string, label: string): Field => ({
  name,
  label,
  type: 'relationship',
  relationTo: 'users',
  access: { read: isStaffField },
  hooks: { beforeDuplicate: [resetOnDuplicate] },
  admin: { position: 'sidebar', readOnly: true },
})

const systemDateField = (name: string, label: string): Field => ({
  name,
  label,
  type: 'date',
  access: { read: isStaffField },
  hooks: { beforeDuplicate: [resetOnDuplicate] },
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})

/**
 * The review workflow's fields. Only the transition service writes the state and the
 * bookkeeping below it; a value a client sends for them is refused (state) or ignored (the rest).
 */
export const workflowFields: Field[] = [
  workflowPanelField,
  {
    name: 'reviewState',
    label: 'Review state',
    type: 'select',
    options: REVIEW_STATE_OPTIONS,
    defaultValue: 'draft',
    index: true,
    hooks: { beforeDuplicate: [() => 'draft'] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Where the working copy is in review. Changes only through the workflow.',
      components: { Cell: '/src/admin/ReviewStateCell#ReviewStateCell' },
    },
  },
  {
    // Kept equal on the document and its newest version, so lists, filters and queries agree
    // with or without `draft`, and "Live" counts are what anonymous readers get.
    name: 'publication',
    label: 'Publication',
    type: 'select',
    options: PUBLICATION_OPTIONS,
    defaultValue: 'offline',
    index: true,
    hooks: { beforeDuplicate: [() => 'offline'] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Whether anonymous readers get this document (its published version).',
      components: { Cell: '/src/admin/PublicationCell#PublicationCell' },
    },
  },
  {
    // The compare-and-set counter: a move writes only if nobody moved the document since it
    // was read, across processes and servers (one conditional write in the database).
    name: 'workflowRevision',
    type: 'number',
    defaultValue: 0,
    access: { read: isStaffField },
    hooks: { beforeDuplicate: [() => 0] },
    admin: { hidden: true },
  },
  {
    name: 'assignedReviewers',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    filterOptions: { roles: { in: ['reviewer'] } },
    access: { read: isStaffField, create: editorsAndAdmins, update: editorsAndAdmins },
    admin: {
      position: 'sidebar',
      description: 'Reviewers asked to check this document (editors and admins assign).',
    },
  },
  systemUserField('createdBy', 'Created by'),
  systemUserField('lastEditedBy', 'Last edited by'),
  systemUserField('approvedBy', 'Approved by'),
  systemDateField('approvedAt', 'Approved at'),
  systemUserField('reviewedBy', 'Reviewed by'),
  systemDateField('lastReviewedAt', 'Last reviewed at'),
  {
    ...systemUserField('editedSinceApprovalBy', 'Edited since last approval by'),
    hasMany: true,
    hooks: { beforeDuplicate: [() => []] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'None of these people may approve the current draft.',
    },
  } as Field,
  {
    // Virtual: lets REST and GraphQL clients say which version they edited (optimistic locking).
    name: 'expectedUpdatedAt',
    type: 'text',
    virtual: true,
    access: { read: () => false },
    admin: { hidden: true },
  },
]
