import type { CollectionConfig } from 'payload'

import { ROLES, adminOrSelf, isAdmin, isAdminField, isStaff } from '../src/access'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { refuseUnknownOrLockedSignIn } from '../src/hooks/concealSignInFailures'
import { guardUserRoles } from '../src/hooks/guardUserRoles'
import { hideSessions } from '../src/hooks/hideSessions'
import { limitAuthAttempts } from '../src/hooks/limitAuthAttempts'

const isProduction = process.env.NODE_ENV === 'production'

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Admin',
  },
  // Staff see an article's authors populated by name only.
  defaultPopulate: { name: true },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    useAPIKey: false,
    forgotPassword: {
      // Payload's per-user throttle writes outside the request's transaction, which SQLite then
      // refuses as locked; limitAuthAttempts caps reset mails per account and per address instead.
      minRequestInterval: 0,
    },
    cookies: {
      secure: isProduction,
      sameSite: 'Lax',
    },
  },
  access: {
    admin: isStaff,
    // Staff see colleagues (to pick authors and reviewers); only admins manage accounts.
    read: isStaff,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    // Limits first, so a refused attempt costs nothing more.
    beforeOperation: [limitAuthAttempts, refuseUnknownOrLockedSignIn, guardUserRoles, capApiPaging],
    afterRead: [hideSessions],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['author'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      access: {
        update: isAdminField,
      },
      admin: {
        description: 'Only admins can change roles.',
      },
    },
  ],
}
