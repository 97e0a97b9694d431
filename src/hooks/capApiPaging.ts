import type { CollectionBeforeOperationHook } from 'payload'

import { capPaging, type PagingArgs } from '../utilities/queryLimit'

/**
 * REST and GraphQL clients get capped pages. The server's own reads are left alone, which no
 * client can ask for: Local API calls; reads with access overridden that the server makes inside
 * a client's request (the webhook endpoints a move announces to, say); and the batched reads
 * Payload makes to populate relationships inside an answer (by id, with errors disabled,
 * unpaginated). Capping those would add a count query each and turn the 101st related document
 * of an answer into a bare id.
 */
export const capApiPaging: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation !== 'read' && operation !== 'readDistinct') return args
  const { disableErrors, overrideAccess, pagination } = args as {
    disableErrors?: boolean
    overrideAccess?: boolean
    pagination?: boolean
  }
  if (overrideAccess === true) return args
  if (disableErrors === true && pagination === false) return args
  return capPaging(args as typeof args & PagingArgs)
}
