import type { Field, FieldAccess, FieldHook, PayloadRequest } from 'payload'

import { EXCERPT_LENGTH, richTextExcerpt } from '../richText/excerpt'
import { loadRenderedReferences } from '../richText/load'
import { isRichTextState } from '../richText/nodes'
import { collectReferences } from '../richText/references'
import { richTextToHtml } from '../richText/toHtml'

/** `custom` key naming the rich-text field an output is made from (read by richTextSources). */
export const RICH_TEXT_SOURCE = 'richTextSource'

const computedOnly: FieldAccess = () => false

/**
 * REST answers carry every field not left out by `select`, so the value is computed now. A GraphQL
 * query names its fields: the value becomes a function, which GraphQL's default resolver calls
 * only if the query asks for this field (documents read for other fields never pay for it).
 */
const whenRead = <T>(req: PayloadRequest, compute: () => T): T | (() => T) =>
  req.payloadAPI === 'GraphQL' ? compute : compute()

const renderHtml =
  (source: string): FieldHook =>
  ({ siblingData, req, draft, overrideAccess, showHiddenFields, depth, currentDepth }) => {
    const value = siblingData?.[source]
    if (!isRichTextState(value)) return null
    const reader = { req, draft, overrideAccess, showHiddenFields, depth, currentDepth }
    return whenRead(req, async () => {
      const references = await loadRenderedReferences(reader, collectReferences([value]))
      return richTextToHtml(value, references)
    })
  }

const excerptOf =
  (source: string): FieldHook =>
  ({ siblingData, req }) => {
    const value = siblingData?.[source]
    return whenRead(req, () => richTextExcerpt(value))
  }

const output = (name: string, source: string, description: string, hook: FieldHook): Field => ({
  name,
  type: 'textarea',
  // Computed on every read, never stored: no column, and whatever a client sends is dropped.
  virtual: true,
  access: { create: computedOnly, update: computedOnly },
  admin: { hidden: true, description },
  custom: { [RICH_TEXT_SOURCE]: source },
  hooks: { afterRead: [hook] },
})

/**
 * Read-only fields a front end renders instead of the Lexical JSON of `source`: `<source>Html`,
 * sanitised HTML with expert quotes and links to the front end's pages, and `<source>Excerpt`,
 * its first words as plain text. Place them right after the rich-text field.
 */
export const richTextOutputFields = (source: string): Field[] => [
  output(
    `${source}Html`,
    source,
    `${source} as sanitised HTML: expert quotes as blockquotes, internal links to the front end.`,
    renderHtml(source),
  ),
  output(
    `${source}Excerpt`,
    source,
    `The first ${EXCERPT_LENGTH} characters of ${source} as plain text, cut at a word.`,
    excerptOf(source),
  ),
]
