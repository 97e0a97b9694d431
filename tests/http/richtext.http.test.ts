/**
 * What a front end gets over each transport for a published article: `bodyHtml` with the inline
 * expert quote rendered, `bodyExcerpt`, and related documents populated compactly over REST
 * (unless asked for more) but never cut over GraphQL, which asks for its fields itself. How the
 * HTML is made and who sees what is proven in tests/unit/richtext.test.ts and
 * tests/int/access.suite.ts.
 */
import { sharedServer, type TestAccount } from '../helpers/sharedServer'

const { api, createAccount } = sharedServer()
const tag = `rt${Date.now().toString(36)}`
let editor: TestAccount
let reviewer: TestAccount
let slug: string
let expertSlug: string

/** Submit, approve (by someone else) and publish. */
const publish = async (collection: string, id: string) => {
  for (const [who, to] of [
    [editor, 'in_review'],
    [reviewer, 'approved'],
    [editor, 'published'],
  ] as const) {
    const moved = await api.request('POST', `/api/${collection}/${id}/transition`, {
      token: who.token,
      body: { to },
    })
    expect(moved.status).toBe(200)
  }
}

const create = async (collection: string, body: Record<string, unknown>) => {
  const created = await api.request('POST', `/api/${collection}`, { token: editor.token, body })
  expect(created.status).toBe(201)
  return created.body.doc
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })

beforeAll(async () => {
  ;[editor, reviewer] = await Promise.all([
    createAccount(`${tag} editor`, 'editor'),
    createAccount(`${tag} reviewer`, 'reviewer'),
  ])
  const expert = await create('experts', { name: `Dr ${tag}`, credentials: 'MD' })
  expertSlug = expert.slug
  const quote = await create('expert-quotes', {
    statement: 'Scars soften with time.',
    expert: expert.id,
    source: { publication: 'Test Journal' },
    contextNote: 'Said at a test.',
  })
  await publish('expert-quotes', quote.id)
  const article = await create('articles', {
    title: `Rendered ${tag}`,
    expertQuotes: [quote.id],
    body: {
      root: {
        type: 'root',
        children: [
          paragraph(text('What helps.')),
          paragraph({
            type: 'inlineBlock',
            fields: { id: 'b1', blockType: 'expertQuote', blockName: '', quote: quote.id },
            version: 1,
          }),
        ],
      },
    },
  })
  slug = article.slug
  await publish('articles', article.id)
})

const expectedHtml = () =>
  '<p>What helps.</p><blockquote class="expert-quote" data-kind="paraphrase">' +
  `<p>Scars soften with time.</p><footer><a href="/experts/${expertSlug}">Dr ${tag}</a>, MD` +
  '</footer></blockquote>'

test('REST: bodyHtml and bodyExcerpt, related quotes compact unless the client asks for more', async () => {
  const bySlug = `/api/articles?where[slug][equals]=${slug}&depth=1`
  const { status, body } = await api.request('GET', bySlug)
  expect(status).toBe(200)
  const [article] = body.docs
  expect(article.bodyHtml).toBe(expectedHtml())
  expect(article.bodyExcerpt).toBe('What helps.')
  expect(Object.keys(article.expertQuotes[0]).sort()).toEqual([
    'attribution',
    'expert',
    'id',
    'kind',
    'source',
    'statement',
  ])
  expect(article.expertQuotes[0].attribution).toEqual({
    name: `Dr ${tag}`,
    credentials: 'MD',
    slug: expertSlug,
  })

  const more = await api.request('GET', `${bySlug}&populate[expert-quotes][contextNote]=true`)
  expect(more.body.docs[0].expertQuotes[0]).toEqual({
    id: article.expertQuotes[0].id,
    contextNote: 'Said at a test.',
  })
})

test('GraphQL: bodyHtml, and related documents keep every field the query asks for', async () => {
  const { status, body } = await api.graphql(
    `query ($slug: String!) {
      Articles(where: { slug: { equals: $slug } }) {
        docs { bodyHtml bodyExcerpt expertQuotes { statement contextNote expert { name } } }
      }
    }`,
    { slug },
  )
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
  expect(body.data.Articles.docs).toEqual([
    {
      bodyHtml: expectedHtml(),
      bodyExcerpt: 'What helps.',
      expertQuotes: [
        {
          statement: 'Scars soften with time.',
          contextNote: 'Said at a test.',
          expert: { name: `Dr ${tag}` },
        },
      ],
    },
  ])
})
