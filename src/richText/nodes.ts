/**
 * The parts of Lexical's saved JSON this project reads. Stored rich text comes from clients, so
 * every reader checks shapes instead of trusting them.
 */

export interface RichTextNode {
  type?: unknown
  children?: unknown
  fields?: Record<string, unknown> | null
  relationTo?: unknown
  value?: unknown
  [key: string]: unknown
}

export interface RichTextState {
  root: RichTextNode & { children: RichTextNode[] }
}

/** The block type of the inline expert quote in article bodies (collections/Articles.ts). */
export const EXPERT_QUOTE_BLOCK = 'expertQuote'

export const isRichTextState = (value: unknown): value is RichTextState => {
  const root = (value as { root?: { children?: unknown } } | null)?.root
  return typeof root === 'object' && root !== null && Array.isArray(root.children)
}

/** The id of a relationship value, stored (`"abc"`) or already populated (`{ id: "abc" }`). */
export const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value) {
    return idOf((value as { id: unknown }).id)
  }
  return null
}

export const isExpertQuoteNode = (node: unknown): boolean =>
  (node as RichTextNode | null)?.type === 'inlineBlock' &&
  (node as RichTextNode).fields?.blockType === EXPERT_QUOTE_BLOCK

/** Calls `visit` for every node of the tree, depth first. */
export const walkNodes = (state: RichTextState, visit: (node: RichTextNode) => void): void => {
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue
      visit(node as RichTextNode)
      walk((node as RichTextNode).children)
    }
  }
  walk(state.root.children)
}
