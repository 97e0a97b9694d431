/**
 * Rich text (Lexical JSON) to HTML with Payload's converters, plus this project's own for what
 * Payload cannot know: inline expert quotes, internal links to the front end's pages, relationship
 * blocks and uploads, each from documents the reader may see (RenderedReferences).
 *
 * Safe by construction: every text and attribute value is HTML-escaped, link addresses pass the
 * link policy, tags and classes come from fixed lists (Payload's converters check heading and list
 * tags the same way), and a node without a converter renders its children's text, never raw HTML.
 */
import escapeHtml from 'escape-html'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

import { isExpertQuoteNode, isRichTextState, idOf, type RichTextNode } from './nodes'
import { internalLinkRef, nodeRef, refKey } from './references'
import { safeHref } from './linkPolicy'
import type { ExpertQuoteView, ImageView, RenderedReferences } from './views'

/** What a converter receives, with the node typed as the untrusted JSON it is. */
interface ConverterArgs {
  node: RichTextNode
  nodesToHTML: (args: { nodes: never[] }) => string[]
  providedStyleTag: string
}
type Converter = (args: ConverterArgs) => string

const childrenOf = (node: RichTextNode): RichTextNode[] =>
  Array.isArray(node.children) ? (node.children as RichTextNode[]) : []

const renderChildren = ({ node, nodesToHTML }: ConverterArgs): string =>
  nodesToHTML({ nodes: childrenOf(node) as never[] }).join('')

const paragraphsOf = (statement: string): string =>
  statement
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('')

/** `<blockquote>` with the statement and, in its footer, the expert's name (linked) and credentials. */
export const expertQuoteHtml = (quote: ExpertQuoteView): string => {
  const name = escapeHtml(quote.expertName)
  const expert = quote.expertUrl ? `<a href="${escapeHtml(quote.expertUrl)}">${name}</a>` : name
  const credentials = quote.expertCredentials ? `, ${escapeHtml(quote.expertCredentials)}` : ''
  return (
    `<blockquote class="expert-quote" data-kind="${quote.kind}">${paragraphsOf(quote.statement)}` +
    `<footer>${expert}${credentials}</footer></blockquote>`
  )
}

export const imageHtml = (image: ImageView, altOverride?: unknown): string => {
  const alt = typeof altOverride === 'string' && altOverride.trim() ? altOverride : image.alt
  const size =
    (image.width ? ` width="${image.width}"` : '') +
    (image.height ? ` height="${image.height}"` : '')
  const srcset = image.srcset ? ` srcset="${escapeHtml(image.srcset)}"` : ''
  return `<img src="${escapeHtml(image.src)}"${srcset} alt="${escapeHtml(alt)}"${size} loading="lazy" />`
}

const anchor = (href: string, inner: string, style: string, newTab: boolean): string =>
  `<a${style} href="${escapeHtml(href)}"${newTab ? ' target="_blank" rel="noopener noreferrer"' : ''}>${inner}</a>`

const buildConverters = (references: RenderedReferences): HTMLConverters => {
  /** Links to what the reader may not see, or to unsafe addresses, keep only their text. */
  const link: Converter = (args) => {
    const { node, providedStyleTag } = args
    const inner = renderChildren(args)
    const ref = node.type === 'link' ? internalLinkRef(node) : null
    const href = ref
      ? (references.targets.get(refKey(ref.collection, ref.id))?.url ?? null)
      : safeHref(node.fields?.url)
    return href ? anchor(href, inner, providedStyleTag, node.fields?.newTab === true) : inner
  }

  /** An expert quote is a block: a paragraph holding one is split around it (no `<p><blockquote>`). */
  const paragraph: Converter = (args) => {
    const { node, nodesToHTML, providedStyleTag } = args
    const children = childrenOf(node)
    if (children.length === 0) return `<p${providedStyleTag}><br /></p>`
    const html: string[] = []
    let run: RichTextNode[] = []
    const flush = () => {
      const inner = nodesToHTML({ nodes: run as never[] }).join('')
      if (inner.trim() !== '') html.push(`<p${providedStyleTag}>${inner}</p>`)
      run = []
    }
    for (const child of children) {
      if (isExpertQuoteNode(child)) {
        flush()
        html.push(nodesToHTML({ nodes: [child] as never[] }).join(''))
      } else {
        run.push(child)
      }
    }
    flush()
    return html.join('')
  }

  return {
    ...defaultHTMLConverters,
    paragraph,
    link,
    autolink: link,
    upload: (({ node }) => {
      const ref = nodeRef(node)
      const image = ref && references.images.get(refKey(ref.collection, ref.id))
      return image ? imageHtml(image, node.fields?.alt) : ''
    }) satisfies Converter,
    relationship: (({ node }) => {
      const ref = nodeRef(node)
      const target = ref && references.targets.get(refKey(ref.collection, ref.id))
      return target ? `<p>${anchor(target.url, escapeHtml(target.label), '', false)}</p>` : ''
    }) satisfies Converter,
    inlineBlocks: {
      expertQuote: (({ node }) => {
        const quote = references.quotes.get(idOf(node.fields?.quote) ?? '')
        return quote ? expertQuoteHtml(quote) : ''
      }) satisfies Converter,
    },
    // Blocks this project has no converter for, and node types from the future: their text only.
    unknown: renderChildren satisfies Converter,
  } as unknown as HTMLConverters
}

/** The HTML of a rich-text value (no wrapping element), or null when it is not rich text. */
export const richTextToHtml = (value: unknown, references: RenderedReferences): string | null => {
  if (!isRichTextState(value)) return null
  return convertLexicalToHTML({
    data: value as never,
    converters: buildConverters(references),
    disableContainer: true,
  })
}
