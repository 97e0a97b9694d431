import { findDataProblems, idFormatFor, OBJECT_IDS, UUID_IDS } from '../../src/input/documentData'
import {
  fieldTypeAt,
  INSIDE_RICH_TEXT,
  type FieldShape,
  type FieldsOfCollection,
} from '../../src/input/fieldPaths'
import {
  findWhereShapeProblem,
  findWhereValueProblem,
  MAX_WHERE_VALUES,
} from '../../src/input/whereClause'
import { findPagingProblem } from '../../src/utilities/queryLimit'

/** A small collection shaped like Payload's sanitized (flattened) field config. */
const scarTypes: FieldShape[] = [
  { name: 'id', type: 'text' },
  { name: 'name', type: 'text' },
]
const articles: FieldShape[] = [
  { name: 'id', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'views', type: 'number' },
  { name: 'featured', type: 'checkbox' },
  { name: 'category', type: 'select' },
  { name: 'tags', type: 'select', hasMany: true },
  { name: 'body', type: 'richText' },
  { name: 'location', type: 'point' },
  { name: 'publishedAt', type: 'date' },
  { name: 'createdAt', type: 'date' },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'scarTypes', type: 'relationship', relationTo: 'scar-types', hasMany: true },
  { name: 'related', type: 'relationship', relationTo: ['articles', 'scar-types'] },
  { name: 'seo', type: 'group', flattenedFields: [{ name: 'title', type: 'text' }] },
  {
    name: 'sources',
    type: 'array',
    flattenedFields: [
      { name: 'title', type: 'text' },
      { name: 'accessedAt', type: 'date' },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', flattenedFields: [{ name: 'text', type: 'textarea' }] }],
  },
  { type: 'row', fields: [{ name: 'downtime', type: 'text' }] },
]
const fieldsOf: FieldsOfCollection = (slug) => (slug === 'scar-types' ? scarTypes : undefined)
const typeAt = (path: string) => fieldTypeAt(path, articles, fieldsOf)
const where = (filter: unknown) =>
  findWhereShapeProblem(filter) ?? findWhereValueProblem(filter as Record<string, unknown>, typeAt)

const UUID = '3f2a6c1e-8b4d-4c6f-9a3e-1b2c3d4e5f60'

describe('fieldTypeAt', () => {
  it.each([
    ['title', 'text'],
    ['seo.title', 'text'],
    ['sources.accessedAt', 'date'],
    ['sources.0.title', 'text'],
    ['layout.text', 'textarea'],
    ['downtime', 'text'],
    ['scarTypes.name', 'text'],
    ['scarTypes', 'relationship'],
    ['id', 'text'],
    ['body.root.children', INSIDE_RICH_TEXT],
    ['nope', undefined],
    ['related.name', undefined],
  ])('%s is %s', (path, type) => {
    expect(typeAt(path)).toBe(type)
  })
})

