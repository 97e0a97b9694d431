import { idOf, isExpertQuoteNode, walkNodes, type RichTextNode, type RichTextState } from './nodes'

/** A document of some collection, by id. */
export interface DocumentRef {
  collection: string
  id: string
}

/** The documents a rich-text value shows besides its own text, to be loaded in one go. */
export interface RichTextReferences {
  /** Expert quotes placed inline (ids in `expert-quotes`). */
  quotes: string[]
  /** Targets of internal links and relationship blocks. */
  documents: DocumentRef[]
  /** Uploaded files shown inline. */
  uploads: DocumentRef[]
}

/** Key of a document in maps of loaded documents. */
export const refKey = (collection: string, id: string): string => `${collection}:${id}`

const documentRef = (relationTo: unknown, value: unknown): DocumentRef | null => {
  const id = idOf(value)
  return typeof relationTo === 'string' && relationTo !== '' && id
    ? { collection: relationTo, id }
    : null
}

/** The internal link target of a `link` node, if it is an internal link. */
export const internalLinkRef = (node: RichTextNode): DocumentRef | null => {
  const fields = node.fields
  if (fields?.linkType !== 'internal') return null
  const doc = fields.doc as { relationTo?: unknown; value?: unknown } | null | undefined
  return documentRef(doc?.relationTo, doc?.value)
}

/** The document a `relationship` or `upload` node points at. */
export const nodeRef = (node: RichTextNode): DocumentRef | null =>
  documentRef(node.relationTo, node.value)

/** Everything the given rich-text values refer to, each document once. */
export const collectReferences = (states: RichTextState[]): RichTextReferences => {
  const quotes = new Set<string>()
  const documents = new Map<string, DocumentRef>()
  const uploads = new Map<string, DocumentRef>()
  const add = (into: Map<string, DocumentRef>, ref: DocumentRef | null) => {
    if (ref) into.set(refKey(ref.collection, ref.id), ref)
  }
  for (const state of states) {
    walkNodes(state, (node) => {
      if (isExpertQuoteNode(node)) {
        const id = idOf(node.fields?.quote)
        if (id) quotes.add(id)
      } else if (node.type === 'link') {
        add(documents, internalLinkRef(node))
      } else if (node.type === 'relationship') {
        add(documents, nodeRef(node))
      } else if (node.type === 'upload') {
        add(uploads, nodeRef(node))
      }
    })
  }
  return { quotes: [...quotes], documents: [...documents.values()], uploads: [...uploads.values()] }
}
