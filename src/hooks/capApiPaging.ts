import type { CollectionBeforeOperationHook } from 'payload'

import { capPaging, type PagingArgs } from '../utilities/queryLimit'

/** REST and GraphQL clients get capped pages; the server's own Local API calls are left alone. */
export const capApiPaging: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'read' && operation !== 'readDistinct') return args
  return capPaging(args as typeof args & PagingArgs)
}
