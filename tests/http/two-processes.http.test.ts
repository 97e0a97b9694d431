/**
 * Two server processes on one SQLite file, as a team outgrowing one instance would run them:
 * concurrent review moves of the same documents sent to both. Exactly one move wins each race
 * (the compare-and-set in the database decides, not a lock inside one process), the others get
 * 409, and every document's state agrees with its trail on both servers. Each process keeps its
 * own published-content cache, and neither serves what the other has withdrawn.
 */
import path from 'node:path'

import { createApiClient, type ApiClient } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'
import { SHARED_DATABASE_ENV, sharedServer, type TestAccount } from '../helpers/sharedServer'
import { makeTempDir } from '../helpers/tempDir'
import { replayTrail } from '../../src/workflow/replay'

const DOCUMENTS = 6
const RACERS_PER_SERVER = 3

let temp: ReturnType<typeof makeTempDir>
let second: RunningServer
let servers: ApiClient[]
let editor: TestAccount
let reviewer: TestAccount

beforeAll(async () => {
  temp = makeTempDir('two-processes')
  const databaseUri = process.env[SHARED_DATABASE_ENV]
  if (!databaseUri)
    throw new Error(`${SHARED_DATABASE_ENV} is not set: run the tests with npm test.`)
  // The accounts are made on the shared server while the second one starts.
  const shared = sharedServer()
  const accounts = Promise.all([
    shared.createAccount('two-processes-editor', 'editor'),
    shared.createAccount('two-processes-reviewer', 'reviewer'),
  ])
  accounts.catch(() => undefined)
  second = await startServer({
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(temp.dir, 'media'),
  })
  servers = [shared.api, createApiClient(second.baseUrl)]
  ;[editor, reviewer] = await accounts
})

afterAll(async () => {
  await second?.stop()
  temp?.cleanup()
})

it('each race between the two processes has exactly one winner; state and trail agree', async () => {
  const ids: string[] = []
  for (let n = 0; n < DOCUMENTS; n += 1) {
    const created = await servers[n % 2].request('POST', '/api/scar-types', {
      token: editor.token,
      body: { name: `Two processes ${n} ${Date.now()}`, category: 'atrophic' },
    })
    expect(created.status).toBe(201)
    ids.push(String(created.body.doc.id))
    const submitted = await servers[(n + 1) % 2].request(
      'POST',
      `/api/scar-types/${ids[n]}/transition`,
      { token: editor.token, body: { to: 'in_review' } },
    )
    expect(submitted.status).toBe(200)
  }

  /** Every racer on both servers asks for the same move of the same document at once. */
  const race = (id: string, token: string, body: Record<string, unknown>) =>
    Promise.all(
      servers.flatMap((api) =>
        Array.from({ length: RACERS_PER_SERVER }, () =>
          api.request('POST', `/api/scar-types/${id}/transition`, { token, body }),
        ),
      ),
    )
  const outcomes = async (body: Record<string, unknown>, token: string) =>
    Promise.all(ids.map((id) => race(id, token, body))).then((races) =>
      races.map((answers) => answers.map((answer) => answer.status).sort()),
    )

  const oneWinner = [200, ...Array(2 * RACERS_PER_SERVER - 1).fill(409)]
  expect(await outcomes({ to: 'approved' }, reviewer.token)).toEqual(ids.map(() => oneWinner))
  expect(await outcomes({ to: 'published' }, editor.token)).toEqual(ids.map(() => oneWinner))
  expect(
    await outcomes({ action: 'withdraw', comment: 'Race to withdraw.' }, editor.token),
  ).toEqual(ids.map(() => oneWinner))

  for (const id of ids) {
    const events = await servers[0].request(
      'GET',
      `/api/workflow-events?where[documentId][equals]=${id}&sort=sequence&limit=50&depth=0`,
      { token: editor.token },
    )
    expect(events.body.docs.map((event: { action: string }) => event.action)).toEqual([
      'submit',
      'approve',
      'publish',
      'withdraw',
    ])
    const replayed = replayTrail(events.body.docs)
    for (const api of servers) {
      const doc = await api.request('GET', `/api/scar-types/${id}?draft=true&depth=0`, {
        token: editor.token,
      })
      expect({
        reviewState: doc.body.reviewState,
        publication: doc.body.publication,
        revision: doc.body.workflowRevision,
      }).toEqual(replayed)
      expect((await api.request('GET', `/api/scar-types/${id}`)).status).toBe(404)
    }
  }
})

it('a reader of one process never gets what the other process withdrew, even from its cache', async () => {
  const created = await servers[0].request('POST', '/api/scar-types', {
    token: editor.token,
    body: { name: `Cached across processes ${Date.now()}`, category: 'atrophic' },
  })
  expect(created.status).toBe(201)
  const id = String(created.body.doc.id)
  const moves: [string, Record<string, unknown>][] = [
    [editor.token, { to: 'in_review' }],
    [reviewer.token, { to: 'approved' }],
    [editor.token, { to: 'published' }],
  ]
  for (const [token, body] of moves) {
    const moved = await servers[0].request('POST', `/api/scar-types/${id}/transition`, {
      token,
      body,
    })
    expect(moved.status).toBe(200)
  }
  const readFromSecond = async () => {
    const answer = await servers[1].request('GET', `/api/scar-types/${id}`)
    return { status: answer.status, cache: answer.headers.get('x-cache') }
  }
  expect(await readFromSecond()).toEqual({ status: 200, cache: 'MISS' })
  expect(await readFromSecond()).toEqual({ status: 200, cache: 'HIT' })

  const withdrawn = await servers[0].request('POST', `/api/scar-types/${id}/transition`, {
    token: editor.token,
    body: { action: 'withdraw', comment: 'Withdrawn on the first process.' },
  })
  expect(withdrawn.status).toBe(200)
  expect((await readFromSecond()).status).toBe(404)
})
