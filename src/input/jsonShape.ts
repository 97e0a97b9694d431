/**
 * Bounds on the shape of JSON a client sends. Payload copies and walks documents recursively, so
 * a value nested thousands of levels deep overflows the stack (a 500), and a list of thousands of
 * rows becomes one SQL statement with more variables than SQLite allows.
 */

/** Objects and lists inside one another; rich text with nested lists stays far below this. */
export const MAX_JSON_DEPTH = 100

/** Items in one list: array rows, related ids, rich-text children. */
export const MAX_LIST_ITEMS = 1000

/** How a client would name the JSON type of a value, for messages. */
export const describeJsonType = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return typeof value
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export interface JsonShapeLimits {
  maxDepth?: number
  maxListItems?: number
}

/**
 * The first way `value` exceeds the limits, as a sentence, or undefined when it fits. Walks with
 * its own stack, so any depth is measured without recursion, and stops at the first excess.
 */
export const findJsonShapeProblem = (
  value: unknown,
  { maxDepth = MAX_JSON_DEPTH, maxListItems = MAX_LIST_ITEMS }: JsonShapeLimits = {},
): string | undefined => {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (depth + 1 > maxDepth) {
      return `The data nests objects and lists more than ${maxDepth} levels deep.`
    }
    const children = Array.isArray(current) ? current : Object.values(current)
    if (Array.isArray(current) && current.length > maxListItems) {
      return `A list in the data has ${current.length} items; at most ${maxListItems} are accepted.`
    }
    for (const child of children) pending.push({ value: child, depth: depth + 1 })
  }
  return undefined
}
