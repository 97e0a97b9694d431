/**
 * Which documents a document refers to, as the public API would show them: relationship and
 * upload fields at any depth (groups, arrays, tabs, rows, blocks) and what rich text holds
 * (inline expert quotes and other blocks, internal links, relationship and upload nodes).
 *
 * The walk follows the collection's field config, so a relationship field added later counts
 * without a list to keep up to date. Plain data in, plain data out: the hook that stores the
 * reference keys and the publication-integrity service hand over the config and the data.
 */
import { idOf, isExpertQuoteNode, isRichTextState, type RichTextNode } from '../richText/nodes'
import { internalLinkRef, nodeRef, refKey } from '../richText/references'

/** One place a document refers to another. */
export interface Reference {
  collection: string
  id: string
  /** Where in the referring document, e.g. `scarTypes`, `targets › scarType`, `body › link`. */
  path: string
}

/**
 * The parts of Payload's field config the walk reads. Structural (no Payload import) so the walk
 * is tested with small hand-written configs; Payload's sanitized fields fit it.
 */
export interface ReferenceField {
  name?: string
  type: string
  hasMany?: boolean
  relationTo?: string | string[]
  /** Hidden fields never reach the API; virtual ones are not stored. */
  hidden?: boolean
  virtual?: boolean | string
  fields?: ReferenceField[]
  tabs?: { name?: string; fields: ReferenceField[] }[]
  blocks?: { slug: string; fields: ReferenceField[] }[]
}

/** The fields Lexical keeps inside a rich-text node (a block's fields, a link's), with their data. */
export type NodeFields = (
  richTextField: ReferenceField,
  node: RichTextNode,
) => { fields: ReferenceField[]; data: unknown } | null | undefined

export interface ReferenceRules {
  /** Collections the public API shows; references to any other (users) are left out. */
  isShown: (collection: string) => boolean
  /** From the rich-text field's editor; without it, links and expert quotes are read by shape. */
  nodeFields?: NodeFields
}

/** Documents nest fields in rich text in blocks in rich text...; deeper than this is not read. */
export const MAX_FIELD_NESTING = 64

/**
 * The most distinct documents one document may refer to. Far above any real article, and what
 * SQLite stores in one statement; a save over it is refused rather than indexed in part.
 */
export const MAX_REFERENCED_DOCUMENTS = 1000

/** The separator of path segments in messages. */
export const PATH_SEPARATOR = ' › '

const EXPERT_QUOTES = 'expert-quotes'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const joinPath = (path: string, segment: string): string =>
  path ? `${path}${PATH_SEPARATOR}${segment}` : segment

/** `expertQuote` -> `expert quote`, `inlineBlock` -> `inline block`. */
export const humanize = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()

/** What a rich-text node is called in a path: the block's type, or `link`, `upload`, ... */
const nodeLabel = (node: RichTextNode): string => {
  const blockType = node.fields?.blockType
  if ((node.type === 'block' || node.type === 'inlineBlock') && typeof blockType === 'string') {
    return humanize(blockType)
  }
  if (node.type === 'autolink') return 'link'
  return typeof node.type === 'string' ? humanize(node.type) : 'node'
}

/** Rows, collapsibles, unnamed groups: their fields sit at the same level of the data. */
const innerFields = (field: ReferenceField): ReferenceField[] => field.fields ?? []

class Collector {
  private readonly seen = new Set<string>()
  readonly references: Reference[] = []

  constructor(private readonly rules: ReferenceRules) {}

