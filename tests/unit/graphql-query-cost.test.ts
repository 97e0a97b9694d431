/**
 * The GraphQL cost measurement on the project's own generated schema (schema.graphql): documents
 * counted through pages, joins, relationship lists, aliases and variables; fragments measured once;
 * cycles, depth, aliases and fields refused with a message that says what to change.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildSchema, getIntrospectionQuery, parse } from 'graphql'

import { DOCUMENT_LIMITS } from '../../src/graphql/guardGraphQLRequest'
import {
  describeSchema,
  measureQuery,
  pageSize,
  type CostVerdict,
  type SchemaFacts,
} from '../../src/graphql/queryCost'

const LIMITS = { ...DOCUMENT_LIMITS, maxDocuments: 500 }

let facts: SchemaFacts

beforeAll(() => {
  const sdl = readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql'),
    'utf8',
  )
  facts = describeSchema(buildSchema(sdl))
})

const measure = (
  query: string,
  options: { operationName?: string; variables?: Record<string, unknown> } = {},
): CostVerdict => measureQuery(parse(query), facts, { ...options, limits: LIMITS })

const codes = (verdict: CostVerdict) => verdict.refusals.map((refusal) => refusal.code)

/** `fragment F0 on Article { id ...F1 ...F1 }` ... `fragment F{n-1} on Article { id }`. */
const fragmentBomb = (levels: number): string =>
  '{ Articles { docs { ...F0 } } }\n' +
  Array.from({ length: levels }, (_, level) =>
    level === levels - 1
      ? `fragment F${level} on Article { id }`
      : `fragment F${level} on Article { id ...F${level + 1} ...F${level + 1} }`,
  ).join('\n')

describe('describeSchema', () => {
  const field = (type: string, name: string) => facts.fields.get(type)?.get(name)

  it("reads Payload's shapes: collection pages, join pages, relationship lists, documents", () => {
    expect(field('Query', 'Articles')).toEqual({
      type: 'Articles',
      multiplicity: 'collectionPage',
      isDocument: false,
    })
    expect(field('Articles', 'docs')).toEqual({
      type: 'Article',
      multiplicity: 'one',
      isDocument: true,
    })
    expect(field('ScarType', 'treatments')?.multiplicity).toBe('joinPage')
    expect(field('Article', 'scarTypes')).toEqual({
      type: 'ScarType',
      multiplicity: 'list',
      isDocument: true,
    })
    expect(field('Article', 'heroImage')).toMatchObject({ multiplicity: 'one', isDocument: true })
    expect(field('Article', 'title')).toMatchObject({ multiplicity: 'one', isDocument: false })
    expect(field('Query', 'countArticles')?.isDocument).toBe(false)
    // A polymorphic relationship's union of collections is a document too.
    expect(field('PayloadLockedDocument_Document_Relationship', 'value')?.isDocument).toBe(true)
  })
})

describe('pageSize', () => {
  it.each([
    [undefined, undefined, 10],
    [25, undefined, 25],
    [1000, undefined, 100],
    [0, undefined, 100],
    [-5, undefined, 100],
    [undefined, false, 100],
    [20, false, 20],
  ])(
    'a collection page with limit %j and pagination %j holds %d documents',
    (limit, pagination, expected) => {
      expect(pageSize('collectionPage', limit, pagination)).toBe(expected)
    },
  )

  it('a join without limit holds up to the cap, with one its limit', () => {
    expect(pageSize('joinPage', undefined, undefined)).toBe(100)
    expect(pageSize('joinPage', 3, undefined)).toBe(3)
  })
})

