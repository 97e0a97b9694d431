import { isExpertQuoteNode, isRichTextState, type RichTextNode, type RichTextState } from './nodes'

/** How many characters a rich-text excerpt holds at most, before its ellipsis. */
export const EXCERPT_LENGTH = 200

/** Shorter than this share of the limit, a word boundary is not worth it: cut mid-word. */
const SHORTEST_WORD_CUT = 0.6

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * The first `maxLength` characters of `text` with its whitespace collapsed, cut at the last word
 * boundary that fits and ended with `…` when anything was left out. Counts code points, so an
 * emoji or accented letter is never split.
 */
export const excerpt = (text: string, maxLength: number = EXCERPT_LENGTH): string => {
  const flat = collapse(text)
  const characters = Array.from(flat)
  if (characters.length <= maxLength) return flat
  // A space right after the limit still ends a whole word, so look one character further.
  const lastSpace = characters.slice(0, maxLength + 1).lastIndexOf(' ')
  const cutAt = lastSpace >= maxLength * SHORTEST_WORD_CUT ? lastSpace : maxLength
  const cut = characters.slice(0, cutAt).join('')
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`
}

/** Nodes whose text starts on a new line: separated from what comes before by a space. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
])

/**
 * The plain text of a rich-text field, for excerpts: the document's own words. Inline expert
 * quotes are left out (they are someone else's words, and a draft quote must not leak). Stops
 * reading once it has `enough` characters, so a long body costs no more than a short one.
 */
export const richTextPlainText = (state: RichTextState, enough = Infinity): string => {
  let text = ''
  const visit = (nodes: unknown): boolean => {
    if (!Array.isArray(nodes)) return false
    for (const node of nodes as RichTextNode[]) {
      if (typeof node !== 'object' || node === null || isExpertQuoteNode(node)) continue
      if (
        BLOCK_TYPES.has(node.type as string) ||
        node.type === 'linebreak' ||
        node.type === 'tab'
      ) {
        text += ' '
      }
      if (node.type === 'text' && typeof node.text === 'string') {
        text += node.text
        if (text.length > enough) {
          // Compacted as it goes, so runs of whitespace never make the check repeat long work.
          text = text.replace(/\s+/g, ' ')
          if (Array.from(text.trimStart()).length > enough) return true
        }
      }
      if (visit(node.children)) return true
    }
    return false
  }
  visit(state.root.children)
  return collapse(text)
}

/** The excerpt of a rich-text field's value, or null when it has none. */
export const richTextExcerpt = (value: unknown, maxLength: number = EXCERPT_LENGTH) => {
  if (!isRichTextState(value)) return null
  // One character past the limit tells whether the limit falls on a word boundary.
  return excerpt(richTextPlainText(value, maxLength + 1), maxLength) || null
}
