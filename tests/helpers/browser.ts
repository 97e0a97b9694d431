import { existsSync } from 'node:fs'

import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core'

/** Debian's chromium; nothing is downloaded. CI installs it, see .ci/run. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const haveChromium = existsSync(CHROMIUM_PATH)

/** Playwright gives each launch a fresh, empty profile of its own. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/**
 * A fresh browser session already signed in with `token` (from an API login): it holds Payload's
 * auth cookie, as the admin's login form leaves it, and nothing else. The login form itself is
 * proven once, in tests/e2e/admin.e2e.test.ts; other browser tests skip its two page loads.
 */
export const signedInContext = async (
  browser: Browser,
  baseUrl: string,
  token: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> => {
  const context = await browser.newContext(options)
  await context.addCookies([
    { name: 'payload-token', value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
  ])
  return context
}
