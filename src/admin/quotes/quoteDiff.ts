/**
 * Inline expert quotes as the version diff can show them. Payload's Lexical diff renders an inline
 * block it has no converter for as "expertQuote InlineBlock", and offers no way to add one; it
 * does render internal links, with their text and a link to the target's edit view. So before
 * diffing, each quote node becomes an internal link to the quote whose text names it.
 */
import { collectReferences } from '../../richText/references'
import {
  idOf,
  isExpertQuoteNode,
  isRichTextState,
  type RichTextNode,
  type RichTextState,
} from '../../richText/nodes'
import { quoteLabel, type QuoteSummary } from './quoteSummary'

/** Lexical's italic text format bit. */
const ITALIC = 2

const textNode = (text: string) => ({
  type: 'text',
  text,
  format: ITALIC,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** The ids of the quotes used inline in these rich-text values, each once. */
export const inlineQuoteIds = (values: readonly unknown[]): string[] =>
  collectReferences(values.filter(isRichTextState)).quotes

/** The words that stand for a quote in the diff. */
export const diffTextOf = (id: string | null, summary: QuoteSummary | undefined): string => {
  if (summary) return quoteLabel(summary)
  return id ? `Expert quote ${id} (not found)` : 'Expert quote (none chosen)'
}

const spellOut = (
  node: RichTextNode,
  summaries: ReadonlyMap<string, QuoteSummary>,
  collection: string,
): RichTextNode => {
  const id = idOf(node.fields?.quote)
  const text = textNode(diffTextOf(id, id ? summaries.get(id) : undefined))
  if (!id) return text
  return {
    type: 'link',
    version: 3,
    direction: null,
    format: '',
    indent: 0,
    // A populated value: the diff links to it without loading the quote once more.
    fields: { linkType: 'internal', newTab: false, doc: { relationTo: collection, value: { id } } },
    children: [text],
  }
}

/**
 * A copy of a Lexical value with every inline expert quote spelled out as a link to the quote;
 * anything that is not rich text is returned as it is.
 */
export const withQuotesSpelledOut = (
  value: unknown,
  summaries: ReadonlyMap<string, QuoteSummary>,
  collection = 'expert-quotes',
): unknown => {
  if (!isRichTextState(value)) return value
  const rewrite = (nodes: unknown): unknown =>
    Array.isArray(nodes)
      ? nodes.map((node: RichTextNode) => {
          if (typeof node !== 'object' || node === null) return node
          if (isExpertQuoteNode(node)) return spellOut(node, summaries, collection)
          return Array.isArray(node.children) ? { ...node, children: rewrite(node.children) } : node
        })
      : nodes
  const state = value as RichTextState
  return { ...state, root: { ...state.root, children: rewrite(state.root.children) } }
}