describe('measureQuery: documents', () => {
  it('accepts an article list with its relations and counts every document it could return', () => {
    const verdict = measure(`{ Articles { docs {
      title scarTypes { name } treatments { name }
      expertQuotes { statement expert { name credentials } }
    } } }`)
    // 10 articles, each with up to 10 scar types, 10 treatments and 10 quotes with their expert.
    expect(verdict.cost.documents).toBe(10 * (1 + 10 + 10 + 10 * 2))
    expect(verdict.refusals).toEqual([])
  })

  it('counts `limit` on every alias: 200 aliases of 100 articles are 20,000 documents', () => {
    const aliases = Array.from(
      { length: 200 },
      (_, i) => `a${i}: Articles(limit: 100) { docs { id title summary } }`,
    ).join('\n')
    const verdict = measure(`{ ${aliases} }`)
    expect(verdict.cost.documents).toBe(20_000)
    expect(codes(verdict)).toEqual(['TOO_MANY_DOCUMENTS', 'TOO_MANY_ALIASES', 'TOO_MANY_FIELDS'])
    expect(verdict.refusals[0].message).toMatch(
      /^This query could return up to 20,000 documents; the limit is 500\. Ask for fewer: a smaller `limit`/,
    )
    expect(verdict.refusals[1].message).toBe(
      'This query uses 200 aliases, counting each fragment every time it is spread; the limit is 30. Use fewer aliases.',
    )
  })

  it('takes `limit` from a variable, else from its default, else the default page size', () => {
    const query = 'query List($n: Int = 5) { Articles(limit: $n) { docs { id } } }'
    expect(measure(query, { variables: { n: 100 } }).cost.documents).toBe(100)
    expect(measure(query).cost.documents).toBe(5)
    expect(
      measure('query List($n: Int) { Articles(limit: $n) { docs { id } } }').cost.documents,
    ).toBe(10)
  })

  it('refuses a variable limit that makes the total too large', () => {
    const query = `query List($n: Int!) {
      a: Articles(limit: $n) { docs { id } } b: Articles(limit: $n) { docs { id } }
      c: Articles(limit: $n) { docs { id } } d: Articles(limit: $n) { docs { id } }
      e: Articles(limit: $n) { docs { id } } f: Articles(limit: $n) { docs { id } }
    }`
    expect(measure(query, { variables: { n: 50 } }).refusals).toEqual([])
    expect(codes(measure(query, { variables: { n: 100 } }))).toEqual(['TOO_MANY_DOCUMENTS'])
  })

  it('counts limits the way the API caps them: `limit: 0` and `pagination: false` as 100', () => {
    expect(measure('{ Articles(limit: 0) { docs { id } } }').cost.documents).toBe(100)
    expect(measure('{ Articles(pagination: false) { docs { id } } }').cost.documents).toBe(100)
    expect(measure('{ Articles(limit: 100000) { docs { id } } }').cost.documents).toBe(100)
  })

  it('counts a join at its limit, and at the cap without one', () => {
    expect(
      measure('{ ScarTypes { docs { name treatments(limit: 3) { docs { name } } } } }').cost
        .documents,
    ).toBe(10 * (1 + 3))
    const unlimited = measure('{ ScarTypes { docs { name treatments { docs { name } } } } }')
    expect(unlimited.cost.documents).toBe(10 * (1 + 100))
    expect(codes(unlimited)).toEqual(['TOO_MANY_DOCUMENTS'])
  })

  it('multiplies nested lists: relationship lists inside pages inside relationship lists', () => {
    const verdict = measure(`{ Articles(limit: 20) { docs {
      scarTypes { treatments(limit: 5) { docs { targets { scarType { name } } } } }
    } } }`)
    // 20 articles x (1 + 10 scar types x (1 + 5 treatments x (1 + 10 targets x 1 scar type)))
    expect(verdict.cost.documents).toBe(20 * (1 + 10 * (1 + 5 * (1 + 10))))
    expect(codes(verdict)).toEqual(['TOO_MANY_DOCUMENTS'])
  })

  it('counts single documents, mutations and polymorphic relationships', () => {
    expect(measure('{ Article(id: "1") { id heroImage { url } } }').cost.documents).toBe(2)
    expect(
      measure('mutation { createArticle(data: { title: "x" }) { id authors { id } } }').cost
        .documents,
    ).toBe(1 + 10)
    expect(
      measure(
        '{ PayloadLockedDocuments(limit: 2) { docs { document { value { ... on Article { id } } } } } }',
      ).cost.documents,
    ).toBe(2 * 2)
    expect(measure('{ countArticles { totalDocs } }').cost.documents).toBe(0)
  })

  it('counts only the operation that runs when the request names one', () => {
    const query = `
      query Small { Articles(limit: 5) { docs { id } } }
      query Big { Articles(limit: 100) { docs { scarTypes { id } } } }`
    expect(measure(query, { operationName: 'Small' }).refusals).toEqual([])
    expect(codes(measure(query, { operationName: 'Big' }))).toEqual(['TOO_MANY_DOCUMENTS'])
  })
})

