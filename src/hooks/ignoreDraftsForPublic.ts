import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffActor, type Actor } from '../access/roles'

/**
 * The public never sees drafts, so a `draft=true` from an anonymous client is dropped: otherwise
 * Payload would look at the newest (draft) versions, and a published page with a pending edit
 * would vanish from the public list.
 */
export const ignoreDraftsForPublic: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  // Trusted server code (access overridden) reads what it asks for.
  if (operation !== 'read' || overrideAccess || isStaffActor(req.user as Actor | null)) return args
  return { ...args, draft: false }
}
