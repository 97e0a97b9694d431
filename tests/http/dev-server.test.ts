/**
 * The one test of `npm run dev`: the development server starts from the TypeScript sources and
 * its admin renders in a browser on 127.0.0.1 as well as on localhost (Next refuses its
 * development scripts to origins it was not told about, which leaves a blank page). Its API is
 * served by Next's route files, which the production server leaves out (src/api/handlers.ts).
 */
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { haveChromium, launchChromium, CHROMIUM_PATH } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

if (!haveChromium) throw new Error(`The browser tests need chromium at ${CHROMIUM_PATH}.`)

// A cold development server compiles the admin on its first visit.
const COLD_COMPILE_MS = 180_000

describe('npm run dev', () => {
  const temp = makeTempDir('dev-server')
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    const launched = launchChromium()
    try {
      server = await startServer(
        { DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}` },
        'development',
      )
    } finally {
      browser = await launched
    }
  }, COLD_COMPILE_MS)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    temp.cleanup()
  })

  it(
    'serves a working admin on localhost and on 127.0.0.1',
    async () => {
      for (const host of ['127.0.0.1', 'localhost']) {
        const page = await browser.newPage()
        page.setDefaultTimeout(COLD_COMPILE_MS)
        const refused: string[] = []
        page.on('response', (response) => {
          if (response.url().includes('/_next/') && response.status() >= 400)
            refused.push(`${response.status()} ${response.url()}`)
        })
        await page.goto(`${server.baseUrl.replace('localhost', host)}/admin`)
        await page.waitForURL(/\/admin\/create-first-user/)
        // The form is interactive only once Next's scripts ran: typing fills the field.
        await page.fill('input[name="email"]', `owner@${host}.example`)
        expect(await page.inputValue('input[name="email"]')).toBe(`owner@${host}.example`)
        expect(refused).toEqual([])
        await page.close()
      }
    },
    COLD_COMPILE_MS,
  )

  it(
    "answers REST and GraphQL (through Next's route files in development)",
    async () => {
      const rest = await fetch(`${server.baseUrl}/api/articles?limit=1`)
      expect(rest.status).toBe(200)
      expect(await rest.json()).toMatchObject({ docs: [], totalDocs: 0 })
      const graphql = await fetch(`${server.baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }),
      })
      expect(graphql.status).toBe(200)
      expect(await graphql.json()).toEqual({ data: { Articles: { totalDocs: 0 } } })
    },
    COLD_COMPILE_MS,
  )
})
