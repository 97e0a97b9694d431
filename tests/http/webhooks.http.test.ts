/**
 * Webhooks end to end: a production server of its own (short queue interval and retry delays, 3
 * attempts) and a real HTTP receiver in this process. An admin configures endpoints; publishing
 * an article through the workflow sends each a signed request; a receiver answering 500 is
 * retried; one that always fails gets exactly 3 attempts, each in the delivery log; redeliver
 * sends the event again; nobody but an admin reads endpoints, deliveries or secrets.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { verifySignature } from '../../src/webhooks/signature'
import type { ApiClient } from '../helpers/api'
import { startServer, type RunningServer } from '../helpers/server'
import { registerFirstAdmin, serverAt, type TestAccount } from '../helpers/sharedServer'
import { makeTempDir } from '../helpers/tempDir'

const MAX_ATTEMPTS = 3

interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
  answered: number
}

const temp = makeTempDir('webhooks')
let server: RunningServer
let receiver: Server
let receiverUrl: string
let api: ApiClient
let adminToken: string
const accounts = {} as Record<'editor' | 'reviewer' | 'author', TestAccount>
const received: Received[] = []
/** How the `/down` receiver answers; switched to 200 before the redelivery. */
let downStatus = 500
const flakyFailed = new Set<string>()
const endpoints = {} as Record<'ok' | 'flaky' | 'down', { id: string; secret: string }>

const answer = (path: string, eventId: string): number => {
  if (path === '/flaky') {
    if (flakyFailed.has(eventId)) return 200
    flakyFailed.add(eventId)
    return 500
  }
  if (path === '/down') return downStatus
  return 200
}

