/**
 * How the admin panel names inline expert quotes (chip, picker options, version diff), and the
 * browser cache that loads them in batches. The browser test proves them in the real admin.
 */
import { inlineQuoteIds, withQuotesSpelledOut } from '../../src/admin/quotes/quoteDiff'
import {
  quoteLabel,
  quotedStatement,
  quoteStatusText,
  relationshipIds,
  summariesFrom,
  type QuoteSummary,
} from '../../src/admin/quotes/quoteSummary'
import { QuoteSummaryStore, type FetchSummaries } from '../../src/admin/quotes/quoteSummaryStore'

const DRAFT_QUOTE: QuoteSummary = {
  id: 'q1',
  statement: 'Subcision   frees the tethered\nbands under rolling scars.',
  expertName: 'Dr. Jane Doe',
  reviewState: 'in_review',
  live: false,
}

describe('quote labels', () => {
  it('name the statement, the expert, the review state and whether readers see it', () => {
    expect(quoteLabel(DRAFT_QUOTE)).toBe(
      '“Subcision frees the tethered bands under rolling scars.” — Dr. Jane Doe · In review · not live',
    )
    expect(quoteLabel({ ...DRAFT_QUOTE, reviewState: 'published', live: true })).toBe(
      '“Subcision frees the tethered bands under rolling scars.” — Dr. Jane Doe · Published · live',
    )
    // A live quote whose working copy is being edited again.
    expect(quoteStatusText({ reviewState: 'draft', live: true })).toBe('Draft · live')
  })

  it('shorten the statement at a word boundary only when asked', () => {
    expect(quoteLabel(DRAFT_QUOTE, { maxStatementLength: 30 })).toBe(
      '“Subcision frees the tethered…” — Dr. Jane Doe · In review · not live',
    )
    expect(quotedStatement('Short.', 30)).toBe('“Short.”')
  })

  it('say so when the statement or the expert is missing', () => {
    expect(quoteLabel({ ...DRAFT_QUOTE, statement: '  ', expertName: null })).toBe(
      'Quote without a statement — unknown expert · In review · not live',
    )
  })

  it('are made from the working copies and the ids of the live quotes', () => {
    const summaries = summariesFrom(
      [
        { id: 'q1', statement: 'A', expert: { id: 'e1', name: 'Dr. A' }, reviewState: 'draft' },
        // The expert was not populated (deleted or unreadable): no name.
        { id: 'q2', statement: 'B', expert: 'e2', reviewState: 'published' },
        { statement: 'no id' },
      ],
      new Set(['q2']),
    )
    expect([...summaries.values()]).toEqual([
      { id: 'q1', statement: 'A', expertName: 'Dr. A', reviewState: 'draft', live: false },
      { id: 'q2', statement: 'B', expertName: null, reviewState: 'published', live: true },
    ])
  })

  it('read relationship values stored, listed or populated', () => {
    expect(relationshipIds('q1')).toEqual(['q1'])
    expect(relationshipIds(['q1', { id: 'q2' }, 'q1', null])).toEqual(['q1', 'q2'])
    expect(relationshipIds(null)).toEqual([])
  })
})

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const quoteNode = (quote: unknown) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { id: 'block-1', blockType: 'expertQuote', blockName: '', quote },
})
const body = (...children: object[]) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children }] },
})

describe('inline quotes in the version diff', () => {
  it('become internal links to the quote, named by the quote label', () => {
    const value = body(text('Experts agree: '), quoteNode({ id: 'q1', statement: 'populated' }))
    const summaries = new Map([['q1', DRAFT_QUOTE]])
    expect(inlineQuoteIds([value, body(quoteNode('q2')), null])).toEqual(['q1', 'q2'])

    const spelled = withQuotesSpelledOut(value, summaries) as ReturnType<typeof body>
    const paragraph = spelled.root.children[0] as { children: Record<string, unknown>[] }
    expect(paragraph.children[0]).toEqual(text('Experts agree: '))
    expect(paragraph.children[1]).toMatchObject({
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo: 'expert-quotes', value: { id: 'q1' } } },
      children: [{ type: 'text', text: quoteLabel(DRAFT_QUOTE) }],
    })
    // The stored value is left as it was.
    expect((value.root.children[0] as { children: object[] }).children[1]).toEqual(
      quoteNode({ id: 'q1', statement: 'populated' }),
    )
  })

  it('say which quote could not be found, and leave other values alone', () => {
    const spelled = withQuotesSpelledOut(body(quoteNode('gone'), quoteNode(null)), new Map())
    const paragraph = (spelled as ReturnType<typeof body>).root.children[0] as {
      children: { type: string; text?: string; children?: { text: string }[] }[]
    }
    expect(paragraph.children[0].children?.[0].text).toBe('Expert quote gone (not found)')
    expect(paragraph.children[1]).toMatchObject({
      type: 'text',
      text: 'Expert quote (none chosen)',
    })
    expect(withQuotesSpelledOut('not rich text', new Map())).toBe('not rich text')
  })
})

describe('the browser cache of quote summaries', () => {
  const summary = (id: string): QuoteSummary => ({ ...DRAFT_QUOTE, id })
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

  const storeWith = (options: { now?: () => number; fail?: boolean } = {}) => {
    const calls: string[][] = []
    const fetchSummaries: FetchSummaries = async (ids) => {
      calls.push(ids)
      if (options.fail) throw new Error('offline')
      return new Map(ids.filter((id) => id !== 'gone').map((id) => [id, summary(id)]))
    }
    const store = new QuoteSummaryStore(fetchSummaries, {
      maxAgeMs: 1000,
      batchSize: 2,
      batchDelayMs: 0,
      now: options.now,
    })
    return { store, calls }
  }

  it('reads what is asked for at once together, in batches, and tells its listeners', async () => {
    const { store, calls } = storeWith()
    let told = 0
    store.subscribe(() => (told += 1))
    store.request(['a', 'b'])
    store.request(['b', 'c', 'gone'])
    await settle()
    expect(calls).toEqual([
      ['a', 'b'],
      ['c', 'gone'],
    ])
    expect(store.get('a')).toEqual({ state: 'loaded', summary: summary('a') })
    expect(store.get('gone')).toEqual({ state: 'missing' })
    expect(told).toBe(2)
  })

  it('reads a quote again only when its summary is stale or refreshed', async () => {
    let now = 0
    const { store, calls } = storeWith({ now: () => now })
    store.request(['a'])
    await settle()
    store.request(['a'])
    await settle()
    expect(calls).toEqual([['a']])
    now = 1000
    store.request(['a'])
    await settle()
    store.refresh(['a'])
    await settle()
    expect(calls).toEqual([['a'], ['a'], ['a']])
  })

  it('keeps a failed read as failed until it is stale, so nothing retries in a loop', async () => {
    const { store, calls } = storeWith({ fail: true, now: () => 0 })
    store.request(['a'])
    await settle()
    store.request(['a'])
    await settle()
    expect(store.get('a')).toEqual({ state: 'failed', message: 'offline' })
    expect(calls).toEqual([['a']])
  })
})
