import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When a document was created and last changed are facts the server records: a `createdAt` or
 * `updatedAt` a client sends is dropped, and an update keeps the stored creation time. Payload
 * then stamps both itself.
 */
export const keepServerTimestamps: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  const { createdAt: _clientCreatedAt, updatedAt: _clientUpdatedAt, ...rest } = data
  if (operation === 'update' && originalDoc?.createdAt) rest.createdAt = originalDoc.createdAt
  return rest
}
