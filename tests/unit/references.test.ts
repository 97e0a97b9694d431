/**
 * Which documents a document refers to, from hand-written field configs shaped like Payload's:
 * relationship and upload fields at every depth, rich text (by shape, and through the fields an
 * editor declares for its nodes), and the keys and select lists made from them.
 */
import {
  groupByDocument,
  humanize,
  listReferences,
  MAX_FIELD_NESTING,
  mayReferToDocuments,
  parseReferenceKey,
  referenceKeysOf,
  referencingFieldNames,
  type NodeFields,
  type ReferenceField,
  type ReferenceRules,
} from '../../src/workflow/references'

const PUBLIC = ['articles', 'expert-quotes', 'experts', 'scar-types', 'treatments', 'media']
const rules: ReferenceRules = { isShown: (slug) => PUBLIC.includes(slug) }

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const richText = (...children: object[]) => ({ root: { type: 'root', children } })
const quoteNode = (quote: unknown) => ({
  type: 'inlineBlock',
  fields: { id: 'b1', blockType: 'expertQuote', blockName: '', quote },
})
const internalLink = (relationTo: string, value: unknown) => ({
  type: 'link',
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text('see')],
})

/** The article collection's fields, as far as references go. */
const ARTICLE_FIELDS: ReferenceField[] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'richText' },
  { name: 'bodyHtml', type: 'textarea', virtual: true },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'authors', type: 'relationship', relationTo: 'users', hasMany: true },
  { name: 'scarTypes', type: 'relationship', relationTo: 'scar-types', hasMany: true },
  { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
  { name: 'expertQuotes', type: 'relationship', relationTo: 'expert-quotes', hasMany: true },
  { name: 'seo', type: 'group', fields: [{ name: 'title', type: 'text' }] },
  { name: 'referenceKeys', type: 'text', hasMany: true, hidden: true },
]

const refs = (fields: ReferenceField[], data: unknown, withRules: ReferenceRules = rules) =>
  listReferences(fields, data, withRules).map((r) => `${r.collection}:${r.id} @ ${r.path}`)

