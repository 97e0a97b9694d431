/**
 * The parts of Payload's sanitized field config the input checks read. Kept structural (no
 * Payload import) so the checks are plain functions, tested with small hand-written configs.
 */
export interface FieldShape {
  name?: string
  type: string
  hasMany?: boolean
  relationTo?: string | string[]
  /** Sub-fields of groups, arrays, named tabs (sanitized configs call them flattenedFields). */
  flattenedFields?: FieldShape[]
  fields?: FieldShape[]
  blocks?: { slug: string; flattenedFields?: FieldShape[]; fields?: FieldShape[] }[]
}

/** The fields of a collection, by slug, to follow relationships across collections. */
export type FieldsOfCollection = (slug: string) => FieldShape[] | undefined

export const subFieldsOf = (field: { flattenedFields?: FieldShape[]; fields?: FieldShape[] }) =>
  field.flattenedFields ?? field.fields ?? []

const findField = (fields: FieldShape[], name: string): FieldShape | undefined => {
  for (const field of fields) {
    if (field.name === name) return field
    // Rows, collapsibles and unnamed tabs hold fields at the same level of the data.
    if (!field.name && (field.fields || field.flattenedFields)) {
      const inner = findField(subFieldsOf(field), name)
      if (inner) return inner
    }
  }
  return undefined
}

/** What fieldTypeAt answers for a path that goes on inside a JSON or rich-text value. */
export const INSIDE_JSON = 'inside json'
export const INSIDE_RICH_TEXT = 'inside richText'

/**
 * The type of the field a query path names (`title`, `seo.title`, `sources.title`,
 * `scarTypes.name` through a relationship), INSIDE_JSON or INSIDE_RICH_TEXT for a path that goes
 * on inside such a value, or undefined when the path names no field (Payload refuses those).
 */
export const fieldTypeAt = (
  path: string,
  fields: FieldShape[],
  fieldsOfCollection: FieldsOfCollection,
): string | undefined => {
  let current = fields
  const segments = path.split('.').filter((segment) => !/^\d+$/.test(segment))
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1
    if (segment === 'id' && !findField(current, 'id')) return isLast ? 'id' : undefined
    const field = findField(current, segment)
    if (!field) return undefined
    if (isLast) return field.type
    if (field.type === 'json') return INSIDE_JSON
    if (field.type === 'richText') return INSIDE_RICH_TEXT
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo !== 'string') return undefined
      const related = fieldsOfCollection(field.relationTo)
      if (!related) return undefined
      current = related
    } else if (field.type === 'blocks') {
      current = (field.blocks ?? []).flatMap(subFieldsOf)
    } else {
      current = subFieldsOf(field)
    }
  }
  return undefined
}
