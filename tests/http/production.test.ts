import { existsSync } from 'node:fs'
import path from 'node:path'

import { createApiClient } from '../helpers/api'
import { repoRoot, startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

// Needs `npm run build` first. CI builds before testing and sets TEST_PRODUCTION_BUILD=1;
// locally a stale build would test old code, so the suite only runs when asked for.
const wanted = process.env.TEST_PRODUCTION_BUILD === '1'
const built = existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))
if (wanted && !built)
  throw new Error('TEST_PRODUCTION_BUILD=1 but there is no build: run `npm run build`.')
if (!wanted)
  console.info(
    'Skipping the production-build tests: set TEST_PRODUCTION_BUILD=1 after `npm run build`.',
  )

const describeProduction = wanted ? describe : describe.skip

describeProduction('production start on a fresh SQLite file', () => {
  const temp = makeTempDir('production')
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer({
      NODE_ENV: 'production',
      NEXT_DIST_DIR: '.next',
      PAYLOAD_SECRET: 'production-test-secret-0123456789abcdef',
      DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
    })
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
    temp.cleanup()
  })

  it('applies the committed migrations and serves the API', async () => {
    const api = createApiClient(server.baseUrl)
    expect((await api.request('GET', '/health/ready')).body).toEqual({
      status: 'ok',
      database: 'ok',
    })
    const articles = await api.request('GET', '/api/articles')
    expect(articles.status).toBe(200)
    expect(articles.body.totalDocs).toBe(0)
  })

  it('sets a Secure, HttpOnly auth cookie and HSTS', async () => {
    const response = await fetch(`${server.baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'owner@test.example',
        password: 'a-long-password-1',
        name: 'Owner',
      }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  })

  it('turns the GraphQL playground off and still answers GraphQL', async () => {
    const playground = await fetch(`${server.baseUrl}/api/graphql-playground`)
    expect(playground.status).toBe(404)
    const api = createApiClient(server.baseUrl)
    const response = await api.graphql('{ Articles { totalDocs } }')
    expect(response.body.data.Articles.totalDocs).toBe(0)
  })

  it('serves the admin panel', async () => {
    const response = await fetch(`${server.baseUrl}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })
})
