#!/usr/bin/env node
/**
 * Concurrent writers against a running CMS (not part of `npm test`): every kind of write the
 * issue names, from N writers for S seconds, then one single write to show the database still
 * takes writes. Prints, per kind, writes attempted and how many answered 2xx, 4xx, 5xx or failed
 * on the network. Exit code 1 when any write answered 5xx or the write after the load failed.
 *
 *   node scripts/write-load.mjs --url http://localhost:3000 --writers 20 --seconds 30
 *
 * The admin account signs in with --email/--password (default: registers it as the first user
 * when the database has none). With --sigterm <pid> the server process is sent SIGTERM while the
 * writers are still running at the end of the load, and the script reports how long the drain
 * took instead of the write afterwards: writers then start nothing new, and the script reports
 * whether every write in flight got its answer, when the last one came and when the process
 * exited.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import sharp from 'sharp'

const { values: options } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.CMS_URL ?? 'http://localhost:3000' },
    email: { type: 'string', default: process.env.LOAD_ADMIN_EMAIL ?? 'load-admin@load.example' },
    password: {
      type: 'string',
      default: process.env.LOAD_ADMIN_PASSWORD ?? 'a-long-load-test-password',
    },
    writers: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '30' },
    sigterm: { type: 'string' },
  },
})

const BASE = options.url.replace(/\/$/, '')
const WRITERS = Number(options.writers)
const SECONDS = Number(options.seconds)
const PASSWORD = 'a-long-load-test-password'
const RUN = Date.now().toString(36)

const KINDS = [
  'upload',
  'user-create',
  'password-change',
  'content-create',
  'content-update',
  'transition',
]

const call = async (method, path, { token, json, form } = {}) => {
  const headers = {}
  if (token) headers.Authorization = `JWT ${token}`
  let body
  if (form) body = form
  else if (json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(json)
  }
  const response = await fetch(`${BASE}${path}`, { method, headers, body })
  const text = await response.text()
  let parsed = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = text
  }
  return { status: response.status, body: parsed }
}

const expectStatus = (response, status, what) => {
  if (response.status !== status) {
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`)
  }
  return response.body
}

const login = async (email, password) =>
  expectStatus(await call('POST', '/api/users/login', { json: { email, password } }), 200, 'login')
    .token

const adminToken = async () => {
  const registered = await call('POST', '/api/users/first-register', {
    json: { email: options.email, password: options.password, name: 'Load Admin' },
  })
  if (registered.status === 200 || registered.status === 201) return registered.body.token
  return login(options.email, options.password)
}

const png = await sharp({
  create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 140, b: 110 } },
})
  .png()
  .toBuffer()

// Setup: an editor who writes content and media, a user per writer whose password changes, an
// expert per writer to update and a scar type per writer to move back and forth in review.
const admin = await adminToken()
const createUser = async (name, role) => {
  const email = `${name}.${RUN}@load.example`
  expectStatus(
    await call('POST', '/api/users', {
      token: admin,
      json: { email, password: PASSWORD, name, roles: [role] },
    }),
    201,
    `create ${name}`,
  )
  return email
}
const editor = await login(await createUser('load-editor', 'editor'), PASSWORD)
// One after the other, so the setup itself is not a concurrency test.
const perWriter = []
for (let i = 0; i < WRITERS; i += 1) {
  perWriter.push(
    await (async () => {
      const userEmail = await createUser(`load-user-${i}`, 'author')
      const users = await call(
        'GET',
        `/api/users?where[email][equals]=${encodeURIComponent(userEmail)}`,
        {
          token: admin,
        },
      )
      const expert = expectStatus(
        await call('POST', '/api/experts', {
          token: editor,
          json: { name: `Load Expert ${RUN} ${i}`, credentials: 'MD' },
        }),
        201,
        'create expert',
      ).doc
      const scarType = expectStatus(
        await call('POST', '/api/scar-types', {
          token: editor,
          json: { name: `Load Scar ${RUN} ${i}`, category: 'atrophic' },
        }),
        201,
        'create scar type',
      ).doc
      expectStatus(
        await call('POST', `/api/scar-types/${scarType.id}/transition`, {
          token: editor,
          json: { to: 'in_review' },
        }),
        200,
        'submit scar type',
      )
      return {
        userId: users.body.docs[0].id,
        expertId: expert.id,
        scarTypeId: scarType.id,
        scarState: 'in_review',
      }
    })(),
  )
}

const tally = Object.fromEntries(
  KINDS.map((kind) => [kind, { attempted: 0, ok: 0, '4xx': 0, '5xx': 0, network: 0 }]),
)
const samples = []
let counter = 0

const writeOnce = async (kind, mine) => {
  const n = (counter += 1)
  switch (kind) {
    case 'upload': {
      const form = new FormData()
      form.append('file', new Blob([png], { type: 'image/png' }), `load-${RUN}-${n}.png`)
      form.append('_payload', JSON.stringify({ alt: `Load image ${n}` }))
      return call('POST', '/api/media', { token: editor, form })
    }
    case 'user-create':
      return call('POST', '/api/users', {
        token: admin,
        json: {
          email: `load-new-${RUN}-${n}@load.example`,
          password: PASSWORD,
          name: `New ${n}`,
          roles: ['author'],
        },
      })
    case 'password-change':
      return call('PATCH', `/api/users/${mine.userId}`, {
        token: admin,
        json: { password: `${PASSWORD}-${n}` },
      })
    case 'content-create':
      return call('POST', '/api/experts', {
        token: editor,
        json: { name: `Load Expert ${RUN} new ${n}`, credentials: 'MD' },
      })
    case 'content-update':
      return call('PATCH', `/api/experts/${mine.expertId}`, {
        token: editor,
        json: { specialty: `Specialty ${n}` },
      })
    case 'transition': {
      const to = mine.scarState === 'in_review' ? 'changes_requested' : 'in_review'
      const response = await call('POST', `/api/scar-types/${mine.scarTypeId}/transition`, {
        token: editor,
        json: { to, comment: 'Load test move' },
      })
      if (response.status === 200) mine.scarState = to
      return response
    }
    default:
      throw new Error(`unknown kind ${kind}`)
  }
}

// Requests in flight when SIGTERM was sent, and how they ended.
const drainTally = { inFlight: 0, answered: 0, '5xx': 0, network: 0 }
let signalled = false
let inFlightNow = 0

const record = (kind, response, error) => {
  if (signalled) {
    drainTally[error ? 'network' : response.status >= 500 ? '5xx' : 'answered'] += 1
  }
  const counts = tally[kind]
  counts.attempted += 1
  if (error) {
    counts.network += 1
    if (samples.length < 10) samples.push(`${kind}: ${error.cause?.code ?? error.message}`)
    return
  }
  if (response.status >= 500) counts['5xx'] += 1
  else if (response.status >= 400) counts['4xx'] += 1
  else counts.ok += 1
  if (response.status >= 400 && samples.length < 10) {
    const message = response.body?.errors?.[0]?.message ?? JSON.stringify(response.body)
    samples.push(`${kind}: ${response.status} ${String(message).slice(0, 200)}`)
  }
}

let stopping = false
const writer = async (index) => {
  const mine = perWriter[index]
  for (let step = index; !stopping; step += 1) {
    const kind = KINDS[step % KINDS.length]
    inFlightNow += 1
    try {
      record(kind, await writeOnce(kind, mine))
    } catch (error) {
      record(kind, null, error)
    } finally {
      inFlightNow -= 1
    }
  }
}

/** Gone, or a zombie waiting for its parent to collect it (it has exited all the same). */
const processGone = (pid) => {
  try {
    process.kill(pid, 0)
  } catch {
    return true
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false
  } catch {
    return true
  }
}

