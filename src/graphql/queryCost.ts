/**
 * What one GraphQL document may cost, measured on its syntax tree before anything executes.
 *
 * Every fragment is measured once and its totals reused wherever it is spread, so a document of
 * fragments that each spread the next one twice costs time in proportion to its length, not to
 * the 2^n selections it stands for. The same walk finds fragment cycles, the deepest nesting, the
 * aliases and fields once fragments are spread, and the number of documents the answer could hold:
 * a page of a collection counts its `limit` (Payload's default page size without one), so 200
 * aliases of `Articles(limit: 100)` count 20,000 documents.
 */
import {
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

import { capPaging, MAX_QUERY_LIMIT } from '../utilities/queryLimit'

/** Payload's page size when a collection query names no `limit`. */
export const DEFAULT_PAGE_SIZE = 10
/**
 * Relationship and array fields have no `limit` and no maximum number of rows: each counts as
 * this many entries, Payload's default page size.
 */
export const ASSUMED_LIST_LENGTH = DEFAULT_PAGE_SIZE
/** Counts stop growing here, so a fragment bomb's 2^1000 fields stays a finite number. */
const COUNT_CEILING = 1e15

export interface QueryLimits {
  /** Documents one answer may hold, all lists and aliases together. */
  maxDocuments: number
  /** Nesting of selections (fragments add none of their own). */
  maxDepth: number
  /** Aliased fields, counting every spread of a fragment. */
  maxAliases: number
  /** Selected fields, counting every spread of a fragment. */
  maxFields: number
  /** Fragment definitions in the document. */
  maxFragments: number
}

/** How many results a field gives for each result of its parent. */
type Multiplicity =
  | 'one'
  /** A list with no `limit`: relationships, uploads, arrays. */
  | 'list'
  /** A page of a collection (`Articles(limit, pagination)`): `limit`, else the default page size. */
  | 'collectionPage'
  /** A join's page (`ScarType.treatments(limit)`): without `limit` Payload returns every match. */
  | 'joinPage'

interface FieldFacts {
  /** The field's named result type. */
  type: string
  multiplicity: Multiplicity
  /** The result is a document of a collection (or a version of one). */
  isDocument: boolean
}

/** The parts of the schema the measurement needs: field result types, lists, pages, documents. */
export interface SchemaFacts {
  fields: Map<string, Map<string, FieldFacts>>
  rootTypes: { query?: string; mutation?: string; subscription?: string }
}

const isListResult = (type: GraphQLOutputType): boolean =>
  isListType(type) || (isNonNullType(type) && isListType(type.ofType))

/** Payload's paginated results: `{ docs: [Doc], hasNextPage, ... }`, for collections and joins. */
const pageItemType = (type: unknown): string | undefined => {
  if (!isObjectType(type)) return undefined
  const fields = type.getFields()
  if (!fields.docs || !fields.hasNextPage || !isListResult(fields.docs.type)) return undefined
  return getNamedType(fields.docs.type).name
}

export const describeSchema = (schema: GraphQLSchema): SchemaFacts => {
  const typeMap = schema.getTypeMap()
  const pageTypes = new Set<string>()
  const documentTypes = new Set<string>()
  for (const type of Object.values(typeMap)) {
    const item = pageItemType(type)
    if (item) {
      pageTypes.add(type.name)
      documentTypes.add(item)
    }
  }
  const isDocumentType = (name: string): boolean => {
    if (documentTypes.has(name)) return true
    const type = typeMap[name]
    return isUnionType(type) && type.getTypes().some((member) => documentTypes.has(member.name))
  }

  const fields = new Map<string, Map<string, FieldFacts>>()
  for (const type of Object.values(typeMap)) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue
    const facts = new Map<string, FieldFacts>()
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type).name
      const argNames = new Set(field.args.map((arg) => arg.name))
      let multiplicity: Multiplicity = 'one'
      if (pageTypes.has(named)) {
        multiplicity = argNames.has('pagination') ? 'collectionPage' : 'joinPage'
      } else if (isListResult(field.type) && !(pageTypes.has(type.name) && field.name === 'docs')) {
        multiplicity = 'list'
      }
      facts.set(field.name, { type: named, multiplicity, isDocument: isDocumentType(named) })
    }
    fields.set(type.name, facts)
  }
  // Introspection entry points are not among the query type's fields.
  const queryType = schema.getQueryType()?.name
  if (queryType) {
    fields
      .get(queryType)
      ?.set('__schema', { type: '__Schema', multiplicity: 'one', isDocument: false })
    fields.get(queryType)?.set('__type', { type: '__Type', multiplicity: 'one', isDocument: false })
  }
  return {
    fields,
    rootTypes: {
      query: queryType,
      mutation: schema.getMutationType()?.name,
      subscription: schema.getSubscriptionType()?.name,
    },
  }
}

