/**
 * Inline expert quotes in the admin panel of the production build, in a real browser: the chip in
 * the article editor names the statement and the expert and marks a quote that is not live, the
 * quote picker names each option's expert and review state and warns as soon as a quote that is
 * not live is chosen, and the version diff shows inline quotes by their words. The picker test
 * comes last: it leaves the form modified.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { CHROMIUM_PATH, haveChromium, launchChromium, signedInContext } from '../helpers/browser'
import { sharedServer, type TestAccount } from '../helpers/sharedServer'

if (!haveChromium) throw new Error(`The browser tests need chromium at ${CHROMIUM_PATH}.`)

const SCREENSHOTS = process.env.E2E_SCREENSHOTS
/** Unique to this run, so the picker's search finds this file's quote and no other. */
const MARK = `qe2e${Date.now().toString(36)}`
const EXPERT = 'Dr. Quinn Quotewell'
const DRAFT_STATEMENT =
  'Subcision frees the fibrous bands that tether rolling scars, so the skin above them can rise again.'
const LIVE_STATEMENT = 'Ice pick scars answer best to focal TCA CROSS.'
const IN_REVIEW_STATEMENT = `Microneedling with radiofrequency helps boxcar scars ${MARK}.`

describe('inline expert quotes in the admin panel', () => {
  const { baseUrl, api, createAccount } = sharedServer()
  let admin: TestAccount
  let launched: Promise<Browser> | undefined
  let browser: Browser
  let page: Page
  let articleId: string

  const call = async (method: string, url: string, token: string, body?: unknown) => {
    const response = await api.request(method, url, { token, body })
    if (response.status >= 300) {
      throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return response.body
  }

  const createQuote = async (statement: string, expertId: string): Promise<string> =>
    (
      await call('POST', '/api/expert-quotes?draft=true', admin.token, {
        statement,
        expert: expertId,
        source: { publication: 'Quote Test Journal' },
      })
    ).doc.id

  const text = (words: string) => ({ type: 'text', version: 1, text: words, format: 0 })
  const inlineQuote = (id: string, blockId: string) => ({
    type: 'inlineBlock',
    version: 1,
    fields: { id: blockId, blockType: 'expertQuote', blockName: '', quote: id },
  })
  const body = (...children: object[]) => ({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children }],
    },
  })

  const shoot = async (name: string) => {
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true })
  }

  beforeAll(async () => {
    // The browser starts while the content is set up over the API.
    launched = launchChromium()
    const [adminAccount, reviewer] = await Promise.all([
      createAccount('Quincy Quote Admin', 'admin'),
      createAccount('Rhea Quote Reviewer', 'reviewer'),
    ])
    admin = adminAccount
    const expertId = (
      await call('POST', '/api/experts', admin.token, { name: EXPERT, credentials: 'MD' })
    ).doc.id
    const draftQuote = await createQuote(DRAFT_STATEMENT, expertId)
    const liveQuote = await createQuote(LIVE_STATEMENT, expertId)
    const inReviewQuote = await createQuote(IN_REVIEW_STATEMENT, expertId)
    for (const [to, token] of [
      ['in_review', admin.token],
      ['approved', reviewer.token],
      ['published', admin.token],
    ]) {
      await call('POST', `/api/expert-quotes/${liveQuote}/transition`, token, { to })
    }
    await call('POST', `/api/expert-quotes/${inReviewQuote}/transition`, admin.token, {
      to: 'in_review',
    })
    // Two versions of the body, so the version view has a diff with both quotes in it.
    articleId = (
      await call('POST', '/api/articles?draft=true', admin.token, {
        title: `Quotes in the editor ${MARK}`,
        body: body(text('Before: '), inlineQuote(liveQuote, '66a000000000000000000001')),
      })
    ).doc.id
    await call('PATCH', `/api/articles/${articleId}?draft=true`, admin.token, {
      body: body(
        text('Experts say '),
        inlineQuote(draftQuote, '66a000000000000000000002'),
        text(' and '),
        inlineQuote(liveQuote, '66a000000000000000000001'),
      ),
    })

    browser = await launched
    const session = await signedInContext(browser, baseUrl, admin.token, {
      viewport: { width: 1440, height: 1000 },
    })
    page = await session.newPage()
  })

  afterAll(async () => {
    await (await launched?.catch(() => undefined))?.close()
  })

  it('names inline quotes in the editor and marks the one that is not live', async () => {
    await page.goto(`${baseUrl}/admin/collections/articles/${articleId}`)
    const notLive = page.locator('[data-testid="expert-quote-chip"][data-live="false"]')
    const live = page.locator('[data-testid="expert-quote-chip"][data-live="true"]')
    await notLive.waitFor()
    await live.waitFor()
    await shoot('quotes-editor.png')
    expect(await notLive.innerText()).toMatch(
      /^“Subcision frees the fibrous bands that tether rolling scars…”\s+— Dr\. Quinn Quotewell\s+Not live · Draft$/,
    )
    expect(await live.innerText()).toMatch(
      /^“Ice pick scars answer best to focal TCA CROSS\.”\s+— Dr\. Quinn Quotewell$/,
    )
  })

  it('shows inline quotes in the version diff by statement and expert', async () => {
    const versions = await call(
      'GET',
      `/api/articles/versions?where[parent][equals]=${articleId}&sort=-createdAt&limit=1`,
      admin.token,
    )
    await page.goto(
      `${baseUrl}/admin/collections/articles/${articleId}/versions/${versions.docs[0].id}`,
    )
    const diff = page.locator('.lexical-diff').first()
    await diff.waitFor()
    await shoot('quotes-diff.png')
    const shown = await diff.innerText()
    expect(shown).toContain(`“${DRAFT_STATEMENT}” — ${EXPERT} · Draft · not live`)
    expect(shown).toContain(`“${LIVE_STATEMENT}” — ${EXPERT} · Published · live`)
    expect(shown).not.toContain('InlineBlock')
    // Each quote links to its own edit view.
    expect(await diff.locator('a[href*="/admin/collections/expert-quotes/"]').count()).toBe(3)
  })

  it('names the expert and review state in the picker and warns at once on a quote not live', async () => {
    await page.goto(`${baseUrl}/admin/collections/articles/${articleId}`)
    const picker = page.locator('#field-expertQuotes')
    await picker.locator('.rs__control').click()
    await page.keyboard.type(MARK)
    // Payload lists the statement first; the label follows once the quote's summary is read.
    const option = page.locator('.rs__option', { hasText: MARK }).filter({ hasText: EXPERT })
    await option.waitFor()
    expect(await option.innerText()).toBe(
      `“${IN_REVIEW_STATEMENT}” — ${EXPERT} · In review · not live`,
    )
    await option.click()
    // Nothing saved yet: the warning comes from the choice alone.
    const warning = picker.getByTestId('quote-not-live-warning')
    await warning.waitFor()
    await shoot('quotes-picker-warning.png')
    expect(await warning.innerText()).toContain(`${EXPERT} · In review · not live`)
  })
})