describe('listReferences', () => {
  test('an article: fields in config order, rich text in document order, users left out', () => {
    const article = {
      title: 'Boxcar scars',
      body: richText(
        paragraph(text('As one expert says '), quoteNode('q1')),
        paragraph(internalLink('articles', 'a2'), quoteNode({ id: 'q2', statement: 'populated' })),
      ),
      heroImage: 'm1',
      authors: ['u1'],
      scarTypes: ['s1', 's2'],
      treatments: [],
      expertQuotes: ['q1'],
      seo: { title: 'x' },
    }
    expect(refs(ARTICLE_FIELDS, article)).toEqual([
      'expert-quotes:q1 @ body › expert quote',
      'articles:a2 @ body › link',
      'expert-quotes:q2 @ body › expert quote',
      'media:m1 @ heroImage',
      'scar-types:s1 @ scarTypes',
      'scar-types:s2 @ scarTypes',
      'expert-quotes:q1 @ expertQuotes',
    ])
  })

  test('populated values ({ id }), numbers and empty values', () => {
    const data = { scarTypes: [{ id: 's1', name: 'Boxcar' }, 7, '', null], heroImage: null }
    expect(refs(ARTICLE_FIELDS, data)).toEqual([
      'scar-types:s1 @ scarTypes',
      'scar-types:7 @ scarTypes',
    ])
  })

  test('arrays, named groups, rows, collapsibles, named and unnamed tabs, blocks', () => {
    const fields: ReferenceField[] = [
      {
        name: 'targets',
        type: 'array',
        fields: [
          { name: 'scarType', type: 'relationship', relationTo: 'scar-types' },
          { name: 'note', type: 'textarea' },
        ],
      },
      {
        name: 'source',
        type: 'group',
        fields: [{ name: 'expert', type: 'relationship', relationTo: 'experts' }],
      },
      { type: 'row', fields: [{ name: 'photo', type: 'upload', relationTo: 'media' }] },
      {
        type: 'collapsible',
        fields: [{ name: 'related', type: 'relationship', relationTo: 'articles' }],
      },
      {
        type: 'tabs',
        tabs: [
          {
            name: 'extra',
            fields: [{ name: 'quote', type: 'relationship', relationTo: 'expert-quotes' }],
          },
          { fields: [{ name: 'treatment', type: 'relationship', relationTo: 'treatments' }] },
        ],
      },
      {
        name: 'layout',
        type: 'blocks',
        blocks: [
          {
            slug: 'quoteBlock',
            fields: [{ name: 'quote', type: 'relationship', relationTo: 'expert-quotes' }],
          },
        ],
      },
    ]
    const data = {
      targets: [{ scarType: 's1' }, { scarType: 's2', note: 'x' }, 'not a row'],
      source: { expert: 'e1' },
      photo: 'm1',
      related: 'a1',
      extra: { quote: 'q1' },
      treatment: 't1',
      layout: [
        { blockType: 'quoteBlock', quote: 'q2' },
        { blockType: 'unknown', quote: 'q3' },
      ],
    }
    expect(refs(fields, data)).toEqual([
      'scar-types:s1 @ targets › scarType',
      'scar-types:s2 @ targets › scarType',
      'experts:e1 @ source › expert',
      'media:m1 @ photo',
      'articles:a1 @ related',
      'expert-quotes:q1 @ extra › quote',
      'treatments:t1 @ treatment',
      'expert-quotes:q2 @ layout › quote block › quote',
    ])
  })

  test('fields relating to several collections: { relationTo, value }, only listed collections', () => {
    const fields: ReferenceField[] = [
      {
        name: 'related',
        type: 'relationship',
        relationTo: ['articles', 'treatments'],
        hasMany: true,
      },
      { name: 'featured', type: 'relationship', relationTo: ['articles', 'treatments'] },
    ]
    const data = {
      related: [
        { relationTo: 'articles', value: 'a1' },
        { relationTo: 'treatments', value: { id: 't1' } },
        { relationTo: 'experts', value: 'e1' },
        'bare-id',
      ],
      featured: { relationTo: 'treatments', value: 't2' },
    }
    expect(refs(fields, data)).toEqual([
      'articles:a1 @ related',
      'treatments:t1 @ related',
      'treatments:t2 @ featured',
    ])
  })

  test('rich text: relationship and upload nodes, autolinks, custom links ignored', () => {
    const body = richText(
      { type: 'relationship', relationTo: 'treatments', value: 't1', version: 2 },
      { type: 'upload', relationTo: 'media', value: { id: 'm1' }, fields: null, version: 3 },
      { type: 'upload', relationTo: 'users', value: 'u1', version: 3 },
      { type: 'link', fields: { linkType: 'custom', url: 'https://example.com' }, children: [] },
      {
        type: 'autolink',
        fields: { linkType: 'internal', doc: { relationTo: 'scar-types', value: 's1' } },
        children: [],
      },
    )
    expect(refs(ARTICLE_FIELDS, { body })).toEqual([
      'treatments:t1 @ body › relationship',
      'media:m1 @ body › upload',
      'scar-types:s1 @ body › link',
    ])
  })

  test("rich text: an editor's node fields are walked (block and link fields)", () => {
    const nodeFields: NodeFields = (_field, node) => {
      if (node.type === 'inlineBlock' && node.fields?.blockType === 'seeAlso') {
        return {
          fields: [
            { name: 'article', type: 'relationship', relationTo: 'articles' },
            { name: 'expert', type: 'relationship', relationTo: 'experts' },
          ],
          data: node.fields,
        }
      }
      if (node.type === 'link') {
        return {
          fields: [{ name: 'doc', type: 'relationship', relationTo: ['articles', 'treatments'] }],
          data: node.fields,
        }
      }
      return null
    }
    const body = richText(
      paragraph(
        { type: 'inlineBlock', fields: { blockType: 'seeAlso', article: 'a1', expert: 'e1' } },
        internalLink('treatments', 't1'),
        // Not declared by the editor: read by shape.
        quoteNode('q1'),
      ),
    )
    expect(refs(ARTICLE_FIELDS, { body }, { ...rules, nodeFields })).toEqual([
      'articles:a1 @ body › see also',
      'experts:e1 @ body › see also',
      'treatments:t1 @ body › link',
      'expert-quotes:q1 @ body › expert quote',
    ])
  })

  test('each place once however often it repeats: thousands of inline quotes', () => {
    const quotes = Array.from({ length: 5000 }, (_, i) => quoteNode(`q${i % 3}`))
    const found = listReferences(ARTICLE_FIELDS, { body: richText(paragraph(...quotes)) }, rules)
    expect(found.map((r) => r.id)).toEqual(['q0', 'q1', 'q2'])
  })

  test('rich text nested far deeper than the call stack allows', () => {
    let node: object = quoteNode('deep')
    for (let i = 0; i < 100_000; i += 1) node = { type: 'paragraph', children: [node] }
    expect(refs(ARTICLE_FIELDS, { body: richText(node) })).toEqual([
      'expert-quotes:deep @ body › expert quote',
    ])
  })

  test('fields nested beyond MAX_FIELD_NESTING are not read', () => {
    const nested = (depth: number): ReferenceField => ({
      name: 'g',
      type: 'group',
      fields:
        depth === 0
          ? [{ name: 'a', type: 'relationship', relationTo: 'articles' }]
          : [nested(depth - 1)],
    })
    const dataAt = (depth: number): object => (depth === 0 ? { a: 'a1' } : { g: dataAt(depth - 1) })
    expect(refs([nested(10)], { g: dataAt(10) })).toHaveLength(1)
    expect(refs([nested(MAX_FIELD_NESTING + 5)], { g: dataAt(MAX_FIELD_NESTING + 5) })).toEqual([])
  })

  test.each([
    ['no data', undefined],
    ['a string', 'article'],
    ['a list', [{ scarTypes: ['s1'] }]],
  ])('%s holds no references', (_label, data) => {
    expect(listReferences(ARTICLE_FIELDS, data, rules)).toEqual([])
  })

  test('malformed values are skipped, not thrown on', () => {
    const data = {
      scarTypes: [{ noId: true }, [], { id: { id: 's1' } }, Number.NaN, true],
      heroImage: { relationTo: 'media' },
      body: { root: { children: [null, 7, 'x', { type: 'link', fields: null }, quoteNode(null)] } },
      seo: 'not a group',
    }
    expect(refs(ARTICLE_FIELDS, data)).toEqual(['scar-types:s1 @ scarTypes'])
  })

  test('a body that is not rich text is skipped', () => {
    expect(refs(ARTICLE_FIELDS, { body: { root: 'x' } })).toEqual([])
    expect(refs(ARTICLE_FIELDS, { body: 'text' })).toEqual([])
  })
})