/** What a selection set adds up to, per result of its parent. */
interface Tally {
  documents: number
  fields: number
  aliases: number
  depth: number
}

const EMPTY: Tally = { documents: 0, fields: 0, aliases: 0, depth: 0 }

const capped = (count: number): number => Math.min(count, COUNT_CEILING)

export interface QueryCost {
  /** Documents the answer to the operation that runs could hold. */
  documents: number
  /** Over every operation in the document. */
  depth: number
  aliases: number
  fields: number
  /** Fragment definitions. */
  fragments: number
}

export type CostProblem =
  | 'FRAGMENT_CYCLE'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_DOCUMENTS'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_FIELDS'
  | 'TOO_MANY_FRAGMENTS'

export interface CostRefusal {
  code: CostProblem
  message: string
}

export interface CostVerdict {
  cost: QueryCost
  /** Empty when the document may run. */
  refusals: CostRefusal[]
}

const formatCount = (count: number): string =>
  count >= COUNT_CEILING
    ? `more than ${COUNT_CEILING.toLocaleString('en-US')}`
    : Math.round(count).toLocaleString('en-US')

/** The value an argument has in this request: a literal, or a variable's value or default. */
const argumentValue = (
  field: FieldNode,
  name: string,
  variables: Record<string, unknown>,
): unknown => {
  const argument = field.arguments?.find((candidate) => candidate.name.value === name)
  if (!argument) return undefined
  return literalValue(argument.value, variables)
}

const literalValue = (value: ValueNode, variables: Record<string, unknown>): unknown => {
  switch (value.kind) {
    case Kind.INT:
      return Number.parseInt(value.value, 10)
    case Kind.BOOLEAN:
      return value.value
    case Kind.NULL:
      return null
    case Kind.VARIABLE:
      return variables[value.name.value]
    default:
      return undefined
  }
}

const asInteger = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined

/**
 * Documents in one page, the way the API will serve it: the project caps every `limit` (and
 * `limit: 0`, `pagination: false`) at MAX_QUERY_LIMIT; a join without `limit` asks for all.
 */
export const pageSize = (
  multiplicity: 'collectionPage' | 'joinPage',
  limit: number | undefined,
  pagination: boolean | undefined,
): number => {
  if (multiplicity === 'joinPage') {
    return capPaging({ limit: limit ?? 0, pagination: false }).limit ?? MAX_QUERY_LIMIT
  }
  return capPaging({ limit, pagination }).limit ?? DEFAULT_PAGE_SIZE
}

const timesPerParent = (
  facts: FieldFacts,
  field: FieldNode,
  variables: Record<string, unknown>,
): number => {
  switch (facts.multiplicity) {
    case 'one':
      return 1
    case 'list':
      return ASSUMED_LIST_LENGTH
    default: {
      const limit = asInteger(argumentValue(field, 'limit', variables))
      const pagination = argumentValue(field, 'pagination', variables)
      return pageSize(
        facts.multiplicity,
        limit,
        typeof pagination === 'boolean' ? pagination : undefined,
      )
    }
  }
}

export interface MeasureOptions {
  operationName?: string | null
  variables?: Record<string, unknown> | null
  limits: QueryLimits
}

/** The operation that will run: the named one, or the only one. */
const operationToRun = (
  operations: OperationDefinitionNode[],
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined =>
  operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined

/** Variable values as the operation that runs sees them: the request's, else the defaults. */
const effectiveVariables = (
  operation: OperationDefinitionNode | undefined,
  given: Record<string, unknown>,
): Record<string, unknown> => {
  const values: Record<string, unknown> = {}
  for (const definition of operation?.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      values[definition.variable.name.value] = literalValue(definition.defaultValue, {})
    }
  }
  return { ...values, ...given }
}

/**
 * Measures a parsed document and says what, if anything, keeps it from running. Linear in the
 * document's length whatever its fragments expand to.
 */
