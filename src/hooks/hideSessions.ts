import type { CollectionAfterReadHook } from 'payload'

/**
 * Payload keeps login sessions on the user document. Its own auth reads them with access
 * overridden; API responses (access enforced) never carry them.
 */
export const hideSessions: CollectionAfterReadHook = ({ doc, overrideAccess }) => {
  if (overrideAccess || !doc || !('sessions' in doc)) return doc
  const { sessions: _sessions, ...visible } = doc
  return visible
}
