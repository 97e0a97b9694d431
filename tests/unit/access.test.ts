import type { PayloadRequest } from 'payload'

import {
  adminOrSelf,
  anyone,
  authorsOwnOrEditors,
  isEditorOrAdminField,
  hasAnyRole,
  hasRole,
  isAdmin,
  isAdminField,
  isRole,
  isStaff,
  isStaffActor,
  isStaffField,
  PUBLISHED_ONLY,
  publishedOrStaff,
  ROLES,
  type Actor,
} from '../../src/access'

const USERS = {
  admin: { id: 'u-admin', roles: ['admin'] },
  editor: { id: 'u-editor', roles: ['editor'] },
  reviewer: { id: 'u-reviewer', roles: ['reviewer'] },
  author: { id: 'u-author', roles: ['author'] },
  editorAndReviewer: { id: 'u-both', roles: ['reviewer', 'editor'] },
  noRoles: { id: 'u-none', roles: [] },
  nullRoles: { id: 'u-null', roles: null },
  unknownRole: { id: 'u-unknown', roles: ['superuser', 'ADMIN'] },
  anonymous: null,
} satisfies Record<string, Actor | null>

type UserKind = keyof typeof USERS

// The predicates only read `req.user`; the casts stand in for Payload's full argument objects.
const args = (kind: UserKind) => ({ req: { user: USERS[kind] } as unknown as PayloadRequest })
const call = (access: unknown, kind: UserKind): unknown =>
  (access as (a: ReturnType<typeof args>) => unknown)(args(kind))

const KINDS = Object.keys(USERS) as UserKind[]
const STAFF: UserKind[] = ['admin', 'editor', 'reviewer', 'author', 'editorAndReviewer']

describe('roles', () => {
  it('knows exactly the four roles', () => {
    expect([...ROLES]).toEqual(['admin', 'editor', 'reviewer', 'author'])
  })

  it('isRole accepts only those strings', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true)
    for (const value of ['Admin', 'ADMIN', 'superuser', '', null, undefined, 1, ['admin']]) {
      expect(isRole(value)).toBe(false)
    }
  })

  it('hasAnyRole is true when the actor holds one of the roles asked for', () => {
    expect(hasAnyRole(USERS.editor, 'admin', 'editor')).toBe(true)
    expect(hasAnyRole(USERS.editorAndReviewer, 'editor')).toBe(true)
    expect(hasAnyRole(USERS.author, 'admin', 'editor')).toBe(false)
    expect(hasAnyRole(USERS.unknownRole, 'admin')).toBe(false)
    expect(hasAnyRole(USERS.nullRoles, 'admin')).toBe(false)
    expect(hasAnyRole(null, 'admin')).toBe(false)
    expect(hasAnyRole(undefined, 'admin')).toBe(false)
    expect(hasAnyRole(USERS.admin)).toBe(false)
  })

  it('isStaffActor needs at least one known role', () => {
    for (const kind of KINDS) {
      expect([kind, isStaffActor(USERS[kind])]).toEqual([kind, STAFF.includes(kind)])
    }
  })
})

describe('access predicates', () => {
  it('anyone lets everybody in, signed in or not', () => {
    for (const kind of KINDS) expect(call(anyone, kind)).toBe(true)
  })

  it.each([
    ['isStaff', isStaff],
    ['isStaffField', isStaffField],
  ])('%s is true for holders of a known role only', (_name, predicate) => {
    for (const kind of KINDS) {
      expect([kind, call(predicate, kind)]).toEqual([kind, STAFF.includes(kind)])
    }
  })

  it.each([
    ['isAdmin', isAdmin],
    ['isAdminField', isAdminField],
  ])('%s is true for admins only', (_name, predicate) => {
    for (const kind of KINDS) {
      expect([kind, call(predicate, kind)]).toEqual([kind, kind === 'admin'])
    }
  })

  it('hasRole lets in the listed roles only', () => {
    const writers = hasRole('admin', 'editor', 'author')
    const allowed: UserKind[] = ['admin', 'editor', 'author', 'editorAndReviewer']
    for (const kind of KINDS) {
      expect([kind, call(writers, kind)]).toEqual([kind, allowed.includes(kind)])
    }
  })

  it('publishedOrStaff lets staff read everything and filters everyone else to published', () => {
    expect(PUBLISHED_ONLY).toEqual({ _status: { equals: 'published' } })
    for (const kind of KINDS) {
      expect([kind, call(publishedOrStaff, kind)]).toEqual([
        kind,
        STAFF.includes(kind) ? true : { _status: { equals: 'published' } },
      ])
    }
  })

  it('adminOrSelf: admins reach every account, others only their own, anonymous none', () => {
    expect(call(adminOrSelf, 'admin')).toBe(true)
    expect(call(adminOrSelf, 'anonymous')).toBe(false)
    for (const kind of ['editor', 'reviewer', 'author', 'noRoles', 'unknownRole'] as const) {
      expect(call(adminOrSelf, kind)).toEqual({ id: { equals: USERS[kind].id } })
    }
  })
})

describe('who edits a reviewed document', () => {
  it('editors and admins edit any; authors only what they author; others nothing', () => {
    const articles = authorsOwnOrEditors('articles')
    expect(call(articles, 'admin')).toBe(true)
    expect(call(articles, 'editor')).toBe(true)
    expect(call(articles, 'author')).toEqual({
      or: [{ createdBy: { equals: 'u-author' } }, { authors: { in: ['u-author'] } }],
    })
    for (const kind of ['reviewer', 'noRoles', 'nullRoles', 'unknownRole', 'anonymous'] as const) {
      expect(call(articles, kind)).toBe(false)
    }
  })

  it('outside articles an author edits the documents they created', () => {
    expect(call(authorsOwnOrEditors('treatments'), 'author')).toEqual({
      createdBy: { equals: 'u-author' },
    })
  })

  it('only editors and admins change who the authors are', () => {
    const allowed = KINDS.filter((kind) => call(isEditorOrAdminField, kind) === true)
    expect(allowed).toEqual(['admin', 'editor', 'editorAndReviewer'])
  })
})
