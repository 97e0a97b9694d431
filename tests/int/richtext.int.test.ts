/**
 * Rich text as HTML through the Local API on a real SQLite database, read as the public
 * (`overrideAccess: false`, no user) and as staff: inline expert quotes render only when the
 * reader may read the quote, internal links only to what the reader may see, and all referenced
 * documents of a list load in one query per collection.
 */
import type { Payload } from 'payload'

import { paragraphNode, inlineBlockNode, rootNode, textNode } from '../../seed/richText'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
const PUBLISHED = { _status: 'published', reviewState: 'published' } as const

type Doc = Record<string, any> & { id: string }

const linkNode = (relationTo: string, value: string, text: string) => ({
  type: 'link',
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
  fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
})

const quoteBlock = (quoteId: string, blockId: string) =>
  inlineBlockNode('expertQuote', blockId, { quote: quoteId })

let expert: Doc
let publishedQuote: Doc
let draftQuote: Doc
let publishedScarType: Doc
let draftScarType: Doc

const createArticle = (slug: string, body: unknown): Promise<Doc> =>
  payload.create({
    collection: 'articles',
    data: { title: `Article ${slug}`, slug, body, ...PUBLISHED } as never,
  }) as unknown as Promise<Doc>

const readAsPublic = async (slug: string, select?: Record<string, boolean>): Promise<Doc> => {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    overrideAccess: false,
    ...(select ? { select } : {}),
  })
  expect(docs).toHaveLength(1)
  return docs[0] as unknown as Doc
}

beforeAll(async () => {
  t = await bootPayload('richtext')
  payload = t.payload
  expert = (await payload.create({
    collection: 'experts',
    data: { name: 'Dr Ada <Quote>', slug: 'ada-quote', credentials: 'MD & FAAD' },
  })) as unknown as Doc
  const quote = (statement: string, status: object) =>
    payload.create({
      collection: 'expert-quotes',
      data: {
        statement,
        kind: 'direct',
        expert: expert.id,
        source: { publication: 'Test Journal' },
        ...status,
      } as never,
    }) as unknown as Promise<Doc>
  publishedQuote = await quote('Scars fade "slowly" & unevenly.', PUBLISHED)
  draftQuote = await quote('UNREVIEWED DRAFT WORDS', {})
  const scarType = (name: string, slug: string, status: object) =>
    payload.create({
      collection: 'scar-types',
      data: { name, slug, category: 'atrophic', ...status } as never,
    }) as unknown as Promise<Doc>
  publishedScarType = await scarType('Boxcar', 'boxcar', PUBLISHED)
  draftScarType = await scarType('Secret draft type', 'secret-draft-type', {})
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('bodyHtml', () => {
  const body = () =>
    rootNode([
      paragraphNode([textNode('Before the quotes.')]),
      paragraphNode([quoteBlock(publishedQuote.id, 'b1')]),
      paragraphNode([quoteBlock(draftQuote.id, 'b2')]),
      paragraphNode([
        textNode('See '),
        linkNode('scar-types', publishedScarType.id, 'boxcar scars') as never,
        textNode(' and '),
        linkNode('scar-types', draftScarType.id, 'a hidden type') as never,
        textNode('.'),
      ]),
    ])

  const PUBLISHED_QUOTE_HTML =
    '<blockquote class="expert-quote" data-kind="direct">' +
    '<p>Scars fade &quot;slowly&quot; &amp; unevenly.</p>' +
    '<footer><a href="/experts/ada-quote">Dr Ada &lt;Quote&gt;</a>, MD &amp; FAAD</footer>' +
    '</blockquote>'

  it('shows the public a published quote as a blockquote, and nothing of a draft quote or a draft link target', async () => {
    await createArticle('quotes-for-public', body())
    const article = await readAsPublic('quotes-for-public')
    expect(article.bodyHtml).toBe(
      '<p>Before the quotes.</p>' +
        PUBLISHED_QUOTE_HTML +
        '<p>See <a href="/scar-types/boxcar">boxcar scars</a> and a hidden type.</p>',
    )
    expect(JSON.stringify(article)).not.toContain('UNREVIEWED DRAFT WORDS')
    expect(article.bodyExcerpt).toBe('Before the quotes. See boxcar scars and a hidden type.')
  })

  it('shows staff the draft quote and link too: what is left out depends on who reads', async () => {
    await createArticle('quotes-for-staff', body())
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'quotes-for-staff' } },
      overrideAccess: false,
      user: t.users.editor,
    })
    expect(docs[0].bodyHtml).toContain('<p>UNREVIEWED DRAFT WORDS</p>')
    expect(docs[0].bodyHtml).toContain('<a href="/scar-types/secret-draft-type">a hidden type</a>')
  })

  it('selecting only the HTML and excerpt reads the body for them but does not return it', async () => {
    await createArticle('quotes-selected', body())
    const full = await readAsPublic('quotes-selected')
    const selected = await readAsPublic('quotes-selected', { bodyHtml: true, bodyExcerpt: true })
    expect(Object.keys(selected).sort()).toEqual(['bodyExcerpt', 'bodyHtml', 'id'])
    expect(selected.bodyHtml).toBe(full.bodyHtml)
    expect(selected.bodyExcerpt).toBe(full.bodyExcerpt)
  })

  it('loads the quotes of a whole list in one query, not one per article or node', async () => {
    for (const n of [1, 2, 3]) {
      await createArticle(
        `batched-${n}`,
        rootNode([
          paragraphNode([quoteBlock(publishedQuote.id, `q${n}`)]),
          paragraphNode([quoteBlock(draftQuote.id, `d${n}`)]),
        ]),
      )
    }
    // Payload's DataLoader batches population through payload.find: count its calls.
    const find = payload.find.bind(payload)
    const collectionsFound: string[] = []
    payload.find = ((args: { collection: string }) => {
      collectionsFound.push(args.collection)
      return find(args as never)
    }) as typeof payload.find
    try {
      const { docs } = await find({
        collection: 'articles',
        where: { slug: { like: 'batched-' } },
        overrideAccess: false,
        depth: 0,
      })
      expect(docs.map((doc) => doc.bodyHtml)).toEqual([
        PUBLISHED_QUOTE_HTML,
        PUBLISHED_QUOTE_HTML,
        PUBLISHED_QUOTE_HTML,
      ])
      expect(collectionsFound.sort()).toEqual(['expert-quotes', 'experts'])
    } finally {
      payload.find = find
    }
  })
})
