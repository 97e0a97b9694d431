import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasAnyRole, type Actor } from '../access/roles'

export const ONLY_ADMINS_CHANGE_ROLES = 'Only admins can change roles.'

const sameRoles = (a: unknown, b: unknown): boolean => {
  const left = Array.isArray(a) ? [...a].sort() : []
  const right = Array.isArray(b) ? [...b].sort() : []
  return left.length === right.length && left.every((role, index) => role === right[index])
}

/**
 * Only admins change roles; anyone else who sends different roles gets a 403 rather than having
 * them silently dropped. This runs before the operation because field access would strip the
 * value first. The very first account (Payload's first-user screen) becomes an admin.
 */
export const guardUserRoles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (operation === 'create') {
    const existingUsers = await req.payload.count({ collection: 'users', req })
    if (existingUsers.totalDocs === 0) return { ...args, data: { ...data, roles: ['admin'] } }
  }
  const actor = req.user as Actor | null
  if (!actor || hasAnyRole(actor, 'admin') || !data || !('roles' in data)) return args
  const id = (args as { id?: string | number }).id
  if (operation === 'update' && id !== undefined) {
    const current = await req.payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (sameRoles(data.roles, current.roles)) return args
  }
  throw new APIError(ONLY_ADMINS_CHANGE_ROLES, 403, null, true)
}
