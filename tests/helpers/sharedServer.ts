import { createApiClient, type ApiClient } from './api'

/** Set by tests/setup/globalSetup.ts: the base URL of the run's production server. */
export const SHARED_SERVER_ENV = 'CMS_TEST_SERVER_URL'

/** Set by tests/setup/globalSetup.ts: the `DATABASE_URI` of the shared server's SQLite file. */
export const SHARED_DATABASE_ENV = 'CMS_TEST_DATABASE_URI'

export const TEST_PASSWORD = 'a-long-test-password-42'

export const SHARED_ADMIN = {
  email: 'first-admin@shared.example',
  password: TEST_PASSWORD,
  name: 'Shared Admin',
}

export type StaffRole = 'admin' | 'editor' | 'reviewer' | 'author'

export interface TestAccount {
  id: string
  email: string
  token: string
}

export interface SharedServer {
  baseUrl: string
  api: ApiClient
  /** A token for the run's first admin. */
  adminToken: () => Promise<string>
  /**
   * A new signed-in account with the given role, named after the test file's own prefix so no two
   * files share an account.
   */
  createAccount: (name: string, role: StaffRole) => Promise<TestAccount>
}

/** Registers the first user, who becomes the admin, on a server with an empty database. */
export const registerFirstAdmin = async (baseUrl: string): Promise<void> => {
  const registered = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(SHARED_ADMIN),
  })
  if (registered.status !== 200) {
    throw new Error(
      `Registering the first admin failed: ${registered.status} ${await registered.text()}`,
    )
  }
}

/** The run's shared production server (see tests/setup/globalSetup.ts). */
export const sharedServer = (): SharedServer => {
  const baseUrl = process.env[SHARED_SERVER_ENV]
  if (!baseUrl) throw new Error(`${SHARED_SERVER_ENV} is not set: run the tests with \`npm test\`.`)
  return serverAt(baseUrl)
}

/** A client for a server whose first admin is SHARED_ADMIN. */
export const serverAt = (baseUrl: string): SharedServer => {
  const api = createApiClient(baseUrl)
  let adminToken: Promise<string> | undefined
  const getAdminToken = () => (adminToken ??= api.login(SHARED_ADMIN.email, SHARED_ADMIN.password))
  return {
    baseUrl,
    api,
    adminToken: getAdminToken,
    createAccount: async (name, role) => {
      const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@test.example`
      const created = await api.request('POST', '/api/users', {
        token: await getAdminToken(),
        body: { email, password: TEST_PASSWORD, name, roles: [role] },
      })
      if (created.status !== 201) {
        throw new Error(
          `creating ${email} failed: ${created.status} ${JSON.stringify(created.body)}`,
        )
      }
      return { id: created.body.doc.id, email, token: await api.login(email, TEST_PASSWORD) }
    },
  }
}
