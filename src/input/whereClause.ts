/**
 * Checks on a `where` filter before Payload turns it into SQL. Payload validates the paths but
 * not what each operator is given: `near` on a text field, `equals` given a list, a date field
 * compared with "not-a-date" or an `in` list of 40,000 ids all reach the database and answer 500.
 */
import { INSIDE_RICH_TEXT } from './fieldPaths'
import { describeJsonType, findJsonShapeProblem, isPlainObject } from './jsonShape'

/**
 * Values one filter may hold in all its lists together. SQLite binds at most 32,766 values per
 * statement; Payload's own relationship lookups (`id in [...]`) stay far below this.
 */
export const MAX_WHERE_VALUES = 10_000

/** How deep `and`/`or` may nest (a JSON-text filter has no other bound). */
export const MAX_WHERE_DEPTH = 20

const LIST_OPERATORS = ['in', 'not_in', 'all']
const GEO_OPERATORS = ['near', 'within', 'intersects']
const SINGLE_VALUE_OPERATORS = [
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
]
/** Operators whose value on a date field must be a date. */
const DATE_COMPARISONS = [
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  ...LIST_OPERATORS,
]

/** The field type at a query path (see fieldTypeAt), or undefined for unknown paths. */
export type FieldTypeAt = (path: string) => string | undefined

const isScalar = (value: unknown): boolean => value === null || typeof value !== 'object'

const isDate = (value: unknown): boolean =>
  (typeof value === 'string' || typeof value === 'number') &&
  !Number.isNaN(new Date(value).getTime())

/** The values of a list operator: an array, or Payload's comma-separated string. */
const listValues = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return undefined
}

/**
 * The first problem with a filter's overall shape (not an object, nested too deep, a list too
 * long), checked before anything walks it recursively.
 */
export const findWhereShapeProblem = (where: unknown): string | undefined => {
  if (!isPlainObject(where)) {
    return `where must be an object of conditions, e.g. where[title][equals]=Boxcar, not ${describeJsonType(where)}.`
  }
  const shapeProblem = findJsonShapeProblem(where, {
    maxDepth: MAX_WHERE_DEPTH * 2 + 3,
    maxListItems: MAX_WHERE_VALUES,
  })
  return shapeProblem ? `where is too large: ${shapeProblem}` : undefined
}

/**
 * The first condition whose operator does not fit its field or value, as a sentence naming the
 * path and operator, or undefined. Expects a filter that passed findWhereShapeProblem and whose
 * paths Payload has validated (so naming a field's type tells the client nothing new).
 */
export const findWhereValueProblem = (
  where: Record<string, unknown>,
  fieldTypeAt: FieldTypeAt,
): string | undefined => {
  let valueCount = 0
  const pending: Record<string, unknown>[] = [where]
  while (pending.length > 0) {
    const conditions = pending.pop()!
    for (const [key, condition] of Object.entries(conditions)) {
      if (['and', 'or'].includes(key.toLowerCase())) {
        const branches = Array.isArray(condition) ? condition : undefined
        if (!branches || !branches.every(isPlainObject)) {
          return `where.${key} must be a list of conditions, e.g. where[${key}][0][title][equals]=Boxcar.`
        }
        pending.push(...branches)
        continue
      }
      // A path given a bare value (where[title]=x) is refused by Payload as an unknown path.
      if (!isPlainObject(condition)) continue
      const fieldType = fieldTypeAt(key)
      for (const [operator, value] of Object.entries(condition)) {
        const problem = findConditionProblem(key, fieldType, operator, value)
        if (problem) return problem
        if (LIST_OPERATORS.includes(operator)) valueCount += listValues(value)?.length ?? 0
        if (valueCount > MAX_WHERE_VALUES) {
          return `where holds more than ${MAX_WHERE_VALUES} values in its lists; ask for fewer at a time.`
        }
      }
    }
  }
  return undefined
}

const findConditionProblem = (
  path: string,
  fieldType: string | undefined,
  operator: string,
  value: unknown,
): string | undefined => {
  if (fieldType === INSIDE_RICH_TEXT) {
    // Payload's SQLite adapter builds SQL it cannot run for these (no such column).
    return `where.${path} looks inside a rich-text field, which cannot be queried; filter on other fields.`
  }
  if (GEO_OPERATORS.includes(operator)) {
    return fieldType === 'point'
      ? undefined
      : `${operator} works only on point (location) fields; ${path} is ${
          fieldType ? `a ${fieldType} field` : 'not one'
        }.`
  }
  if (LIST_OPERATORS.includes(operator)) {
    const values = listValues(value)
    if (!values || !values.every(isScalar)) {
      return `where.${path}.${operator} takes a list of values (or a comma-separated string), not ${describeJsonType(value)}.`
    }
    if (fieldType === 'date') {
      const notDate = values.find((item) => item !== null && !isDate(item))
      if (notDate !== undefined) return dateProblem(path, operator, notDate)
    }
    return undefined
  }
  if (SINGLE_VALUE_OPERATORS.includes(operator)) {
    if (!isScalar(value)) {
      return `where.${path}.${operator} takes one value, not ${describeJsonType(value)}${
        Array.isArray(value) ? '; use `in` to match any of several' : ''
      }.`
    }
    if (fieldType === 'date' && DATE_COMPARISONS.includes(operator) && value !== null) {
      if (!isDate(value)) return dateProblem(path, operator, value)
    }
  }
  return undefined
}

const dateProblem = (path: string, operator: string, value: unknown): string =>
  `where.${path}.${operator} needs a date such as 2024-05-01 or 2024-05-01T12:00:00Z; ${JSON.stringify(
    value,
  ).slice(0, 60)} is not one.`