  add(collection: unknown, value: unknown, path: string): void {
    if (typeof collection !== 'string' || !this.rules.isShown(collection)) return
    const id = idOf(value)
    if (!id) return
    const key = `${refKey(collection, id)}|${path}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.references.push({ collection, id, path })
  }

  fields(fields: ReferenceField[], data: unknown, path: string, nesting: number): void {
    if (!isObject(data) || nesting > MAX_FIELD_NESTING) return
    for (const field of fields) {
      if (field.hidden || field.virtual) continue
      if (field.type === 'tabs') {
        for (const tab of field.tabs ?? []) {
          if (tab.name)
            this.fields(tab.fields, data[tab.name], joinPath(path, tab.name), nesting + 1)
          else this.fields(tab.fields, data, path, nesting + 1)
        }
        continue
      }
      if (!field.name) {
        this.fields(innerFields(field), data, path, nesting + 1)
        continue
      }
      const value = data[field.name]
      if (value === null || value === undefined) continue
      this.value(field, value, joinPath(path, field.name), nesting)
    }
  }

  private value(field: ReferenceField, value: unknown, path: string, nesting: number): void {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        this.relations(field, value, path)
        return
      case 'richText':
        this.richText(field, value, path, nesting)
        return
      case 'group':
      case 'tab':
        this.fields(innerFields(field), value, path, nesting + 1)
        return
      case 'array':
        if (Array.isArray(value)) {
          for (const row of value) this.fields(innerFields(field), row, path, nesting + 1)
        }
        return
      case 'blocks':
        if (Array.isArray(value)) {
          for (const row of value) {
            const blockType = isObject(row) ? row.blockType : undefined
            const block = field.blocks?.find((candidate) => candidate.slug === blockType)
            if (block)
              this.fields(block.fields, row, joinPath(path, humanize(block.slug)), nesting + 1)
          }
        }
        return
      default:
        // Joins are reverse lookups Payload filters by the reader's access; the rest hold no ids.
        return
    }
  }

  /** Ids (`"abc"`, `{ id }`) or, for fields relating to several collections, `{ relationTo, value }`. */
  private relations(field: ReferenceField, value: unknown, path: string): void {
    const items = Array.isArray(value) ? value : [value]
    const targets = field.relationTo
    for (const item of items) {
      if (Array.isArray(targets)) {
        if (!isObject(item) || !targets.includes(item.relationTo as string)) continue
        this.add(item.relationTo, item.value, path)
      } else {
        this.add(targets, item, path)
      }
    }
  }

  /** Depth first with a stack of its own: how deep a client nests nodes cannot overflow it. */
  private richText(field: ReferenceField, value: unknown, path: string, nesting: number): void {
    if (!isRichTextState(value)) return
    const stack: unknown[] = [...value.root.children].reverse()
    while (stack.length > 0) {
      const node = stack.pop()
      if (!isObject(node)) continue
      this.node(field, node as RichTextNode, path, nesting)
      if (Array.isArray(node.children)) {
        for (let index = node.children.length - 1; index >= 0; index -= 1) {
          stack.push(node.children[index])
        }
      }
    }
  }

  private node(field: ReferenceField, node: RichTextNode, path: string, nesting: number): void {
    // Inside a node the path names the node only: `body › expert quote`, `body › link`. Named
    // only when a reference is found: most nodes are text.
    const here = () => joinPath(path, nodeLabel(node))
    if (node.type === 'relationship' || node.type === 'upload') {
      const ref = nodeRef(node)
      if (ref) this.add(ref.collection, ref.id, here())
    }
    const inner = this.rules.nodeFields?.(field, node)
    if (inner) {
      this.nodeFields(inner.fields, inner.data, here, nesting + 1)
      return
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const ref = internalLinkRef(node)
      if (ref) this.add(ref.collection, ref.id, here())
    } else if (isExpertQuoteNode(node)) {
      this.add(EXPERT_QUOTES, node.fields?.quote, here())
    }
  }

  /** A node's own fields, all reported at the node's path. */
  private nodeFields(
    fields: ReferenceField[],
    data: unknown,
    path: () => string,
    nesting: number,
  ): void {
    const found = new Collector(this.rules)
    found.fields(fields, data, '', nesting)
    for (const ref of found.references) this.add(ref.collection, ref.id, path())
  }
}

/**
 * Every reference `data` (a document as saved: depth 0, or populated) holds to a document the
 * public API shows, in document order. A document referred to at several places is listed once
 * per place; ids are not checked against any format here.
 */
export const listReferences = (
  fields: ReferenceField[],
  data: unknown,
  rules: ReferenceRules,
): Reference[] => {
  const collector = new Collector(rules)
  collector.fields(fields, data, '', 0)
  return collector.references
}

/** The key of a referenced document in `referenceKeys`: `expert-quotes:<id>`. */
export const referenceKeyOf = (ref: { collection: string; id: string }): string =>
  refKey(ref.collection, ref.id)

/** `expert-quotes:abc` -> { collection, id }; null for anything else. */
export const parseReferenceKey = (key: unknown): { collection: string; id: string } | null => {
  if (typeof key !== 'string') return null
  const colon = key.indexOf(':')
  if (colon <= 0 || colon === key.length - 1) return null
  return { collection: key.slice(0, colon), id: key.slice(colon + 1) }
}

/** Each referenced document once, with every place it is referred to, in document order. */
export interface ReferencedDocument {
  collection: string
  id: string
  paths: string[]
}

export const groupByDocument = (references: Reference[]): ReferencedDocument[] => {
  const byKey = new Map<string, ReferencedDocument>()
  for (const ref of references) {
    const key = referenceKeyOf(ref)
    const entry = byKey.get(key)
    if (entry) {
      if (!entry.paths.includes(ref.path)) entry.paths.push(ref.path)
    } else {
      byKey.set(key, { collection: ref.collection, id: ref.id, paths: [ref.path] })
    }
  }
  return [...byKey.values()]
}

/**
 * The sorted, distinct keys of the documents `references` point at, leaving out ids that cannot
 * be ids (`isId`): no stored document has them, so no query for dependents would look for them.
 */
export const referenceKeysOf = (
  references: Reference[],
  isId: (id: string) => boolean = () => true,
): string[] => [...new Set(references.filter((ref) => isId(ref.id)).map(referenceKeyOf))].sort()

/**
 * True when a collection with these fields can refer to other documents at all: it has a
 * relationship, upload or rich-text field somewhere.
 */
export const mayReferToDocuments = (fields: ReferenceField[]): boolean =>
  fields.some((field) => {
    if (field.hidden || field.virtual) return false
    if (['relationship', 'upload', 'richText'].includes(field.type)) return true
    if (field.type === 'tabs')
      return (field.tabs ?? []).some((tab) => mayReferToDocuments(tab.fields))
    if (field.type === 'blocks') {
      return (field.blocks ?? []).some((block) => mayReferToDocuments(block.fields))
    }
    return mayReferToDocuments(field.fields ?? [])
  })

/**
 * The top-level data keys that can hold references: what to `select` to read a document's
 * references and nothing else (no rendered HTML, no other text).
 */
export const referencingFieldNames = (fields: ReferenceField[]): string[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return (field.tabs ?? []).flatMap((tab) =>
        tab.name
          ? mayReferToDocuments(tab.fields)
            ? [tab.name]
            : []
          : referencingFieldNames(tab.fields),
      )
    }
    if (!field.name) return referencingFieldNames(field.fields ?? [])
    return mayReferToDocuments([field]) ? [field.name] : []
  })
