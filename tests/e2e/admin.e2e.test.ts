import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { haveChromium, launchChromium, CHROMIUM_PATH } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

if (!haveChromium && process.env.CI) throw new Error(`CI needs chromium at ${CHROMIUM_PATH}.`)
if (!haveChromium) console.info(`Skipping browser tests: no chromium at ${CHROMIUM_PATH}.`)
const describeInBrowser = haveChromium ? describe : describe.skip

const SCREENSHOTS = process.env.E2E_SCREENSHOTS
// The development server compiles each admin route on its first visit; allow for a cold cache.
const COLD_COMPILE_MS = 300_000

describeInBrowser('admin panel in a real browser', () => {
  const temp = makeTempDir('e2e-admin')
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer({
      DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
      // An empty database, so the first-user screen shows.
      SEED_ON_EMPTY: 'false',
    })
    browser = await launchChromium()
    page = await browser.newPage()
    page.setDefaultTimeout(COLD_COMPILE_MS)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    temp.cleanup()
  })

  it('sends a new install to the create-first-user screen, and that user becomes an admin', async () => {
    await page.goto(`${server.baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.fill('input[name="email"]', 'owner@test.example')
    await page.fill('input[name="password"]', 'a-long-password-1')
    await page.fill('input[name="confirm-password"]', 'a-long-password-1')
    await page.fill('input[name="name"]', 'Olive Owner')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png') })

    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user).toMatchObject({ email: 'owner@test.example', roles: ['admin'] })
  })

  it('lists every content collection on the dashboard', async () => {
    for (const label of [
      'Articles',
      'Expert quotes',
      'Experts',
      'Scar types',
      'Treatments',
      'Media',
    ]) {
      const card = page.getByRole('link', { name: new RegExp(`^${label}`) }).first()
      await card.waitFor({ state: 'visible', timeout: 10_000 })
    }
  })

  it(
    'creates an expert through the edit form',
    async () => {
      await page.goto(`${server.baseUrl}/admin/collections/experts/create`)
      await page.fill('input[name="name"]', 'Dr. Browser Test')
      await page.fill('input[name="credentials"]', 'MD, board-certified dermatologist')
      await page.keyboard.press('Control+s')
      await page.waitForURL(/\/admin\/collections\/experts\/[0-9a-f-]{36}$/)
      if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'expert.png') })

      const response = await fetch(
        `${server.baseUrl}/api/experts?where[slug][equals]=dr-browser-test`,
      )
      const body = await response.json()
      expect(body.docs).toHaveLength(1)
      expect(body.docs[0].credentials).toBe('MD, board-certified dermatologist')
    },
    COLD_COMPILE_MS,
  )
})
