import { existsSync } from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

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
