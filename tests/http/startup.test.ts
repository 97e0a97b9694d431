import { request } from 'node:http'
import path from 'node:path'

import { CLIENT_ADDRESS_HEADER } from '../../src/auth/clientAddress'
import { makeTempDir } from '../helpers/tempDir'
import { spawnServer, startServer } from '../helpers/server'

const STACK_FRAME = /^\s+at /m

describe('start-up failures end in one clear line and a quick non-zero exit', () => {
  it('names an unreachable MongoDB and warns that it has no replica set', async () => {
    const server = spawnServer({ DATABASE_URI: 'mongodb://127.0.0.1:1/cms', PORT: '0' })
    const { code, afterMs } = await server.exited
    expect(code).toBe(1)
    expect(afterMs).toBeLessThan(30_000)
    expect(server.output()).toMatch(
      /Cannot start: Cannot reach MongoDB at mongodb:\/\/127\.0\.0\.1:1\/cms/,
    )
    expect(server.output()).toMatch(/no replicaSet/)
    expect(server.output()).not.toMatch(STACK_FRAME)
  })

  it('refuses an unsupported database URI without printing its password', async () => {
    const server = spawnServer({ DATABASE_URI: 'postgres://cms:hunter2secret@db/cms', PORT: '0' })
    const { code } = await server.exited
    expect(code).toBe(1)
    expect(server.output()).toMatch(/is not supported: use file:<path> for SQLite or mongodb:/)
    expect(server.output()).not.toMatch(/hunter2secret/)
    expect(server.output()).not.toMatch(STACK_FRAME)
  })

  it('refuses to start in production without PAYLOAD_SECRET', async () => {
    const temp = makeTempDir('no-secret')
    const server = spawnServer({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
      DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
      PORT: '0',
    })
    const { code } = await server.exited
    temp.cleanup()
    expect(code).toBe(1)
    expect(server.output()).toMatch(/Cannot start: PAYLOAD_SECRET is not set/)
  })

  it('refuses a bad PORT', async () => {
    const server = spawnServer({ PORT: 'eighty' })
    const { code } = await server.exited
    expect(code).toBe(1)
    expect(server.output()).toMatch(/PORT must be a whole number/)
  })
})

describe('graceful shutdown', () => {
  it('finishes a request in flight, then exits 0 on SIGTERM', async () => {
    const temp = makeTempDir('shutdown')
    const server = await startServer({ DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}` })
    const port = Number(new URL(server.baseUrl).port)

    // A slow upload keeps a request open while the signal arrives.
    const inFlight = new Promise<number>((resolve, reject) => {
      const upload = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/experts',
          headers: { 'Content-Type': 'application/json' },
        },
        (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        },
      )
      upload.on('error', reject)
      upload.write('{"name": "Slow')
      setTimeout(() => upload.end(' Expert", "credentials": "MD"}'), 1_500)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    server.child.kill('SIGTERM')

    // Anonymous writes are refused: what matters is that the answer arrives at all.
    expect(await inFlight).toBe(403)
    const { code, afterMs } = await server.exited
    temp.cleanup()
    expect(code).toBe(0)
    expect(afterMs).toBeGreaterThan(0)
    expect(server.output()).toMatch(/shutting down/)
    expect(server.output()).toMatch(/"msg":"stopped"/)
  })
})

describe('sign-in attempts per address', () => {
  it('refuses attempts over AUTH_ATTEMPTS_PER_MINUTE with 429 and Retry-After, whatever address headers the client sends', async () => {
    const temp = makeTempDir('auth-limit')
    const server = await startServer({
      DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
      AUTH_ATTEMPTS_PER_MINUTE: '3',
    })
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
    try {
      for (let i = 0; i < 3; i += 1) expect((await attempt()).status).toBe(401)
      const refused = await attempt()
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await refused.json()).errors[0].message).toMatch(
        /^Too many sign-in and password-reset attempts from this address/,
      )
    } finally {
      await server.stop()
      temp.cleanup()
    }
  })
})
