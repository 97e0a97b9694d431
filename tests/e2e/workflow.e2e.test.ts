/**
 * The review workflow as people use it: an author writes and submits an article from the admin
 * panel, a reviewer approves it, an editor publishes it, and only then does the public see it.
 * Every move is a click on the edit view's workflow panel, each role in its own browser session.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { CHROMIUM_PATH, haveChromium, launchChromium } from '../helpers/browser'
import { sharedServer, TEST_PASSWORD, type TestAccount } from '../helpers/sharedServer'

if (!haveChromium) throw new Error(`The browser tests need chromium at ${CHROMIUM_PATH}.`)

const SCREENSHOTS = process.env.E2E_SCREENSHOTS
const TITLE = 'Rolling scars: a browser-tested guide'

const USERS = {
  editor: { name: 'Eddie Editor', role: 'editor' },
  reviewer: { name: 'Rita Reviewer', role: 'reviewer' },
  author: { name: 'Alice Author', role: 'author' },
} as const

type Role = keyof typeof USERS

describe('review workflow in the admin panel', () => {
  const { baseUrl, api, createAccount } = sharedServer()
  const accounts = {} as Record<Role, TestAccount>
  let browser: Browser

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
    await page.goto(`${baseUrl}/admin/login`)
    await page.fill('input[name="email"]', accounts[role].email)
    await page.fill('input[name="password"]', TEST_PASSWORD)
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
    for (const [role, user] of Object.entries(USERS) as [Role, (typeof USERS)[Role]][]) {
      accounts[role] = await createAccount(user.name, user.role)
    }
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('takes an article from an author through review to the public, one role per session', async () => {
    // The author writes and submits.
    const author = await signIn('author')
    await author.goto(`${baseUrl}/admin/collections/articles/create`)
    // No document yet, so the panel only says what to do first.
    await author.getByText('Save this document as a draft first').waitFor()
    await author.fill('input[name="title"]', TITLE)
    await author.keyboard.press('Control+s')
    await author.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
    const articleUrl = author.url()
    expect(await stateShown(author)).toBe('draft')
    // Payload's own Publish button is gone: publishing is a review move.
    expect(await author.locator('#action-save').count()).toBe(0)
    await makeMove(author, 'submit', 'in_review', 'In review')
    await panelOf(author).getByText('Submitted').first().waitFor()
    await shoot(author, 'workflow-author-submitted.png')
    await author.context().close()
    expect(await publicTitles()).not.toContain(TITLE)

    // The reviewer approves; a comment is needed only to request changes.
    const reviewer = await signIn('reviewer')
    await reviewer.goto(articleUrl)
    const requestChanges = panelOf(reviewer).locator('button[data-action="requestChanges"]')
    await requestChanges.waitFor()
    expect(await requestChanges.isDisabled()).toBe(true)
    await panelOf(reviewer).locator('textarea').fill('Looks right to me.')
    expect(await requestChanges.isDisabled()).toBe(false)
    await makeMove(reviewer, 'approve', 'approved', 'Approved')
    await panelOf(reviewer).getByText('Looks right to me.').waitFor()
    await shoot(reviewer, 'workflow-reviewer-approved.png')
    await reviewer.context().close()
    expect(await publicTitles()).not.toContain(TITLE)

    // The editor publishes, and anonymous GraphQL returns it.
    const editor = await signIn('editor')
    await editor.goto(articleUrl)
    await makeMove(editor, 'publish', 'published', 'Published')
    expect(await panelOf(editor).locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/Published by Eddie Editor/),
      expect.stringMatching(/Approved by Rita Reviewer[\s\S]*Looks right to me\./),
      expect.stringMatching(/Submitted by Alice Author/),
    ])
    await shoot(editor, 'workflow-editor-published.png')
    await editor.context().close()
    expect(await publicTitles()).toContain(TITLE)
  })
})
