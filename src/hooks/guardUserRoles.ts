import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasAnyRole, type Actor } from '../access/roles'

const sameRoles = (a: unknown, b: unknown): boolean => {
  const left = Array.isArray(a) ? [...a].sort() : []
  const right = Array.isArray(b) ? [...b].sort() : []
  return left.length === right.length && left.every((role, index) => role === right[index])
}

/**
 * Only admins change roles. The very first account (created through Payload's first-user
 * screen, when there is no user yet) becomes an admin so someone can manage the rest.
 */
export const guardUserRoles: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    const existingUsers = await req.payload.count({ collection: 'users', req })
    if (existingUsers.totalDocs === 0) return { ...data, roles: ['admin'] }
  }
  const actor = req.user as Actor | null
  if (!actor || hasAnyRole(actor, 'admin')) return data
  const rolesChanged =
    operation === 'create' ? true : 'roles' in data && !sameRoles(data.roles, originalDoc?.roles)
  if (rolesChanged) throw new APIError('Only admins can change roles.', 403, null, true)
  return data
}
