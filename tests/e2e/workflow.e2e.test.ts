/**
 * The review workflow as people use it: an author writes and submits an article from the admin
 * panel, a reviewer approves it, an editor publishes it, and only then does the public see it.
 * Every move is a click on the edit view's workflow panel, each role in its own browser session.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { createApiClient, type ApiClient } from '../helpers/api'
import { CHROMIUM_PATH, haveChromium, launchChromium } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { makeTempDir } from '../helpers/tempDir'

if (!haveChromium && process.env.CI) throw new Error(`CI needs chromium at ${CHROMIUM_PATH}.`)
if (!haveChromium) console.info(`Skipping browser tests: no chromium at ${CHROMIUM_PATH}.`)
const describeInBrowser = haveChromium ? describe : describe.skip

const SCREENSHOTS = process.env.E2E_SCREENSHOTS
// The development server compiles each admin route on its first visit; allow for a cold cache.
const COLD_COMPILE_MS = 300_000
const PASSWORD = 'a-long-password-1'
const TITLE = 'Rolling scars: a browser-tested guide'

const USERS = {
  admin: { email: 'admin@wf.example', name: 'Ada Admin', roles: ['admin'] },
  editor: { email: 'editor@wf.example', name: 'Eddie Editor', roles: ['editor'] },
  reviewer: { email: 'reviewer@wf.example', name: 'Rita Reviewer', roles: ['reviewer'] },
  author: { email: 'author@wf.example', name: 'Alice Author', roles: ['author'] },
} as const

type Role = keyof typeof USERS

describeInBrowser('review workflow in the admin panel', () => {
  const temp = makeTempDir('e2e-workflow')
  let server: RunningServer
  let api: ApiClient
  let browser: Browser
  let articleUrl = ''

  const publicTitles = async (): Promise<string[]> => {
    const response = await api.graphql<{ Articles: { docs: { title: string }[] } }>(
      '{ Articles { docs { title } } }',
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    return response.body.data!.Articles.docs.map((doc) => doc.title)
  }

  /** A fresh browser session signed in through the admin's login form. */
  const signIn = async (role: Role): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    const page = await context.newPage()
    page.setDefaultTimeout(COLD_COMPILE_MS)
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.fill('input[name="email"]', USERS[role].email)
    await page.fill('input[name="password"]', PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    return page
  }

  const panelOf = (page: Page) => page.getByTestId('workflow-panel')

  const stateShown = (page: Page) =>
    panelOf(page).locator('[data-review-state]').first().getAttribute('data-review-state')

  /** Clicks a move on the panel and waits until the panel shows the new state. */
  const makeMove = async (page: Page, action: string, expected: string, label: string) => {
    const button = panelOf(page).locator(`button[data-action="${action}"]`)
    await button.waitFor({ state: 'visible' })
    const response = page.waitForResponse(
      (res) => res.url().endsWith('/transition') && res.request().method() === 'POST',
    )
    await button.click()
    expect((await response).status()).toBe(200)
    await panelOf(page).locator(`[data-review-state="${expected}"]`).waitFor()
    // The form is reloaded too, so the read-only state field agrees with the panel.
    await page.locator('#field-reviewState').getByText(label, { exact: true }).waitFor()
  }

  const shoot = async (page: Page, name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true })
  }

  beforeAll(async () => {
    server = await startServer({
      DATABASE_URI: `file:${path.join(temp.dir, 'cms.db')}`,
      SEED_ON_EMPTY: 'false',
    })
    api = createApiClient(server.baseUrl)

    const first = await api.request('POST', '/api/users/first-register', {
      body: { ...USERS.admin, password: PASSWORD },
    })
    expect(first.status).toBe(200)
    const adminToken = await api.login(USERS.admin.email, PASSWORD)
    for (const role of ['editor', 'reviewer', 'author'] as const) {
      const created = await api.request('POST', '/api/users', {
        token: adminToken,
        body: { ...USERS[role], password: PASSWORD },
      })
      expect(created.status).toBe(201)
    }
    browser = await launchChromium()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    temp.cleanup()
  })

  it(
    'lets an author write an article and submit it for review',
    async () => {
      const page = await signIn('author')
      await page.goto(`${server.baseUrl}/admin/collections/articles/create`)
      // No document yet, so the panel only says what to do first.
      await page.getByText('Save this document as a draft first').waitFor()
      await page.fill('input[name="title"]', TITLE)
      await page.keyboard.press('Control+s')
      await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
      articleUrl = page.url()

      expect(await stateShown(page)).toBe('draft')
      // Payload's own Publish button is gone: publishing is a review move.
      expect(await page.locator('#action-save').count()).toBe(0)
      await makeMove(page, 'submit', 'in_review', 'In review')
      await panelOf(page).getByText('Submitted').first().waitFor()
      await shoot(page, 'workflow-author-submitted.png')
      await page.context().close()

      expect(await publicTitles()).not.toContain(TITLE)
    },
    COLD_COMPILE_MS,
  )

  it(
    'lets a reviewer approve it, asking for a comment only to request changes',
    async () => {
      const page = await signIn('reviewer')
      await page.goto(articleUrl)
      const requestChanges = panelOf(page).locator('button[data-action="requestChanges"]')
      await requestChanges.waitFor()
      expect(await requestChanges.isDisabled()).toBe(true)
      await panelOf(page).locator('textarea').fill('Looks right to me.')
      expect(await requestChanges.isDisabled()).toBe(false)

      await makeMove(page, 'approve', 'approved', 'Approved')
      await panelOf(page).getByText('Looks right to me.').waitFor()
      await shoot(page, 'workflow-reviewer-approved.png')
      await page.context().close()

      expect(await publicTitles()).not.toContain(TITLE)
    },
    COLD_COMPILE_MS,
  )

  it(
    'lets an editor publish it, after which anonymous GraphQL returns it',
    async () => {
      const page = await signIn('editor')
      await page.goto(articleUrl)
      await makeMove(page, 'publish', 'published', 'Published')
      const history = panelOf(page).locator('li')
      expect(await history.allInnerTexts()).toEqual([
        expect.stringMatching(/Published by Eddie Editor/),
        expect.stringMatching(/Approved by Rita Reviewer[\s\S]*Looks right to me\./),
        expect.stringMatching(/Submitted by Alice Author/),
      ])
      await shoot(page, 'workflow-editor-published.png')
      await page.context().close()

      expect(await publicTitles()).toContain(TITLE)
    },
    COLD_COMPILE_MS,
  )
})