export const measureQuery = (
  document: DocumentNode,
  schema: SchemaFacts,
  { operationName, variables, limits }: MeasureOptions,
): CostVerdict => {
  const operations: OperationDefinitionNode[] = []
  // Like graphql-js (and Payload's complexity rule), a later definition of a name wins.
  const fragments = new Map<string, FragmentDefinitionNode>()
  let fragmentDefinitions = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition)
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition)
      fragmentDefinitions += 1
    }
  }
  const running = operationToRun(operations, operationName)
  const values = effectiveVariables(running, variables ?? {})

  const measured = new Map<string, Tally>()
  const inProgress = new Set<string>()
  let cycle: string[] | undefined

  const measureFragment = (name: string): Tally => {
    const known = measured.get(name)
    if (known) return known
    const definition = fragments.get(name)
    if (!definition) return EMPTY // graphql's own validation names the unknown fragment
    if (inProgress.has(name)) {
      if (!cycle) {
        const path = [...inProgress]
        cycle = [...path.slice(path.indexOf(name)), name]
      }
      return EMPTY
    }
    inProgress.add(name)
    const tally = measureSelections(definition.selectionSet, definition.typeCondition.name.value)
    inProgress.delete(name)
    measured.set(name, tally)
    return tally
  }

  const measureSelections = (selectionSet: SelectionSetNode, parentType?: string): Tally => {
    const total = { ...EMPTY }
    const add = (part: Tally, depth: number) => {
      total.documents = capped(total.documents + part.documents)
      total.fields = capped(total.fields + part.fields)
      total.aliases = capped(total.aliases + part.aliases)
      total.depth = Math.max(total.depth, depth)
    }
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const part = measureFragment(selection.name.value)
        add(part, part.depth)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const part = measureSelections(
          selection.selectionSet,
          selection.typeCondition?.name.value ?? parentType,
        )
        add(part, part.depth)
      } else {
        const facts = parentType
          ? schema.fields.get(parentType)?.get(selection.name.value)
          : undefined
        // An unknown field is graphql's to refuse; its selections still count toward the limits.
        const inner = selection.selectionSet
          ? measureSelections(selection.selectionSet, facts?.type)
          : EMPTY
        const times = facts ? timesPerParent(facts, selection, values) : 1
        const ownDocuments = facts?.isDocument ? 1 : 0
        add(
          {
            documents: capped(times * (ownDocuments + inner.documents)),
            fields: inner.fields + 1,
            aliases: inner.aliases + (selection.alias ? 1 : 0),
            depth: inner.depth + 1,
          },
          inner.depth + 1,
        )
      }
    }
    return total
  }

  // Every fragment, spread or not: a cycle anywhere would send graphql's later passes in circles.
  for (const name of fragments.keys()) measureFragment(name)

  const cost: QueryCost = {
    documents: 0,
    depth: 0,
    aliases: 0,
    fields: 0,
    fragments: fragmentDefinitions,
  }
  for (const operation of operations) {
    const rootType = schema.rootTypes[operation.operation]
    const tally = measureSelections(operation.selectionSet, rootType)
    if (!running || operation === running)
      cost.documents = Math.max(cost.documents, tally.documents)
    cost.depth = Math.max(cost.depth, tally.depth)
    cost.aliases = capped(cost.aliases + tally.aliases)
    cost.fields = capped(cost.fields + tally.fields)
  }

  return { cost, refusals: refusalsFor(cost, cycle, limits) }
}

const refusalsFor = (
  cost: QueryCost,
  cycle: string[] | undefined,
  limits: QueryLimits,
): CostRefusal[] => {
  const refusals: CostRefusal[] = []
  if (cycle) {
    refusals.push({
      code: 'FRAGMENT_CYCLE',
      message: `Fragment ${cycle[0]} spreads itself (${cycle.join(' -> ')}). A fragment may not include itself, directly or through other fragments.`,
    })
  }
  if (cost.depth > limits.maxDepth) {
    refusals.push({
      code: 'QUERY_TOO_DEEP',
      message: `This query nests ${formatCount(cost.depth)} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`,
    })
  }
  if (cost.documents > limits.maxDocuments) {
    refusals.push({
      code: 'TOO_MANY_DOCUMENTS',
      message: `This query could return up to ${formatCount(cost.documents)} documents; the limit is ${limits.maxDocuments}. Ask for fewer: a smaller \`limit\` (a collection without one counts ${DEFAULT_PAGE_SIZE}, a join ${MAX_QUERY_LIMIT}, a relationship list ${ASSUMED_LIST_LENGTH}), fewer aliases or fewer nested lists.`,
    })
  }
  if (cost.aliases > limits.maxAliases) {
    refusals.push({
      code: 'TOO_MANY_ALIASES',
      message: `This query uses ${formatCount(cost.aliases)} aliases, counting each fragment every time it is spread; the limit is ${limits.maxAliases}. Use fewer aliases.`,
    })
  }
  if (cost.fields > limits.maxFields) {
    refusals.push({
      code: 'TOO_MANY_FIELDS',
      message: `This query selects ${formatCount(cost.fields)} fields, counting each fragment every time it is spread; the limit is ${limits.maxFields}. Select fewer fields or spread fragments fewer times.`,
    })
  }
  if (cost.fragments > limits.maxFragments) {
    refusals.push({
      code: 'TOO_MANY_FRAGMENTS',
      message: `This document defines ${formatCount(cost.fragments)} fragments; the limit is ${limits.maxFragments}. Use fewer fragments.`,
    })
  }
  return refusals
}
