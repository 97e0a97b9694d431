/**
 * A fresh production install: the build started as `npm start` starts it, on a new SQLite file.
 * The run's shared server has its first user already, so the first-run screens are proven here.
 */
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { createApiClient } from '../helpers/api'
import { haveChromium, launchChromium, CHROMIUM_PATH } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

if (!haveChromium) throw new Error(`The browser tests need chromium at ${CHROMIUM_PATH}.`)

const OWNER = { email: 'owner@fresh.example', password: 'a-long-password-1', name: 'Olive Owner' }

describe('a fresh production install', () => {
  const temp = makeTempDir('production')
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    const launched = launchChromium()
    try {
      server = await startServer({ DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}` })
    } finally {
      browser = await launched
    }
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    temp.cleanup()
  })

  it('applies the committed migrations, serves empty lists and turns the playground off', async () => {
    const api = createApiClient(server.baseUrl)
    // Production never pushes the schema: the tables exist only if the migrations ran.
    const articles = await api.request('GET', '/api/articles')
    expect(articles.status).toBe(200)
    expect(articles.body.totalDocs).toBe(0)
    expect((await fetch(`${server.baseUrl}/api/graphql-playground`)).status).toBe(404)
  })

  it('walks the first visitor through creating the first user, who becomes the only admin', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.fill('input[name="email"]', OWNER.email)
    await page.fill('input[name="password"]', OWNER.password)
    await page.fill('input[name="confirm-password"]', OWNER.password)
    await page.fill('input[name="name"]', OWNER.name)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user).toMatchObject({ email: OWNER.email, roles: ['admin'] })

    // Once there is a user, nobody else registers as "first", whatever roles they ask for.
    const second = await fetch(`${server.baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'intruder@fresh.example',
        password: 'x'.repeat(16),
        name: 'I',
        roles: ['admin'],
      }),
    })
    expect(second.status).toBe(403)

    // Signing in sets a Secure, HttpOnly cookie, and the answer carries HSTS.
    const login = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=[^;]+;/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(login.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    )
  })
})