console.log(`${WRITERS} writers for ${SECONDS} s against ${BASE}`)
const startedAt = Date.now()
const writers = Array.from({ length: WRITERS }, (_, i) => writer(i))
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000))

// With --sigterm, writers start nothing new after the signal: the requests in flight show
// whether they all got their answers, and how long the server took to finish them and exit.
let drain = null
if (options.sigterm) {
  const pid = Number(options.sigterm)
  const signalledAt = Date.now()
  drainTally.inFlight = inFlightNow
  signalled = true
  stopping = true
  process.kill(pid, 'SIGTERM')
  await Promise.all(writers)
  const answeredMs = Date.now() - signalledAt
  while (!processGone(pid)) await new Promise((resolve) => setTimeout(resolve, 10))
  drain = { answeredMs, exitedMs: Date.now() - signalledAt }
}
stopping = true
await Promise.all(writers)
const loadSeconds = (Date.now() - startedAt) / 1000

console.table(tally)
const total = Object.values(tally).reduce(
  (sum, counts) => ({
    attempted: sum.attempted + counts.attempted,
    failed5xx: sum.failed5xx + counts['5xx'],
  }),
  { attempted: 0, failed5xx: 0 },
)
console.log(
  `${total.attempted} writes in ${loadSeconds.toFixed(1)} s, ${total.failed5xx} answered 5xx`,
)
if (samples.length) console.log('first refusals/failures:\n  ' + samples.join('\n  '))

let afterOk = true
if (drain !== null) {
  const { inFlight, answered, network } = drainTally
  console.log(
    `SIGTERM under load: ${inFlight} writes in flight, ${answered} answered (${drainTally['5xx']} with 5xx), ${network} cut off; last answer ${drain.answeredMs} ms after the signal, process exited after ${drain.exitedMs} ms`,
  )
  afterOk = drainTally['5xx'] === 0 && network === 0
} else {
  const after = await call('POST', '/api/experts', {
    token: editor,
    json: { name: `Load Expert ${RUN} after`, credentials: 'MD' },
  })
  afterOk = after.status === 201
  console.log(`single write right after the load: ${after.status}${afterOk ? ' (ok)' : ''}`)
}
process.exitCode = total.failed5xx === 0 && afterOk ? 0 : 1
