/**
 * The workflow-aware history in a real browser: an article goes through review and is published
 * over the API, its author then edits it, and an editor opens its versions list (review state,
 * who last edited each version, the moves with their actors and comments), its edit view (no
 * "Revert to published": a pending draft is discarded by a workflow move), and the review panel's
 * comparison of the working copy with the live version.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { CHROMIUM_PATH, haveChromium, launchChromium, signedInContext } from '../helpers/browser'
import { sharedServer, type TestAccount } from '../helpers/sharedServer'
import { unique, validData } from '../helpers/workflow'

if (!haveChromium) throw new Error(`The browser tests need chromium at ${CHROMIUM_PATH}.`)

const SCREENSHOTS = process.env.E2E_SCREENSHOTS
const APPROVAL_COMMENT = 'Sources check out; approved.'
const EDITED_SUMMARY = 'A summary rewritten after publication.'

describe('workflow-aware version history in the admin panel', () => {
  const { baseUrl, api, createAccount } = sharedServer()
  let author: TestAccount
  let reviewer: TestAccount
  let editor: TestAccount
  let launched: Promise<Browser> | undefined
  let browser: Browser
  let page: Page
  let articleId: string

  const move = async (account: TestAccount, to: string, comment?: string) => {
    const response = await api.request('POST', `/api/articles/${articleId}/transition`, {
      token: account.token,
      body: { to, comment },
    })
    expect(response.status).toBe(200)
  }

  const shoot = async (name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true })
  }

  beforeAll(async () => {
    // The browser starts while the article is set up over the API.
    launched = launchChromium()
    ;[author, reviewer, editor] = await Promise.all([
      createAccount('Hannah History Author', 'author'),
      createAccount('Victor History Reviewer', 'reviewer'),
      createAccount('Elena History Editor', 'editor'),
    ])
    const created = await api.request('POST', '/api/articles?draft=true', {
      token: author.token,
      body: validData('articles', unique('Ice pick scars, version by version'), ''),
    })
    expect(created.status).toBe(201)
    articleId = created.body.doc.id
    await move(author, 'in_review')
    await move(reviewer, 'approved', APPROVAL_COMMENT)
    await move(editor, 'published')
    // The author edits the live article: a pending draft beside the live version.
    const edited = await api.request('PATCH', `/api/articles/${articleId}?draft=true`, {
      token: author.token,
      body: { summary: EDITED_SUMMARY },
    })
    expect(edited.status).toBe(200)

    browser = await launched
    const session = await signedInContext(browser, baseUrl, editor.token, {
      viewport: { width: 1440, height: 1000 },
    })
    page = await session.newPage()
  })

  afterAll(async () => {
    await (await launched?.catch(() => undefined))?.close()
  })

  it('lists each version with its review state, who last edited it and the moves made on it', async () => {
    await page.goto(`${baseUrl}/admin/collections/articles/${articleId}/versions`)
    const list = page.getByTestId('workflow-versions')
    await list.locator('tbody tr').first().waitFor()
    await shoot('version-history-list.png')

    const headings = await list.locator('thead th').allInnerTexts()
    expect(headings.map((heading) => heading.trim())).toEqual(
      expect.arrayContaining(['Review state', 'Last edited by', 'Workflow moves']),
    )

    // Newest first: the author's pending edit is the working copy, in draft.
    const working = list.locator('tbody tr').first()
    expect(await working.locator('[data-review-state]').getAttribute('data-review-state')).toBe(
      'draft',
    )
    expect(await working.locator('[data-version-role]').allInnerTexts()).toEqual(['Working copy'])
    expect((await working.locator('td.cell-lastEditedBy').innerText()).trim()).toBe(
      'Hannah History Author',
    )

    // The version the reviewer approved carries the approval: actor and comment.
    const approval = list.locator('tbody li[data-action="approve"]')
    await expect(approval.locator('[data-actor]').innerText()).resolves.toBe(
      'Victor History Reviewer',
    )
    await expect(approval.locator('blockquote').innerText()).resolves.toBe(APPROVAL_COMMENT)
    const approved = list.locator('tbody tr', {
      has: page.locator('li[data-action="approve"]'),
    })
    // Publishing makes the approved version live: that one version is both.
    expect(await approved.locator('[data-version-role]').allInnerTexts()).toEqual([
      'Live',
      'Last approved',
    ])

    // The live version is in the published state, with the editor's move.
    const live = list.locator('tbody tr', { has: page.locator('[data-version-role="live"]') })
    expect(await live.count()).toBe(1)
    expect(await live.locator('[data-review-state]').getAttribute('data-review-state')).toBe(
      'published',
    )
    await expect(live.locator('li[data-action="publish"] [data-actor]').innerText()).resolves.toBe(
      'Elena History Editor',
    )
  })

  it('offers no "Revert to published" on a live article with a pending edit, and links the diff', async () => {
    await page.goto(`${baseUrl}/admin/collections/articles/${articleId}`)
    const status = page.getByTestId('workflow-document-status')
    await status.waitFor()
    expect(await status.locator('[data-publication]').getAttribute('data-publication')).toBe('live')
    expect(await status.locator('[data-pending-edit]').count()).toBe(1)
    expect(await page.locator('#action-revert-to-published').count()).toBe(0)
    expect(await page.getByText('Revert to published').count()).toBe(0)

    const toLive = page.getByTestId('workflow-diff-links').locator('[data-diff="live"] a')
    await toLive.waitFor()
    await shoot('version-history-edit.png')
    await toLive.click()
    await page.waitForURL(/\/versions\/[^/?]+\?versionFrom=/)
    await page.getByText(EDITED_SUMMARY).first().waitFor()
    await shoot('version-history-diff.png')
  })
})
