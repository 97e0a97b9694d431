/** Facts about a collection's fields that several modules read from its sanitized config. */
import type { SanitizedCollectionConfig } from 'payload'

/** The field a collection's documents are named by (`admin.useAsTitle`), `id` without one. */
export const titleFieldOf = (config: Pick<SanitizedCollectionConfig, 'admin'>): string =>
  config.admin?.useAsTitle ?? 'id'

/** The names of the top-level fields set `hidden` (kept from every client) or `unique`. */
export const fieldNamesFlagged = (
  config: Pick<SanitizedCollectionConfig, 'flattenedFields'>,
  flag: 'hidden' | 'unique',
): Set<string> =>
  new Set(
    config.flattenedFields
      .filter((field) => flag in field && (field as Record<string, unknown>)[flag] === true)
      .map((field) => field.name),
  )
