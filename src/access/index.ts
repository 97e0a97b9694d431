import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { hasAnyRole, isStaffActor, type Actor, type Role } from './roles'

export * from './roles'

const actorOf = (user: unknown): Actor | null => (user as Actor | null) ?? null

export const anyone: Access = () => true

export const isStaff = ({ req }: { req: PayloadRequest }): boolean =>
  isStaffActor(actorOf(req.user))

export const isStaffField: FieldAccess = ({ req }) => isStaffActor(actorOf(req.user))

export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasAnyRole(actorOf(req.user), ...roles)

export const isAdmin: Access = hasRole('admin')

export const isAdminField: FieldAccess = ({ req }) => hasAnyRole(actorOf(req.user), 'admin')

export const PUBLISHED_ONLY: Where = { _status: { equals: 'published' } }

/** Staff read everything; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  isStaffActor(actorOf(req.user)) ? true : PUBLISHED_ONLY

/** Admins reach every user; everyone else only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  const actor = actorOf(req.user)
  if (!actor) return false
  if (hasAnyRole(actor, 'admin')) return true
  return { id: { equals: actor.id } }
}

/** Editors and admins decide who a document's authors are; authors cannot add or remove anyone. */
export const isEditorOrAdminField: FieldAccess = ({ req }) =>
  hasAnyRole(actorOf(req.user), 'editor', 'admin')

/**
 * The documents an author may edit: the ones they created and, for articles, the ones that list
 * them among their authors.
 */
export const authoredBy = (collection: string, userId: string): Where => {
  const created: Where = { createdBy: { equals: userId } }
  if (collection !== 'articles') return created
  return { or: [created, { authors: { in: [userId] } }] }
}

/** Editors and admins update any document; authors only the ones they author. */
export const authorsOwnOrEditors =
  (collection: string): Access =>
  ({ req }) => {
    const actor = actorOf(req.user)
    if (hasAnyRole(actor, 'editor', 'admin')) return true
    if (!actor || !hasAnyRole(actor, 'author')) return false
    return authoredBy(collection, String(actor.id))
  }
