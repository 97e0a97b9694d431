/**
 * Concurrent writes on the embedded SQLite database, over real HTTP against a production server
 * of this file's own (the first-register race needs an empty database, and the readiness check a
 * database file the test can lock): racing first users, a burst of every kind of write at once,
 * and what a lock held by another process looks like to clients and to /health/ready.
 * The writes' queueing itself is proven in tests/int/sqlite-writes.int.test.ts.
 */
import path from 'node:path'

import { createClient } from '@libsql/client'
import sharp from 'sharp'

import { createApiClient, type ApiResponse } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

const PASSWORD = 'a-long-test-password-42'
const WRITERS = 8
const BURST_MS = 2_000

let temp: ReturnType<typeof makeTempDir>
let server: RunningServer
let api: ReturnType<typeof createApiClient>
let adminToken: string

const messageOf = (response: ApiResponse): string =>
  response.body?.errors?.[0]?.message ?? JSON.stringify(response.body)

beforeAll(async () => {
  temp = makeTempDir('concurrent-writes')
  server = await startServer({
    DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
    MEDIA_DIR: path.join(temp.dir, 'media'),
    AUTH_ATTEMPTS_PER_MINUTE: '100000',
    // Ten simultaneous sign-ins to one account are part of the test, on top of its set-up.
    AUTH_ATTEMPTS_PER_ACCOUNT_PER_15_MINUTES: '100000',
  })
  api = createApiClient(server.baseUrl)
})

afterAll(async () => {
  await server?.stop()
  temp?.cleanup()
})

it('lets exactly one of twenty simultaneous first users register, as the only admin', async () => {
  const attempts = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      api.request('POST', '/api/users/first-register', {
        body: { email: `first-${n}@race.example`, password: PASSWORD, name: `First ${n}` },
      }),
    ),
  )
  const winners = attempts.filter((response) => response.status === 200)
  const refused = attempts.filter((response) => response.status !== 200)
  expect(winners).toHaveLength(1)
  expect(refused.map((response) => [response.status, messageOf(response)])).toEqual(
    Array.from({ length: 19 }, () => [403, 'You are not allowed to perform this action.']),
  )
  adminToken = winners[0].body.token
  const users = await api.request('GET', '/api/users', { token: adminToken })
  expect(users.body.totalDocs).toBe(1)
  expect(users.body.docs[0]).toMatchObject({ id: winners[0].body.user.id, roles: ['admin'] })
})

it('gives each of ten simultaneous logins to one account a token that works', async () => {
  const users = await api.request('GET', '/api/users', { token: adminToken })
  const email = users.body.docs[0].email
  const logins = await Promise.all(
    Array.from({ length: 10 }, () =>
      api.request('POST', '/api/users/login', { body: { email, password: PASSWORD } }),
    ),
  )
  expect(logins.map((login) => login.status)).toEqual(Array(10).fill(200))
  const signedIn = await Promise.all(
    logins.map((login) => api.request('GET', '/api/users/me', { token: login.body.token })),
  )
  expect(signedIn.map((me) => me.body.user?.email ?? null)).toEqual(Array(10).fill(email))
})

