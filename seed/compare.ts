/**
 * Decides whether a stored document already holds what the seed would write. Only what the seed
 * owns counts: keys absent from `desired` (ids of array rows, timestamps, fields people added)
 * are ignored. Pure; no Payload imports.
 */

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A relationship read at depth > 0 is a populated document; the seed writes its id. */
const relationId = (value: unknown): unknown =>
  isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number')
    ? value.id
    : value

/**
 * True when `stored` matches `desired` on every key `desired` sets. `undefined` in `desired` means
 * "not owned"; `null`, `undefined` and `[]` count as the same empty value; a populated
 * relationship equals its id.
 */
export const matchesDesired = (desired: unknown, stored: unknown): boolean => {
  if (desired === undefined) return true
  if (isEmpty(desired)) return isEmpty(stored)
  if (Array.isArray(desired)) {
    const rows = Array.isArray(stored) ? stored : []
    return rows.length === desired.length && desired.every((row, i) => matchesDesired(row, rows[i]))
  }
  if (isRecord(desired)) {
    const target = isRecord(stored) ? stored : {}
    return Object.entries(desired).every(([key, value]) => matchesDesired(value, target[key]))
  }
  const actual = relationId(stored)
  if (typeof desired === 'number' && typeof actual === 'string') return String(desired) === actual
  if (typeof desired === 'string' && typeof actual === 'number') return desired === String(actual)
  return desired === actual
}

/** Top-level keys whose values differ, for a log line that says what an update changes. */
export const differingKeys = (desired: Record<string, unknown>, stored: unknown): string[] => {
  const target = isRecord(stored) ? stored : {}
  return Object.keys(desired).filter((key) => !matchesDesired(desired[key], target[key]))
}
