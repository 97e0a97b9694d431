/**
 * Builders from plain strings and seed blocks to Lexical editor-state JSON, in exactly the shape
 * the Payload 3.90 / Lexical 0.50 editor itself exports (see `exportJSON` of ParagraphNode,
 * HeadingNode, ListNode, ListItemNode, TextNode and Payload's ServerInlineBlockNode). A document
 * saved from these and opened in the admin round-trips without changes. No Payload imports: pure.
 */
import { createHash } from 'node:crypto'

import type { SeedArticleBlock } from './data/types'

export type LexicalTextNode = {
  type: 'text'
  detail: number
  format: number
  mode: 'normal'
  style: string
  text: string
  version: 1
}

type LexicalElementBase = {
  children: LexicalNode[]
  direction: 'ltr' | 'rtl' | null
  format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'
  indent: number
  version: 1
}

export type LexicalParagraphNode = LexicalElementBase & {
  type: 'paragraph'
  textFormat: number
  textStyle: string
}

export type LexicalHeadingNode = LexicalElementBase & {
  type: 'heading'
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
}

export type LexicalListItemNode = LexicalElementBase & {
  type: 'listitem'
  value: number
}

export type LexicalListNode = LexicalElementBase & {
  type: 'list'
  listType: 'bullet' | 'number'
  start: number
  tag: 'ul' | 'ol'
}

/** Fields of an inline block; `blockName` is what the admin sets when inserting one. */
export type InlineBlockFields = {
  id: string
  blockType: string
  blockName: string
  [field: string]: unknown
}

export type LexicalInlineBlockNode = {
  type: 'inlineBlock'
  fields: InlineBlockFields
  version: 1
}

export type LexicalNode =
  | LexicalTextNode
  | LexicalParagraphNode
  | LexicalHeadingNode
  | LexicalListNode
  | LexicalListItemNode
  | LexicalInlineBlockNode

export type LexicalRoot = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: ''
    indent: number
    version: 1
  }
}

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

export const textNode = (text: string): LexicalTextNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

export const paragraphNode = (children: LexicalNode[]): LexicalParagraphNode => ({
  type: 'paragraph',
  children,
  ...element,
  textFormat: 0,
  textStyle: '',
})

export const headingNode = (
  text: string,
  tag: LexicalHeadingNode['tag'] = 'h2',
): LexicalHeadingNode => ({
  type: 'heading',
  children: [textNode(text)],
  ...element,
  tag,
})

export const bulletListNode = (items: string[]): LexicalListNode => ({
  type: 'list',
  children: items.map((item, index): LexicalListItemNode => ({
    type: 'listitem',
    children: [textNode(item)],
    ...element,
    value: index + 1,
  })),
  ...element,
  listType: 'bullet',
  start: 1,
  tag: 'ul',
})

export const inlineBlockNode = (
  blockType: string,
  id: string,
  fields: Record<string, unknown>,
): LexicalInlineBlockNode => ({
  type: 'inlineBlock',
  fields: { id, blockType, blockName: '', ...fields },
  version: 1,
})

export const rootNode = (children: LexicalNode[]): LexicalRoot => ({
  root: { type: 'root', children, ...element },
})

/** One paragraph per string: bios and descriptions. */
export const paragraphsToRichText = (paragraphs: string[]): LexicalRoot =>
  rootNode(paragraphs.map((text) => paragraphNode([textNode(text)])))

/**
 * A 24-hex-digit id (the shape of the ObjectIDs the editor gives blocks) derived from `parts`, so
 * a rebuilt body is byte-identical to the stored one and reseeding does not see a change.
 */
export const stableBlockId = (...parts: (string | number)[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24)

export const EXPERT_QUOTE_BLOCK = 'expertQuote'

export type ArticleBodyOptions = {
  /** The stored id of the expert quote with this seed key; throw if there is none. */
  quoteId: (key: string) => string
  /** Distinguishes block ids between articles, e.g. the article slug. */
  idScope: string
}

/**
 * Headings become h2, lists bullet lists, and each quote a paragraph holding one `expertQuote`
 * inline block whose `quote` field is the quote's id.
 */
export const articleBodyToRichText = (
  blocks: SeedArticleBlock[],
  { quoteId, idScope }: ArticleBodyOptions,
): LexicalRoot =>
  rootNode(
    blocks.map((block, index): LexicalNode => {
      switch (block.type) {
        case 'heading':
          return headingNode(block.text, 'h2')
        case 'paragraph':
          return paragraphNode([textNode(block.text)])
        case 'list':
          return bulletListNode(block.items)
        case 'quote':
          return paragraphNode([
            inlineBlockNode(EXPERT_QUOTE_BLOCK, stableBlockId(idScope, index, block.quote), {
              quote: quoteId(block.quote),
            }),
          ])
      }
    }),
  )

/** Every inline block of the given type anywhere in a Lexical tree (for checks and tests). */
export const findInlineBlocks = (
  state: unknown,
  blockType: string = EXPERT_QUOTE_BLOCK,
): InlineBlockFields[] => {
  const found: InlineBlockFields[] = []
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const record = node as { type?: unknown; fields?: InlineBlockFields; children?: unknown }
    if (record.type === 'inlineBlock' && record.fields?.blockType === blockType) {
      found.push(record.fields)
    }
    if (Array.isArray(record.children)) record.children.forEach(visit)
  }
  visit((state as { root?: unknown } | null)?.root)
  return found
}