describe('findWhereShapeProblem, then findWhereValueProblem', () => {
  it.each([
    { title: { equals: 'Boxcar' } },
    { title: { in: ['a', 'b'] }, createdAt: { greater_than: '2024-05-01' } },
    { createdAt: { less_than: 1714521600000 } },
    { or: [{ title: { like: 'box' } }, { and: [{ 'seo.title': { exists: 'true' } }] }] },
    { scarTypes: { in: `${UUID},${UUID}` } },
    { location: { near: '10,20,1000' } },
    { title: 'bare values are left to Payload' },
    { nope: { equals: 'unknown paths are left to Payload' } },
  ])('accepts %j', (filter) => {
    expect(where(filter)).toBeUndefined()
  })

  it.each([
    [
      'abc',
      'where must be an object of conditions, e.g. where[title][equals]=Boxcar, not a string.',
    ],
    [
      { title: { near: '1,2' } },
      'near works only on point (location) fields; title is a text field.',
    ],
    [
      { title: { within: {} } },
      'within works only on point (location) fields; title is a text field.',
    ],
    [
      { title: { intersects: 'x' } },
      'intersects works only on point (location) fields; title is a text field.',
    ],
    [
      { title: { equals: ['a', 'b'] } },
      'where.title.equals takes one value, not a list; use `in` to match any of several.',
    ],
    [{ title: { like: { a: 1 } } }, 'where.title.like takes one value, not an object.'],
    [
      { title: { in: { 1500: 'x' } } },
      'where.title.in takes a list of values (or a comma-separated string), not an object.',
    ],
    [
      { createdAt: { greater_than: 'not-a-date' } },
      'where.createdAt.greater_than needs a date such as 2024-05-01 or 2024-05-01T12:00:00Z; "not-a-date" is not one.',
    ],
    [
      { 'sources.accessedAt': { in: ['2024-01-01', 'soon'] } },
      'where.sources.accessedAt.in needs a date such as 2024-05-01 or 2024-05-01T12:00:00Z; "soon" is not one.',
    ],
    [
      { 'body.root': { equals: 'x' } },
      'where.body.root looks inside a rich-text field, which cannot be queried; filter on other fields.',
    ],
    [
      { or: 'abc' },
      'where.or must be a list of conditions, e.g. where[or][0][title][equals]=Boxcar.',
    ],
    [
      { and: ['abc'] },
      'where.and must be a list of conditions, e.g. where[and][0][title][equals]=Boxcar.',
    ],
  ])('refuses %j', (filter, message) => {
    expect(where(filter)).toBe(message)
  })

  it(`refuses more than ${MAX_WHERE_VALUES} list values in one list or across lists`, () => {
    const ids = (count: number) => Array.from({ length: count }, () => UUID)
    expect(where({ id: { in: ids(MAX_WHERE_VALUES) } })).toBeUndefined()
    expect(where({ id: { in: ids(40_000).join(',') } })).toBe(
      `where holds more than ${MAX_WHERE_VALUES} values in its lists; ask for fewer at a time.`,
    )
    expect(where({ id: { in: ids(MAX_WHERE_VALUES + 1) } })).toMatch(/where is too large/)
    expect(
      where({ or: [{ id: { in: ids(6000) } }, { scarTypes: { not_in: ids(6000) } }] }),
    ).toMatch(/more than 10000 values/)
  })

  it('refuses and/or nested beyond the limit, at any depth without recursion', () => {
    let deep: unknown = { title: { equals: 'x' } }
    for (let level = 0; level < 10_000; level += 1) deep = { and: [deep] }
    expect(where(deep)).toMatch(/^where is too large: The data nests/)
  })
})