describe('a burst of every kind of write at once', () => {
  /**
   * The status each kind of write must get. The last two are refused inside their transaction
   * (a taken e-mail, a text file posing as a PNG): the writes after them must not notice.
   */
  const EXPECTED = {
    upload: 201,
    user: 201,
    password: 200,
    create: 201,
    update: 200,
    transition: 200,
    takenEmail: 400,
    notAnImage: 400,
  }
  type Kind = keyof typeof EXPECTED
  const KINDS = Object.keys(EXPECTED) as Kind[]
  let editorToken: string
  let png: Buffer

  interface Writer {
    scarTypeId: string
    reviewState: string
  }
  /** Whose password the writers change and which expert they update (all of them at once). */
  let shared: { userId: string; expertId: string }

  const created = (response: ApiResponse, what: string) => {
    if (response.status !== 201)
      throw new Error(`${what}: ${response.status} ${messageOf(response)}`)
    return response.body.doc
  }

  /** A scar type in review of the writer's own, so its moves back and forth never conflict. */
  const setUpWriter = async (n: number): Promise<Writer> => {
    const scarType = created(
      await api.request('POST', '/api/scar-types', {
        token: editorToken,
        body: { name: `Burst Scar ${n}`, category: 'atrophic' },
      }),
      'scar type',
    )
    const submitted = await api.request('POST', `/api/scar-types/${scarType.id}/transition`, {
      token: editorToken,
      body: { to: 'in_review' },
    })
    if (submitted.status !== 200) throw new Error(`submit: ${messageOf(submitted)}`)
    return { scarTypeId: scarType.id, reviewState: 'in_review' }
  }

  let sequence = 0
  const write = async (kind: Kind, mine: Writer): Promise<ApiResponse> => {
    const n = (sequence += 1)
    switch (kind) {
      case 'upload': {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `b${n}.png`)
        form.append('_payload', JSON.stringify({ alt: `Burst image ${n}` }))
        return api.request('POST', '/api/media', { token: editorToken, body: form })
      }
      case 'user':
        return api.request('POST', '/api/users', {
          token: adminToken,
          body: { email: `burst-${n}@burst.example`, password: PASSWORD, name: `B${n}` },
        })
      case 'password':
        return api.request('PATCH', `/api/users/${shared.userId}`, {
          token: adminToken,
          body: { password: `${PASSWORD}-${n}` },
        })
      case 'create':
        return api.request('POST', '/api/experts', {
          token: editorToken,
          body: { name: `Burst Expert new ${n}`, credentials: 'MD' },
        })
      case 'update':
        return api.request('PATCH', `/api/experts/${shared.expertId}`, {
          token: editorToken,
          body: { specialty: `Specialty ${n}` },
        })
      case 'takenEmail':
        return api.request('POST', '/api/users', {
          token: adminToken,
          body: { email: 'editor@burst.example', password: PASSWORD, name: `Again ${n}` },
        })
      case 'notAnImage': {
        const form = new FormData()
        form.append('file', new Blob(['<html>not an image</html>'], { type: 'image/png' }), 'x.png')
        form.append('_payload', JSON.stringify({ alt: `Not an image ${n}` }))
        return api.request('POST', '/api/media', { token: editorToken, body: form })
      }
      case 'transition': {
        const to = mine.reviewState === 'in_review' ? 'changes_requested' : 'in_review'
        const moved = await api.request('POST', `/api/scar-types/${mine.scarTypeId}/transition`, {
          token: editorToken,
          body: { to, comment: 'Burst move' },
        })
        if (moved.status === 200) mine.reviewState = to
        return moved
      }
    }
  }

  beforeAll(async () => {
    png = await sharp({
      create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 140, b: 110 } },
    })
      .png()
      .toBuffer()
    created(
      await api.request('POST', '/api/users', {
        token: adminToken,
        body: { email: 'editor@burst.example', password: PASSWORD, name: 'Ed', roles: ['editor'] },
      }),
      'editor',
    )
    editorToken = await api.login('editor@burst.example', PASSWORD)
    const user = created(
      await api.request('POST', '/api/users', {
        token: adminToken,
        body: { email: 'changes@burst.example', password: PASSWORD, name: 'Changes' },
      }),
      'user',
    )
    const expert = created(
      await api.request('POST', '/api/experts', {
        token: editorToken,
        body: { name: 'Burst Expert', credentials: 'MD' },
      }),
      'expert',
    )
    shared = { userId: user.id, expertId: expert.id }
  })

  it('answers every write as it would alone, and the next write after it succeeds too', async () => {
    const writers = await Promise.all(Array.from({ length: WRITERS }, (_, n) => setUpWriter(n)))
    const answers: { kind: Kind; status: number; message: string }[] = []
    const stopAt = Date.now() + BURST_MS
    await Promise.all(
      writers.map(async (mine, index) => {
        for (let step = index; Date.now() < stopAt; step += 1) {
          const kind = KINDS[step % KINDS.length]
          const response = await write(kind, mine)
          answers.push({ kind, status: response.status, message: messageOf(response) })
        }
      }),
    )
    expect(new Set(answers.map((answer) => answer.kind))).toEqual(new Set(KINDS))
    expect(answers.filter((answer) => answer.status !== EXPECTED[answer.kind])).toEqual([])

    const after = await write('create', writers[0])
    expect(after.status).toBe(201)
  })
})

describe('while another process holds the database write lock', () => {
  it('reports it on /health/ready and refuses a write with 409, then recovers', async () => {
    const outsider = createClient({ url: `file:${path.join(temp.dir, 'cms.db')}` })
    const held = await outsider.transaction('write')
    let released = false
    try {
      const ready = await api.request('GET', '/health/ready')
      expect(ready.status).toBe(503)
      expect(ready.body).toMatchObject({ status: 'unavailable', database: 'error' })
      expect(ready.body.reason).toMatch(
        /^cannot take writes: another connection held the write lock/,
      )

      const refused = await api.request('POST', '/api/experts', {
        token: adminToken,
        body: { name: 'Locked Out', credentials: 'MD' },
      })
      expect(refused.status).toBe(409)
      expect(messageOf(refused)).toMatch(/database is busy .* nothing was saved\. Try again/)

      await held.rollback()
      released = true
      expect((await api.request('GET', '/health/ready')).status).toBe(200)
      const accepted = await api.request('POST', '/api/experts', {
        token: adminToken,
        body: { name: 'Let In', credentials: 'MD' },
      })
      expect(accepted.status).toBe(201)
    } finally {
      if (!released) await held.rollback()
      outsider.close()
    }
  })
})
