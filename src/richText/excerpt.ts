import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { isRichTextState, type RichTextState } from './nodes'

/** How many characters a rich-text excerpt holds at most, before its ellipsis. */
export const EXCERPT_LENGTH = 200

/** Shorter than this share of the limit, a word boundary is not worth it: cut mid-word. */
const SHORTEST_WORD_CUT = 0.6

/**
 * The first `maxLength` characters of `text` with its whitespace collapsed, cut at the last word
 * boundary that fits and ended with `…` when anything was left out. Counts code points, so an
 * emoji or accented letter is never split.
 */
export const excerpt = (text: string, maxLength: number = EXCERPT_LENGTH): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  const characters = Array.from(flat)
  if (characters.length <= maxLength) return flat
  // A space right after the limit still ends a whole word, so look one character further.
  const lastSpace = characters.slice(0, maxLength + 1).lastIndexOf(' ')
  const cutAt = lastSpace >= maxLength * SHORTEST_WORD_CUT ? lastSpace : maxLength
  const cut = characters.slice(0, cutAt).join('')
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`
}

/**
 * The plain text of a rich-text field, for excerpts: the document's own words. Inline expert
 * quotes are left out (they are someone else's words, and a draft quote must not leak).
 */
export const richTextPlainText = (state: RichTextState): string =>
  convertLexicalToPlaintext({
    data: state as never,
    converters: { inlineBlocks: { expertQuote: () => '' } },
  })

/** The excerpt of a rich-text field's value, or null when it has none. */
export const richTextExcerpt = (value: unknown, maxLength: number = EXCERPT_LENGTH) => {
  if (!isRichTextState(value)) return null
  return excerpt(richTextPlainText(value), maxLength) || null
}
