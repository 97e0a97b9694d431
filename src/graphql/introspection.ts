/**
 * Introspection in production. Payload's own switch (`disableIntrospectionInProduction`) refuses
 * every `__schema` and `__type`, which also refuses `__type(name: "X") { name }`: a question
 * whose answer (the name back, or null) says only whether a type exists. That much is public
 * anyway: graphql's validation answers `Unknown type "X"` for a variable declared with a type that
 * does not exist, error messages name the types they concern, and `__typename` names every type a
 * query reaches. Standard GraphQL clients and the GraphQL-over-HTTP audit suite ask exactly that
 * question, so it is allowed; everything that describes a type (its fields, arguments, kind,
 * description, members, values) and the whole `__schema` stay refused.
 */
import { GraphQLError, type ValidationRule } from 'graphql'

export const INTROSPECTION_REFUSED =
  'Introspection is off: a query may ask whether a type exists (`__type(name: "…") { name }`), but not for `__schema` or what a type contains.'

/** What may be selected on `__Type`: the name, and the object's own `__typename`. */
const ALLOWED_ON_TYPE = new Set(['name', '__typename'])

export const limitedIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const field = node.name.value
    // Every other introspection type (`__Field`, `__Schema`, …) is reached only through
    // `__schema` or a field of `__Type`, so refusing those two refuses all of introspection but
    // a type's name.
    const refused =
      field === '__schema' ||
      (context.getParentType()?.name === '__Type' && !ALLOWED_ON_TYPE.has(field))
    if (refused) context.reportError(new GraphQLError(INTROSPECTION_REFUSED, { nodes: [node] }))
  },
})
