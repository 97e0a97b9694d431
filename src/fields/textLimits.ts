import type { Field } from 'payload'

/**
 * How long text may be. Single-line fields (names, labels, credits) are short; multi-line text
 * and anything else falls under Payload's `defaultMaxTextLength`.
 */
export const TEXT_LIMITS = {
  /** Slugs end up in URLs. */
  slug: 120,
  /** Article titles; search engines show about 60 characters. */
  title: 200,
  /** Any other single-line text field without its own limit. */
  singleLine: 300,
  /** Web addresses; browsers and CDNs cope with about 2,000 characters. */
  url: 2_048,
  /** Multi-line text (summaries, statements, notes), e-mail addresses and passwords. */
  multiLine: 10_000,
} as const

const withSingleLineLimit = (field: Field): Field => {
  if (field.type === 'text' && field.maxLength === undefined) {
    return { ...field, maxLength: TEXT_LIMITS.singleLine }
  }
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: limitTextLengths(tab.fields) })),
    }
  }
  if (field.type === 'blocks') {
    return {
      ...field,
      blocks: field.blocks.map((block) =>
        typeof block === 'string' ? block : { ...block, fields: limitTextLengths(block.fields) },
      ),
    }
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: limitTextLengths(field.fields) } as Field
  }
  return field
}

/** Gives every single-line text field, at any depth, the single-line limit unless it has one. */
export const limitTextLengths = (fields: Field[]): Field[] => fields.map(withSingleLineLimit)
