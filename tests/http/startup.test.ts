import { Agent, request } from 'node:http'
import path from 'node:path'

import { CLIENT_ADDRESS_HEADER } from '../../src/auth/clientAddress'
import { makeTempDir } from '../helpers/tempDir'
import { spawnServer, startServer, type RunningServer, type ServerProcess } from '../helpers/server'

const STACK_FRAME = /^\s+at /m

const temp = makeTempDir('startup')

/**
 * Every process this file needs starts at once: the refusals mostly wait (the unreachable MongoDB
 * for its connect timeout) and exit on their own, and meanwhile this file's server starts. Each
 * test then reads its own process's exit and output.
 */
let unreachableMongo: ServerProcess
let unsupportedUri: ServerProcess
let noSecret: ServerProcess
let badPort: ServerProcess
let serverStarting: Promise<RunningServer>

beforeAll(() => {
  unreachableMongo = spawnServer({ DATABASE_URI: 'mongodb://127.0.0.1:1/cms', PORT: '0' })
  unsupportedUri = spawnServer({ DATABASE_URI: 'postgres://cms:hunter2secret@db/cms', PORT: '0' })
  noSecret = spawnServer({
    NODE_ENV: 'production',
    PAYLOAD_SECRET: '',
    DATABASE_URI: `file:${path.join(temp.dir, 'no-secret', 'cms.db')}`,
    PORT: '0',
  })
  badPort = spawnServer({ PORT: 'eighty' })
  // With a small sign-in limit, for the test of that limit.
  serverStarting = startServer({
    DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
    AUTH_ATTEMPTS_PER_MINUTE: '3',
  })
  // Its failure is reported by the tests that use it.
  serverStarting.catch(() => undefined)
})

afterAll(async () => {
  const processes = [unreachableMongo, unsupportedUri, noSecret, badPort]
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGKILL')
  await Promise.all(processes.map(({ exited }) => exited))
  await (await serverStarting.catch(() => undefined))?.stop()
  temp.cleanup()
})

describe('start-up failures end in one clear line and a quick non-zero exit', () => {
  it('names an unreachable MongoDB and warns that it has no replica set', async () => {
    const { code, afterMs } = await unreachableMongo.exited
    expect(code).toBe(1)
    expect(afterMs).toBeLessThan(30_000)
    expect(unreachableMongo.output()).toMatch(
      /Cannot start: Cannot reach MongoDB at mongodb:\/\/127\.0\.0\.1:1\/cms/,
    )
    expect(unreachableMongo.output()).toMatch(/no replicaSet/)
    expect(unreachableMongo.output()).not.toMatch(STACK_FRAME)
  })

  it('refuses an unsupported database URI without printing its password', async () => {
    const { code } = await unsupportedUri.exited
    expect(code).toBe(1)
    expect(unsupportedUri.output()).toMatch(
      /is not supported: use file:<path> for SQLite or mongodb:/,
    )
    expect(unsupportedUri.output()).not.toMatch(/hunter2secret/)
    expect(unsupportedUri.output()).not.toMatch(STACK_FRAME)
  })

  it('refuses to start in production without PAYLOAD_SECRET', async () => {
    const { code } = await noSecret.exited
    expect(code).toBe(1)
    expect(noSecret.output()).toMatch(/Cannot start: PAYLOAD_SECRET is not set/)
  })

  it('refuses a bad PORT', async () => {
    const { code } = await badPort.exited
    expect(code).toBe(1)
    expect(badPort.output()).toMatch(/PORT must be a whole number/)
  })
})

/**
 * This file's production server, with a small sign-in limit: the limit is tested first, then the
 * shutdown stops the server.
 */
describe('a production server of its own', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await serverStarting
  })

  it('refuses sign-in attempts over AUTH_ATTEMPTS_PER_MINUTE with 429 and Retry-After, whatever address headers the client sends', async () => {
    // Without TRUST_PROXY, neither X-Forwarded-For nor the server's own address header counts.
    let spoofed = 0
    const attempt = () => {
      spoofed += 1
      return fetch(`${server.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': `198.51.100.${spoofed}`,
          [CLIENT_ADDRESS_HEADER]: `192.0.2.${spoofed}`,
        },
        body: JSON.stringify({
          email: `nobody.${spoofed}@test.example`,
          password: 'wrong-password',
        }),
      })
    }
    for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401)
    const refused = await attempt()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0].message).toMatch(
      /^Too many sign-in and password-reset attempts from this address/,
    )
  })

  // Last: it stops the server.
  it('shuts down gracefully: closes idle kept-alive connections at once, answers the request in flight with Connection: close, then exits 0', async () => {
    const port = Number(new URL(server.baseUrl).port)
    // Two pools, so the slow request does not reuse the idle connection.
    const idleAgent = new Agent({ keepAlive: true })
    const uploadAgent = new Agent({ keepAlive: true })
    const events: string[] = []

    // A kept-alive connection left idle after its answer, as browsers and proxies keep them.
    const idle = await new Promise<{ closed: Promise<void> }>((resolve, reject) => {
      const probe = request(
        { host: '127.0.0.1', port, path: '/health/live', agent: idleAgent },
        (response) => {
          response.resume()
          response.on('end', () => resolve({ closed }))
        },
      )
      const closed = new Promise<void>((done) =>
        probe.once('socket', (socket) => socket.once('close', () => done())),
      )
      probe.on('error', reject)
      probe.end()
    })
    void idle.closed.then(() => events.push('idle connection closed'))

    // A slow upload keeps a request open while the signal arrives. The server answers
    // `100 Continue` as it takes the request in; the rest of the body follows only once the
    // shutdown has closed the idle connection.
    let taken: () => void = () => undefined
    const inProgress = new Promise<void>((resolve) => (taken = resolve))
    const inFlight = new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      const upload = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/experts',
          headers: { 'Content-Type': 'application/json', Expect: '100-continue' },
          agent: uploadAgent,
        },
        (response) => {
          response.resume()
          response.on('end', () => {
            events.push('request in flight answered')
            resolve({ status: response.statusCode ?? 0, connection: response.headers.connection })
          })
        },
      )
      upload.on('error', reject)
      upload.once('continue', () => {
        upload.write('{"name": "Slow')
        taken()
      })
      upload.flushHeaders()
      void idle.closed.then(() => upload.end(' Expert", "credentials": "MD"}'))
    })
    await inProgress
    server.child.kill('SIGTERM')

    // Anonymous writes are refused: what matters is that the answer arrives, and closes.
    expect(await inFlight).toEqual({ status: 403, connection: 'close' })
    await idle.closed
    expect(events).toEqual(['idle connection closed', 'request in flight answered'])
    const { code } = await server.exited
    idleAgent.destroy()
    uploadAgent.destroy()
    expect(code).toBe(0)
    // The upload was in flight when the signal came.
    expect(server.output()).toMatch(/"inFlight":1,.*shutting down/)
    // The drain ended with the last request, not at its time limit.
    expect(server.output()).toMatch(/requests in flight finished/)
    expect(server.output()).not.toMatch(/requests still open/)
    expect(server.output()).toMatch(/"msg":"stopped"/)
  })
})
