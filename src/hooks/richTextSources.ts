import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Field,
} from 'payload'

import { RICH_TEXT_SOURCE } from '../fields/richTextOutputs'
import { selectWithSources, type RichTextOutputs, type Select } from '../richText/select'

/** The collection's rich-text outputs, from the fields richTextOutputFields made. */
const outputsOf = (fields: Field[]): RichTextOutputs =>
  Object.fromEntries(
    fields.flatMap((field) => {
      const source = 'name' in field ? field.custom?.[RICH_TEXT_SOURCE] : undefined
      return typeof source === 'string' ? [[(field as { name: string }).name, source]] : []
    }),
  )

/** Source fields read only for an output, per select object handed to Payload. */
const addedSources = new WeakMap<object, string[]>()

const readSourcesOf =
  (outputs: RichTextOutputs): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation !== 'read' || !args.select) return args
    const { select, added } = selectWithSources(args.select as Select, outputs)
    if (added.length === 0) return args
    addedSources.set(select, added)
    return { ...args, select }
  }

const stripAddedSources: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  const select = (args as { select?: object }).select
  const added = select && addedSources.get(select)
  if (!added || !result) return result
  const docs = (operation === 'find' ? (result as { docs: unknown[] }).docs : [result]) as Record<
    string,
    unknown
  >[]
  for (const doc of docs) for (const source of added) delete doc[source]
  return result
}

/**
 * Lets a client select `bodyHtml` or `bodyExcerpt` without `body`: the rich text is read for them
 * and left out of the answer. Collections without rich-text outputs are returned unchanged.
 */
export const withRichTextSources = (collection: CollectionConfig): CollectionConfig => {
  const outputs = outputsOf(collection.fields)
  if (Object.keys(outputs).length === 0) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), readSourcesOf(outputs)],
      afterOperation: [...(collection.hooks?.afterOperation ?? []), stripAddedSources],
    },
  }
}
