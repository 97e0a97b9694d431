/**
 * Production introspection: whether a type exists may be asked, nothing about what it contains.
 */
import { buildSchema, parse, specifiedRules, validate } from 'graphql'

import { INTROSPECTION_REFUSED, limitedIntrospection } from '../../src/graphql/introspection'

const schema = buildSchema(`
  type Query { Articles: [Article] }
  type Article { id: String! title: String }
`)

const errorsOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, limitedIntrospection]).map(
    (error) => error.message,
  )

describe('limitedIntrospection', () => {
  it.each([
    '{ __type(name: "Article") { name } }',
    'query Type($name: String!) { __type(name: $name) { name __typename } }',
    '{ t: __type(name: "Nope") { ...TypeName } } fragment TypeName on __Type { name }',
    '{ __typename Articles { __typename id } }',
  ])('allows %s', (query) => {
    expect(errorsOf(query)).toEqual([])
  })

  it.each([
    ['{ __schema { types { name } } }', 1],
    ['{ __schema { queryType { name } } }', 1],
    ['{ __type(name: "Article") { fields { name } } }', 1],
    ['{ __type(name: "Article") { name kind description } }', 2],
    ['{ __type(name: "Article") { ofType { name } } }', 1],
    [
      '{ __type(name: "Article") { ...Fields } } fragment Fields on __Type { fields { name type { name } } }',
      1,
    ],
    ['{ __type(name: "Article") { ... on __Type { interfaces { name } } } }', 1],
  ])('refuses %s', (query, count) => {
    const errors = errorsOf(query)
    expect(errors).toHaveLength(count)
    expect(new Set(errors)).toEqual(new Set([INTROSPECTION_REFUSED]))
  })
})
