import type { Field } from 'payload'

/**
 * Payload's own `_status` ("Draft" / "Published"), kept out of the list view's column picker and
 * filters of reviewed collections: beside the review state it confused people ("In review" next to
 * "Draft"), and the `publication` field says what is live in the editors' words.
 *
 * Payload adds `_status` to every collection with drafts and merges a field of the same name
 * declared in the collection into it (`mergeBaseFields`, deep merge: arrays are concatenated). So
 * this declares only the admin flags: no options (Payload's two remain, not doubled), Payload's
 * own label, and nothing that changes the stored column, the types or the GraphQL schema.
 */
export const payloadStatusOutOfLists: Field = {
  name: '_status',
  type: 'select',
  options: [],
  label: ({ t }) => t('version:status'),
  admin: { disableListColumn: true, disableListFilter: true },
}