const until = async <T>(what: string, probe: () => Promise<T | null> | T | null): Promise<T> => {
  const deadline = Date.now() + 30_000
  for (;;) {
    const value = await probe()
    if (value !== null && value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const requestsTo = (path: string, eventId: string) =>
  received.filter(
    (request) => request.path === path && request.headers['x-cms-event-id'] === eventId,
  )

const deliveriesOf = async (eventId: string, endpoint: string) => {
  const response = await api.request(
    'GET',
    `/api/webhook-deliveries?where[eventId][equals]=${eventId}&where[endpoint][equals]=${endpoint}&sort=createdAt&depth=0&limit=50`,
    { token: adminToken },
  )
  expect(response.status).toBe(200)
  return response.body.docs as Record<string, any>[]
}

/**
 * How many delivery jobs for one event and endpoint the server's queue still holds, read from its
 * database (nobody reads the queue over HTTP).
 */
const jobsQueuedFor = async (eventId: string, endpoint: string): Promise<number> => {
  const database = createClient({ url: `file:${path.join(temp.dir, 'cms.db')}` })
  try {
    const { rows } = await database.execute({
      sql: `select count(*) as jobs from payload_jobs where queue = 'webhooks'
            and json_extract(input, '$.eventId') = ? and json_extract(input, '$.endpoint') = ?`,
      args: [eventId, endpoint],
    })
    return Number(rows[0].jobs)
  } finally {
    database.close()
  }
}

const move = async (who: keyof typeof accounts, id: string, to: string) => {
  const response = await api.request('POST', `/api/articles/${id}/transition`, {
    token: accounts[who].token,
    body: { to },
  })
  expect(response.status).toBe(200)
}

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const path = req.url ?? ''
      const status = answer(path, String(req.headers['x-cms-event-id']))
      received.push({ path, headers: req.headers, body, answered: status })
      res
        .writeHead(status, { 'Content-Type': 'text/plain' })
        .end(status === 200 ? 'thanks' : 'down')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

  server = await startServer({
    DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
    MEDIA_DIR: path.join(temp.dir, 'media'),
    WEBHOOK_QUEUE_INTERVAL_SECONDS: '1',
    WEBHOOK_RETRY_DELAY_MS: '300',
    WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  })
  await registerFirstAdmin(server.baseUrl)
  const client = serverAt(server.baseUrl)
  api = client.api
  adminToken = await client.adminToken()
  await Promise.all(
    (['editor', 'reviewer', 'author'] as const).map(async (role) => {
      accounts[role] = await client.createAccount(`webhooks ${role}`, role)
    }),
  )
}, 120_000)

afterAll(async () => {
  await server?.stop()
  receiver?.closeAllConnections()
  await new Promise((resolve) => receiver?.close(resolve))
  temp.cleanup()
})

it('an admin configures endpoints; each gets a secret made by the server; bad addresses are 400', async () => {
  for (const name of ['ok', 'flaky', 'down'] as const) {
    const created = await api.request('POST', '/api/webhook-endpoints', {
      token: adminToken,
      body: {
        url: `${receiverUrl}/${name}`,
        description: name,
        events: ['published', 'withdrawn'],
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.secret).toMatch(/^whsec_[0-9a-f]{64}$/)
    endpoints[name] = { id: created.body.doc.id, secret: created.body.doc.secret }
  }
  const refused = await api.request('POST', '/api/webhook-endpoints', {
    token: adminToken,
    body: { url: 'ftp://127.0.0.1/hook', events: ['published'] },
  })
  expect(refused.status).toBe(400)
  expect(JSON.stringify(refused.body)).toContain('http:// or https:// addresses only')
})

describe('publishing an article through the workflow', () => {
  let article: { id: string; slug: string }
  let eventId: string

  beforeAll(async () => {
    const created = await api.request('POST', '/api/articles', {
      token: accounts.author.token,
      body: { title: 'Boxcar scars, revisited' },
    })
    expect(created.status).toBe(201)
    article = created.body.doc
    await move('author', article.id, 'in_review')
    await move('reviewer', article.id, 'approved')
    await move('editor', article.id, 'published')
    const first = await until(
      'the delivery to /ok',
      () =>
        received.find(
          (request) => request.path === '/ok' && JSON.parse(request.body).id === article.id,
        ) ?? null,
    )
    eventId = String(first.headers['x-cms-event-id'])
  })

  it('sends the receiver a correctly signed request with the expected JSON', async () => {
    const [request, ...more] = requestsTo('/ok', eventId)
    expect(more).toEqual([])
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['x-cms-event']).toBe('published')
    expect(request.headers['x-cms-delivery-attempt']).toBe('1')
    const verified = verifySignature({
      header: request.headers['x-cms-signature'] as string,
      body: request.body,
      secret: endpoints.ok.secret,
    })
    expect(verified.ok).toBe(true)
    // Another endpoint's secret does not verify it.
    expect(
      verifySignature({
        header: request.headers['x-cms-signature'] as string,
        body: request.body,
        secret: endpoints.down.secret,
      }).ok,
    ).toBe(false)
    expect(JSON.parse(request.body)).toEqual({
      eventId,
      event: 'published',
      collection: 'articles',
      id: article.id,
      slug: article.slug,
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      paths: [`/articles/${article.slug}`, '/articles'],
    })
  })

  it('retries a receiver that answered 500 until it succeeds', async () => {
    const log = await until('the flaky endpoint to succeed', async () => {
      const entries = await deliveriesOf(eventId, endpoints.flaky.id)
      return entries.some((entry) => entry.status === 'succeeded') ? entries : null
    })
    expect(log.map(({ attempt, status, statusCode }) => [attempt, status, statusCode])).toEqual([
      [1, 'retrying', 500],
      [2, 'succeeded', 200],
    ])
    expect(requestsTo('/flaky', eventId).map((request) => request.answered)).toEqual([500, 200])
    expect(new Date(log[1].createdAt) >= new Date(log[0].nextRetryAt)).toBe(true)
  })

  it(`gives up on a receiver that always fails after exactly ${MAX_ATTEMPTS} attempts, each logged`, async () => {
    const log = await until('the down endpoint to give up', async () => {
      const entries = await deliveriesOf(eventId, endpoints.down.id)
      return entries.some((entry) => entry.status === 'failed') ? entries : null
    })
    expect(
      log.map(({ attempt, status, statusCode, error, responseExcerpt }) => ({
        attempt,
        status,
        statusCode,
        error,
        responseExcerpt,
      })),
    ).toEqual(
      [1, 2, 3].map((attempt) => ({
        attempt,
        status: attempt < MAX_ATTEMPTS ? 'retrying' : 'failed',
        statusCode: 500,
        error: 'Answered 500.',
        responseExcerpt: 'down',
      })),
    )
    for (const entry of log) {
      expect(entry).toMatchObject({ url: `${receiverUrl}/down`, event: 'published', eventId })
      expect(typeof entry.durationMs).toBe('number')
    }
    expect(log[0].nextRetryAt).toEqual(expect.any(String))
    expect(log[1].nextRetryAt).toEqual(expect.any(String))
    expect(log[2].nextRetryAt).toBeNull()
    // No 4th attempt can come: the queue keeps nothing for this event and endpoint. A next attempt
    // would have been queued with the third one's log entry, and a job that failed by itself
    // stays queued for Payload's own retry; a finished one leaves the queue.
    await until(
      'the third attempt to leave the queue',
      async () => (await jobsQueuedFor(eventId, endpoints.down.id)) === 0,
    )
    expect(requestsTo('/down', eventId).map((request) => request.answered)).toEqual([500, 500, 500])
    expect((await deliveriesOf(eventId, endpoints.down.id)).length).toBe(MAX_ATTEMPTS)
  })

  it('redeliver sends the event again, with the same id and a fresh signature', async () => {
    const [gaveUp] = (await deliveriesOf(eventId, endpoints.down.id)).slice(-1)
    expect(
      (await api.request('POST', `/api/webhook-deliveries/${gaveUp.id}/redeliver`)).status,
    ).toBe(401)
    const asEditor = await api.request('POST', `/api/webhook-deliveries/${gaveUp.id}/redeliver`, {
      token: accounts.editor.token,
    })
    expect(asEditor.status).toBe(403)

    downStatus = 200
    const queued = await api.request('POST', `/api/webhook-deliveries/${gaveUp.id}/redeliver`, {
      token: adminToken,
    })
    expect(queued.status).toBe(202)
    expect(queued.body).toMatchObject({ eventId })
    const redelivered = await until('the redelivery', async () => {
      const entries = await deliveriesOf(eventId, endpoints.down.id)
      return entries.find((entry) => entry.redeliveryOf === gaveUp.id) ?? null
    })
    expect(redelivered).toMatchObject({ attempt: 1, status: 'succeeded', statusCode: 200 })
    const requests = requestsTo('/down', eventId)
    expect(requests.map((request) => request.answered)).toEqual([500, 500, 500, 200])
    const last = requests[3]
    expect(last.body).toBe(requests[0].body)
    expect(
      verifySignature({
        header: last.headers['x-cms-signature'] as string,
        body: last.body,
        secret: endpoints.down.secret,
      }).ok,
    ).toBe(true)

    const missing = await api.request(
      'POST',
      '/api/webhook-deliveries/00000000-0000-4000-8000-000000000000/redeliver',
      { token: adminToken },
    )
    expect(missing.status).toBe(404)
  })

  it('unpublishing sends "withdrawn" for the path that was public', async () => {
    await move('editor', article.id, 'archived')
    const request = await until(
      'the withdrawal',
      () =>
        received.find(
          (entry) => entry.path === '/ok' && JSON.parse(entry.body).event === 'withdrawn',
        ) ?? null,
    )
    expect(JSON.parse(request.body)).toMatchObject({
      event: 'withdrawn',
      id: article.id,
      slug: article.slug,
      paths: [`/articles/${article.slug}`, '/articles'],
    })
  })
})

describe('only admins see endpoints, deliveries and secrets', () => {
  it('an editor and an anonymous visitor are refused over REST and GraphQL', async () => {
    for (const token of [accounts.editor.token, undefined]) {
      for (const path of [
        '/api/webhook-endpoints',
        `/api/webhook-endpoints/${endpoints.ok.id}`,
        '/api/webhook-deliveries',
      ]) {
        const response = await api.request('GET', path, { token })
        expect(response.status).toBe(403)
        expect(JSON.stringify(response.body)).not.toContain(endpoints.ok.secret)
      }
      const graphql = await api.graphql(
        '{ WebhookEndpoints { docs { url secret } } WebhookDeliveries { docs { body } } }',
        {},
        token,
      )
      expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect(JSON.stringify(graphql.body)).not.toContain(endpoints.ok.secret)
      const edit = await api.request('PATCH', `/api/webhook-endpoints/${endpoints.ok.id}`, {
        token,
        body: { url: 'https://attacker.example/hook' },
      })
      expect(edit.status).toBe(403)
    }
  })

  it('nobody, admins included, runs or reads the job queue over HTTP', async () => {
    for (const token of [adminToken, accounts.editor.token]) {
      expect(
        (await api.request('GET', '/api/payload-jobs/run?queue=webhooks', { token })).status,
      ).toBe(401)
      expect((await api.request('GET', '/api/payload-jobs', { token })).status).toBe(403)
    }
  })

  it('the delivery log shows an admin the endpoint without its secret, and no log line holds one', async () => {
    const deliveries = await api.request('GET', '/api/webhook-deliveries?depth=1&limit=100', {
      token: adminToken,
    })
    expect(deliveries.status).toBe(200)
    expect(deliveries.body.docs[0].endpoint).toEqual(
      expect.objectContaining({ id: expect.any(String), url: expect.any(String) }),
    )
    const everything = JSON.stringify(deliveries.body)
    for (const { secret } of Object.values(endpoints)) {
      expect(everything).not.toContain(secret)
      expect(server.output()).not.toContain(secret)
    }
  })

  it('the admin shows the delivery with a Redeliver button', async () => {
    const latest = await api.request('GET', '/api/webhook-deliveries?limit=1&depth=0', {
      token: adminToken,
    })
    const delivery = latest.body.docs[0] as { id: string }
    const page = await fetch(
      `${server.baseUrl}/admin/collections/webhook-deliveries/${delivery.id}`,
      {
        headers: { Cookie: `payload-token=${adminToken}`, 'Sec-Fetch-Site': 'same-origin' },
      },
    )
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Redeliver')
  })
})
