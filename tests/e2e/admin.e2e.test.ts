/**
 * The admin panel of the production build in a real browser: an admin signs in through the login
 * form, then uses the dashboard and an edit form.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { CHROMIUM_PATH, haveChromium, launchChromium } from '../helpers/browser'
import { sharedServer, TEST_PASSWORD } from '../helpers/sharedServer'

if (!haveChromium) throw new Error(`The browser tests need chromium at ${CHROMIUM_PATH}.`)

const SCREENSHOTS = process.env.E2E_SCREENSHOTS

describe('admin panel in a real browser', () => {
  const { baseUrl, api, createAccount } = sharedServer()
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  // The one sign-in through the form; other browser tests start with the session cookie it sets.
  it('signs in through the login form', async () => {
    const admin = await createAccount('Adele Admin', 'admin')
    await page.goto(`${baseUrl}/admin/login`)
    await page.fill('input[name="email"]', admin.email)
    await page.fill('input[name="password"]', TEST_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
    expect(me.user).toMatchObject({ email: admin.email, roles: ['admin'] })
  })

  it('lists every content collection on the dashboard', async () => {
    await page.goto(`${baseUrl}/admin`)
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png') })
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

  it('creates an expert through the edit form', async () => {
    await page.goto(`${baseUrl}/admin/collections/experts/create`)
    await page.fill('input[name="name"]', 'Dr. Browser Test')
    await page.fill('input[name="credentials"]', 'MD, board-certified dermatologist')
    await page.keyboard.press('Control+s')
    await page.waitForURL(/\/admin\/collections\/experts\/[0-9a-f-]{36}$/)
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'expert.png') })

    const stored = await api.request('GET', '/api/experts?where[slug][equals]=dr-browser-test')
    expect(stored.body.docs).toHaveLength(1)
    expect(stored.body.docs[0].credentials).toBe('MD, board-certified dermatologist')
  })
})