describe('findDataProblems', () => {
  const problems = (data: unknown) => findDataProblems(data, articles, UUID_IDS)

  it('accepts well-typed data, nulls and absent fields', () => {
    expect(
      problems({
        title: 'Boxcar scars',
        views: 3,
        featured: false,
        category: 'atrophic',
        tags: ['a'],
        body: { root: { children: [] } },
        heroImage: UUID,
        scarTypes: [UUID, { id: UUID }],
        related: { relationTo: 'articles', value: UUID },
        seo: { title: 'x' },
        sources: [{ title: 'A study' }],
        layout: [{ blockType: 'quote', text: 'x' }],
        downtime: '2 days',
        summary: null,
        unknownKey: [[['ignored']]],
      }),
    ).toEqual([])
  })

  it.each([
    [null, "Send the document's fields as a JSON object, not null."],
    [5, "Send the document's fields as a JSON object, not a number."],
    ['x', "Send the document's fields as a JSON object, not a string."],
    [true, "Send the document's fields as a JSON object, not true."],
  ])('refuses %j as a whole', (data, message) => {
    expect(problems(data)).toEqual([{ path: '', message }])
  })

  it.each([
    [{ title: ['a', 'b'] }, 'title', 'title must be text, not a list.'],
    [{ title: { a: 1 } }, 'title', 'title must be text, not an object.'],
    [{ category: ['atrophic'] }, 'category', 'category must be text, not a list.'],
    [{ category: 5 }, 'category', 'category must be text, not a number.'],
    [{ tags: 'a' }, 'tags', 'tags must be a list, not a string.'],
    [{ views: 'many' }, 'views', 'views must be a number, not a string.'],
    [{ featured: 'yes' }, 'featured', 'featured must be true or false, not a string.'],
    [{ seo: 'x' }, 'seo', 'seo must be an object, not a string.'],
    [{ body: 'x' }, 'body', 'body must be rich text (an object with a root), not a string.'],
    [{ seo: { title: ['x'] } }, 'seo.title', 'seo.title must be text, not a list.'],
    [{ sources: [1] }, 'sources.0', 'sources.0 must be an object (one row), not a number.'],
    [{ sources: [{ title: 5 }] }, 'sources.0.title', 'sources.0.title must be text, not a number.'],
    [
      { layout: [{ blockType: 'quote', text: [] }] },
      'layout.0.text',
      'layout.0.text must be text, not a list.',
    ],
    [{ downtime: 2 }, 'downtime', 'downtime must be text, not a number.'],
    [
      { scarTypes: ['abc'] },
      'scarTypes.0',
      `scarTypes.0 must be the id of a document (${UUID_IDS.name}), not "abc".`,
    ],
    [
      { heroImage: 5 },
      'heroImage',
      `heroImage must be the id of a document (${UUID_IDS.name}), not a number.`,
    ],
    [
      { related: UUID },
      'related',
      'related must be { relationTo, value } naming one of articles, scar-types, not a string.',
    ],
  ])('refuses %j at %s', (data, path, message) => {
    expect(problems(data)).toEqual([{ path, message }])
  })

  it("accepts the admin panel's row count for an empty array or blocks field", () => {
    expect(problems({ sources: 0, layout: 0 })).toEqual([])
    expect(problems({ sources: -1 })).toEqual([
      { path: 'sources', message: 'sources must be a list, not a number.' },
    ])
  })

  it('lists every wrong field at once', () => {
    expect(problems({ title: 1, downtime: 2 }).map((problem) => problem.path)).toEqual([
      'title',
      'downtime',
    ])
  })

  it('refuses 10,000 levels of nesting in a text or rich-text field, and 5,000 rows', () => {
    let deep: unknown = 'x'
    for (let level = 0; level < 10_000; level += 1) deep = [deep]
    expect(problems({ title: deep })).toEqual([
      { path: '', message: 'The data nests objects and lists more than 100 levels deep.' },
    ])
    expect(problems({ body: { root: deep } })[0].message).toMatch(/more than 100 levels/)
    expect(problems({ sources: Array.from({ length: 5000 }, () => ({ title: 't' })) })).toEqual([
      { path: '', message: 'A list in the data has 5000 items; at most 1000 are accepted.' },
    ])
  })

  it('checks ids in the format of the database in use', () => {
    expect(idFormatFor('sqlite')).toBe(UUID_IDS)
    expect(idFormatFor('mongoose')).toBe(OBJECT_IDS)
    expect(
      findDataProblems({ heroImage: '65f1c0ffee0123456789abcd' }, articles, OBJECT_IDS),
    ).toEqual([])
    expect(findDataProblems({ heroImage: UUID }, articles, OBJECT_IDS)[0].message).toMatch(
      /ObjectId/,
    )
  })
})

describe('findPagingProblem', () => {
  it.each([{}, { page: 1 }, { page: 250 }, { limit: 0 }, { limit: -5 }, { limit: Infinity }])(
    'accepts %j (capPaging caps the limit)',
    (args) => {
      expect(findPagingProblem(args)).toBeUndefined()
    },
  )

  it.each([
    [{ page: Infinity }, 'page must be a whole number of at least 1, not "Infinity".'],
    [{ page: 0 }, 'page must be a whole number of at least 1, not "0".'],
    [{ page: -1 }, 'page must be a whole number of at least 1, not "-1".'],
    [{ page: 1.5 }, 'page must be a whole number of at least 1, not "1.5".'],
    [{ page: 'abc' }, 'page must be a whole number of at least 1, not "abc".'],
    [{ limit: 'abc' }, 'limit must be a number (at most 100 documents are returned), not "abc".'],
    [
      { limit: { a: 'b' } },
      'limit must be a number (at most 100 documents are returned), not {"a":"b"}.',
    ],
  ])('refuses %j', (args, message) => {
    expect(findPagingProblem(args)).toBe(message)
  })
})