describe('measureQuery: fragments', () => {
  it('measures a 30-level fragment bomb without expanding it and refuses its 2^30 fields', () => {
    const verdict = measure(fragmentBomb(30))
    expect(verdict.cost.fields).toBe(2 ** 30 + 1)
    expect(codes(verdict)).toEqual(['TOO_MANY_FIELDS'])
    expect(verdict.refusals[0].message).toBe(
      'This query selects 1,073,741,825 fields, counting each fragment every time it is spread; the limit is 300. Select fewer fields or spread fragments fewer times.',
    )
  })

  it('keeps counting finite for a bomb of 800 levels', () => {
    const verdict = measure(fragmentBomb(800))
    expect(verdict.refusals[0].message).toMatch(
      /^This query selects more than 1,000,000,000,000,000 fields/,
    )
  })

  it('counts a fragment every time it is spread: aliases, fields and documents', () => {
    const spreads = Array.from({ length: 8 }, (_, i) => `p${i}: Articles(limit: 2) { ...Page }`)
    const verdict = measure(`{ ${spreads.join(' ')} }
      fragment Page on Articles { docs { a: id b: title c: slug } }`)
    expect(verdict.cost).toMatchObject({ aliases: 8 + 8 * 3, documents: 8 * 2, fields: 8 * 5 })
    expect(codes(verdict)).toEqual(['TOO_MANY_ALIASES'])
  })

  it('refuses a fragment that spreads itself', () => {
    const verdict = measure(
      '{ Articles { docs { ...Loop } } } fragment Loop on Article { id ...Loop }',
    )
    expect(codes(verdict)).toEqual(['FRAGMENT_CYCLE'])
    expect(verdict.refusals[0].message).toBe(
      'Fragment Loop spreads itself (Loop -> Loop). A fragment may not include itself, directly or through other fragments.',
    )
  })

  it('refuses a cycle through other fragments, even in fragments no operation uses', () => {
    const verdict = measure(`{ Articles { docs { id } } }
      fragment A on Article { id ...B } fragment B on Article { title ...C }
      fragment C on Article { slug ...A }`)
    expect(codes(verdict)).toEqual(['FRAGMENT_CYCLE'])
    expect(verdict.refusals[0].message).toMatch(/^Fragment A spreads itself \(A -> B -> C -> A\)/)
  })
})

describe('measureQuery: depth and size', () => {
  const nested = (levels: number) => '{ ' + 'a { '.repeat(levels - 1) + 'b' + ' }'.repeat(levels)

  it('refuses nesting deeper than the limit, counting levels inside fragments', () => {
    expect(measure(nested(15)).refusals).toEqual([])
    const verdict = measure(nested(16))
    expect(codes(verdict)).toEqual(['QUERY_TOO_DEEP'])
    expect(verdict.refusals[0].message).toBe(
      'This query nests 16 levels deep; the limit is 15. Ask for fewer nested fields.',
    )
    const throughFragment = measure(
      `{ a { a { ...Deep } } } fragment Deep on Article { ${'a { '.repeat(13)}b${' }'.repeat(13)} }`,
    )
    expect(throughFragment.cost.depth).toBe(16)
  })

  it("accepts graphql's standard introspection query", () => {
    const verdict = measure(getIntrospectionQuery())
    expect(verdict.refusals).toEqual([])
    expect(verdict.cost.documents).toBe(0)
  })

  it('accepts 300 fields and refuses 301', () => {
    const withFields = (count: number) =>
      `{ Article(id: "1") { ${Array.from({ length: count - 1 }, (_, i) => `f${i}`).join(' ')} } }`
    expect(measure(withFields(300)).refusals).toEqual([])
    expect(codes(measure(withFields(301)))).toEqual(['TOO_MANY_FIELDS'])
  })

  it('accepts 100 fragment definitions and refuses 101', () => {
    const withFragments = (count: number) =>
      '{ Article(id: "1") { id } }\n' +
      Array.from({ length: count }, (_, i) => `fragment F${i} on Article { id }`).join('\n')
    expect(measure(withFragments(100)).refusals).toEqual([])
    const verdict = measure(withFragments(101))
    expect(codes(verdict)).toEqual(['TOO_MANY_FRAGMENTS'])
    expect(verdict.refusals[0].message).toBe(
      'This document defines 101 fragments; the limit is 100. Use fewer fragments.',
    )
  })
})
