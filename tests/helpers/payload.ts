import path from 'node:path'

import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'
import { makeTempDir } from './tempDir'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

export interface EmptyTestPayload {
  payload: Payload
  /** The folder holding the database file (`cms.db`) and `media`, for a command run on them. */
  dir: string
  close: () => Promise<void>
}

export interface TestPayload extends EmptyTestPayload {
  users: Record<Role, User>
}

/** A user `<name>@test.example` with the test password and the given roles. */
export const createTestUser = (payload: Payload, name: string, roles: Role[]): Promise<User> =>
  payload.create({
    collection: 'users',
    data: {
      email: `${name.toLowerCase()}@test.example`,
      password: TEST_PASSWORD,
      name: `Test ${name}`,
      roles,
    },
  })

const boot = async (name: string): Promise<EmptyTestPayload> => {
  const temp = makeTempDir(name)
  process.env.DATABASE_URI = `file:${path.join(temp.dir, 'cms.db')}`
  process.env.MEDIA_DIR = path.join(temp.dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-for-production-use'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir: temp.dir,
    close: async () => {
      await payload.destroy()
      temp.cleanup()
    },
  }
}

const createRoleUsers = async (payload: Payload): Promise<Record<Role, User>> => {
  const users = {} as Record<Role, User>
  for (const role of ['admin', 'editor', 'reviewer', 'author'] as const) {
    users[role] = await createTestUser(payload, role, [role])
  }
  return users
}

interface SharedBoot {
  booted: Promise<EmptyTestPayload>
  users?: Promise<Record<Role, User>>
  holders: number
}

/**
 * This test file's Payload. Suites imported into one test file (tests/int/suites.int.test.ts)
 * share it: booting costs seconds per file, most of the suites' tests milliseconds. It closes when
 * the last suite that asked for it lets go.
 */
let shared: SharedBoot | undefined

const hold = async (name: string): Promise<{ boot: SharedBoot; handle: EmptyTestPayload }> => {
  const current = (shared ??= { booted: boot(name), holders: 0 })
  current.holders += 1
  const booted = await current.booted
  let released = false
  const handle = {
    ...booted,
    close: async () => {
      if (released) return
      released = true
      current.holders -= 1
      if (current.holders > 0) return
      if (shared === current) shared = undefined
      await booted.close()
    },
  }
  return { boot: current, handle }
}

/**
 * Boots Payload through the Local API on a fresh SQLite file, with no users: for tests that act
 * as trusted code or make the users they need. Call it in `beforeAll`. Each test file gets a
 * database no other file touches; the suites of one test file share theirs (see `shared`).
 */
export const bootEmptyPayload = async (name: string): Promise<EmptyTestPayload> =>
  (await hold(name)).handle

/** As bootEmptyPayload, with one user per role (`<role>@test.example`, the test password). */
export const bootPayload = async (name: string): Promise<TestPayload> => {
  const { boot: current, handle } = await hold(name)
  const users = await (current.users ??= createRoleUsers(handle.payload))
  return { ...handle, users }
}

/** Runs `work` while every write to the workflow trail fails, to prove a move rolls back whole. */
export const withFailingEventWrites = async (
  payload: Payload,
  work: () => Promise<void>,
): Promise<void> => {
  // The trail is written through the adapter (src/database/workflowWrites.ts): fail it there.
  const { db } = payload
  const create = db.create
  db.create = async function (this: typeof db, args) {
    if (args.collection === 'workflow-events') throw new Error('forced')
    return create.call(this, args)
  }
  try {
    await work()
  } finally {
    db.create = create
  }
}
