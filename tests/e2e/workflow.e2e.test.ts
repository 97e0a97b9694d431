/**
 * The review workflow as people use it: an author writes and submits an article from the admin
 * panel, a reviewer approves it, an editor publishes it, and only then does the public see it.
 * Every move is a click on the edit view's workflow panel, each role in its own browser session.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { CHROMIUM_PATH, haveChromium, launchChromium, signedInContext } from '../helpers/browser'
import { sharedServer, type TestAccount } from '../helpers/sharedServer'

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

  /** A fresh browser session of its own, signed in as `role`. */
  const signIn = async (role: Role): Promise<Page> => {
    const context = await signedInContext(browser, baseUrl, accounts[role].token, {
      viewport: { width: 1440, height: 1000 },
    })
    return context.newPage()
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
    const launched = launchChromium()
    try {
      await Promise.all(
        (Object.entries(USERS) as [Role, (typeof USERS)[Role]][]).map(async ([role, user]) => {
          accounts[role] = await createAccount(user.name, user.role)
        }),
      )
    } finally {
      browser = await launched
    }
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

  it('publication integrity: a draft quote blocks the article, withdraw while an edit is pending, the dashboard agrees with the public', async () => {
    const mark = `pi${Date.now().toString(36)}`
    const call = async (method: string, url: string, token: string, body?: unknown) => {
      const response = await api.request(method, url, { token, body })
      if (response.status >= 300) {
        throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(response.body)}`)
      }
      return response.body
    }
    const moveByApi = (collection: string, id: string, token: string, to: string) =>
      call('POST', `/api/${collection}/${id}/transition`, token, { to })
    const statement = `Subcision lifts tethered rolling scars ${mark}.`
    const expert = (
      await call('POST', '/api/experts', accounts.editor.token, {
        name: `Dr. Integrity ${mark}`,
        credentials: 'MD',
      })
    ).doc.id
    const quote = (
      await call('POST', '/api/expert-quotes', accounts.author.token, {
        statement,
        expert,
        source: { publication: 'Integrity Journal' },
      })
    ).doc.id
    const title = `Integrity walk ${mark}`
    const article = (
      await call('POST', '/api/articles', accounts.author.token, {
        title,
        body: {
          root: {
            type: 'root',
            version: 1,
            children: [
              {
                type: 'paragraph',
                version: 1,
                children: [
                  { type: 'text', version: 1, text: 'An expert says ', format: 0 },
                  {
                    type: 'inlineBlock',
                    version: 1,
                    fields: {
                      id: '66b000000000000000000001',
                      blockType: 'expertQuote',
                      blockName: '',
                      quote,
                    },
                  },
                ],
              },
            ],
          },
        },
      })
    ).doc.id
    await moveByApi('articles', article, accounts.author.token, 'in_review')
    await moveByApi('articles', article, accounts.reviewer.token, 'approved')

    // The editor tries to publish: refused, and the panel names the quote with a link to it.
    const editor = await signIn('editor')
    const articleUrl = `${baseUrl}/admin/collections/articles/${article}`
    await editor.goto(articleUrl)
    const publish = panelOf(editor).locator('button[data-action="publish"]')
    await publish.waitFor()
    const refused = editor.waitForResponse((res) => res.url().endsWith('/transition'))
    await publish.click()
    expect((await refused).status()).toBe(409)
    const refusal = panelOf(editor).getByTestId('workflow-refusal')
    await refusal.waitFor()
    expect(await refusal.innerText()).toContain(statement.slice(0, 30))
    expect(await refusal.locator('a').first().getAttribute('href')).toBe(
      `/admin/collections/expert-quotes/${quote}`,
    )
    await shoot(editor, 'integrity-refused.png')

    // The quote goes through review and the editor publishes it, then the article.
    await moveByApi('expert-quotes', quote, accounts.author.token, 'in_review')
    await moveByApi('expert-quotes', quote, accounts.reviewer.token, 'approved')
    await editor.goto(`${baseUrl}/admin/collections/expert-quotes/${quote}`)
    await makeMove(editor, 'publish', 'published', 'Published')
    await editor.goto(articleUrl)
    await makeMove(editor, 'publish', 'published', 'Published')
    expect(await publicTitles()).toContain(title)

    // The author edits the live article; the editor withdraws it while the edit is pending.
    await call('PATCH', `/api/articles/${article}`, accounts.author.token, {
      title: `${title} (second edition)`,
    })
    await editor.goto(articleUrl)
    await panelOf(editor).locator('[data-review-state="draft"]').waitFor()
    const withdraw = panelOf(editor).locator('button[data-action="withdraw"]')
    await withdraw.waitFor()
    expect(await withdraw.isDisabled()).toBe(true)
    await panelOf(editor).locator('textarea').fill('A dosage in it is wrong.')
    const withdrawn = editor.waitForResponse((res) => res.url().endsWith('/transition'))
    await withdraw.click()
    expect((await withdrawn).status()).toBe(200)
    await panelOf(editor).getByText('A dosage in it is wrong.').waitFor()
    expect(await publicTitles()).not.toContain(title)
    const publicRead = await api.request('GET', `/api/articles/${article}`)
    expect(publicRead.status).toBe(404)
    // The pending edit was kept.
    const kept = await call(
      'GET',
      `/api/articles/${article}?draft=true&depth=0`,
      accounts.editor.token,
    )
    expect([kept.title, kept.reviewState, kept.publication]).toEqual([
      `${title} (second edition)`,
      'draft',
      'offline',
    ])
    await shoot(editor, 'integrity-withdrawn.png')

    // The dashboard's live counts are what anonymous readers get.
    await editor.goto(`${baseUrl}/admin`)
    for (const collection of ['articles', 'expert-quotes']) {
      const shown = await editor.locator(`[data-live-count="${collection}"]`).innerText()
      const anonymous = await api.request('GET', `/api/${collection}?limit=1&depth=0`)
      expect([collection, Number(shown.trim())]).toEqual([collection, anonymous.body.totalDocs])
    }
    await editor.context().close()
  })
})