describe('keys and groups', () => {
  const found = [
    { collection: 'expert-quotes', id: 'q1', path: 'body › expert quote' },
    { collection: 'scar-types', id: 's1', path: 'scarTypes' },
    { collection: 'expert-quotes', id: 'q1', path: 'expertQuotes' },
    { collection: 'articles', id: 'not-an-id', path: 'body › link' },
  ]

  test('referenceKeysOf: distinct, sorted, ids of the wrong shape left out', () => {
    expect(referenceKeysOf(found, (id) => id !== 'not-an-id')).toEqual([
      'expert-quotes:q1',
      'scar-types:s1',
    ])
  })

  test('groupByDocument: each document once with every path', () => {
    expect(groupByDocument(found)).toEqual([
      { collection: 'expert-quotes', id: 'q1', paths: ['body › expert quote', 'expertQuotes'] },
      { collection: 'scar-types', id: 's1', paths: ['scarTypes'] },
      { collection: 'articles', id: 'not-an-id', paths: ['body › link'] },
    ])
  })

  test.each([
    ['expert-quotes:q1', { collection: 'expert-quotes', id: 'q1' }],
    ['media:a:b', { collection: 'media', id: 'a:b' }],
    [':q1', null],
    ['articles:', null],
    ['articles', null],
    [7, null],
  ])('parseReferenceKey(%j)', (key, expected) => expect(parseReferenceKey(key)).toEqual(expected))

  test('humanize', () => {
    expect(humanize('expertQuote')).toBe('expert quote')
    expect(humanize('scar-types')).toBe('scar types')
    expect(humanize('inlineBlock')).toBe('inline block')
  })
})

describe('which fields can refer', () => {
  test('mayReferToDocuments: relationship, upload or rich text anywhere', () => {
    expect(mayReferToDocuments(ARTICLE_FIELDS)).toBe(true)
    expect(mayReferToDocuments([{ name: 'alt', type: 'text' }])).toBe(false)
    expect(
      mayReferToDocuments([
        { type: 'tabs', tabs: [{ fields: [{ name: 'x', type: 'upload', relationTo: 'media' }] }] },
      ]),
    ).toBe(true)
    expect(
      mayReferToDocuments([
        {
          name: 'b',
          type: 'blocks',
          blocks: [{ slug: 's', fields: [{ name: 'r', type: 'richText' }] }],
        },
      ]),
    ).toBe(true)
    expect(
      mayReferToDocuments([{ name: 'h', type: 'relationship', relationTo: 'x', hidden: true }]),
    ).toBe(false)
  })

  test('referencingFieldNames: the top-level keys to select', () => {
    expect(
      referencingFieldNames([
        ...ARTICLE_FIELDS,
        {
          type: 'row',
          fields: [
            { name: 'photo', type: 'upload', relationTo: 'media' },
            { name: 'n', type: 'text' },
          ],
        },
        {
          type: 'tabs',
          tabs: [
            {
              name: 'extra',
              fields: [{ name: 'q', type: 'relationship', relationTo: 'expert-quotes' }],
            },
            { name: 'plain', fields: [{ name: 't', type: 'text' }] },
            { fields: [{ name: 'desc', type: 'richText' }] },
          ],
        },
      ]),
    ).toEqual([
      'body',
      'heroImage',
      'authors',
      'scarTypes',
      'treatments',
      'expertQuotes',
      'photo',
      'extra',
      'desc',
    ])
  })
})
