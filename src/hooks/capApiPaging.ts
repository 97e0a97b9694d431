import type { CollectionBeforeOperationHook } from 'payload'

import { capPaging, type PagingArgs } from '../utilities/queryLimit'

/**
 * REST and GraphQL clients get capped pages. The server's own Local API calls are left alone, and
 * so are the batched reads Payload makes to populate relationships inside an answer (by id, with
 * errors disabled, unpaginated; no client can ask for that): capping those would add a count query
 * per related collection and turn the 101st related document of an answer into a bare id.
 */
export const capApiPaging: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'read' && operation !== 'readDistinct') return args
  const { disableErrors, pagination } = args as { disableErrors?: boolean; pagination?: boolean }
  if (disableErrors === true && pagination === false) return args
  return capPaging(args as typeof args & PagingArgs)
}
