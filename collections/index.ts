import type { CollectionConfig } from 'payload'

import { withReferenceKeys } from '../src/fields/referenceKeys'
import { limitTextLengths } from '../src/fields/textLimits'
import { keepServerTimestamps } from '../src/hooks/keepServerTimestamps'
import { noteDeletedContent, noteSavedContentChange } from '../src/hooks/noteContentChanges'
import { rejectMalformedInput } from '../src/hooks/rejectMalformedInput'
import { withRichTextSources } from '../src/hooks/richTextSources'
import { isPublicCollection } from '../src/workflow/collections'

import { Articles } from './Articles'
import { ExpertQuotes } from './ExpertQuotes'
import { Experts } from './Experts'
import { Media } from './Media'
import { ScarTypes } from './ScarTypes'
import { Treatments } from './Treatments'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { WebhookEndpoints } from './WebhookEndpoints'
import { ReviewFlags } from './ReviewFlags'
import { WorkflowEvents } from './WorkflowEvents'

/**
 * Rules every collection shares: malformed API input (paging, filters, data types) refused with
 * a 400 before the collection's own hooks run, server-owned timestamps, bounded single-line text,
 * and, for the collections the public reads, telling the published-content cache what changed.
 */
const withCommonRules = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const publicHooks = isPublicCollection(collection.slug)
  return {
    ...collection,
    fields: limitTextLengths(collection.fields),
    hooks: {
      ...hooks,
      beforeOperation: [rejectMalformedInput, ...(hooks.beforeOperation ?? [])],
      beforeChange: [keepServerTimestamps, ...(hooks.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), ...(publicHooks ? [noteSavedContentChange] : [])],
      afterDelete: [...(hooks.afterDelete ?? []), ...(publicHooks ? [noteDeletedContent] : [])],
    },
  }
}

export const collections: CollectionConfig[] = [
  Articles,
  ExpertQuotes,
  Experts,
  ScarTypes,
  Treatments,
  Media,
  Users,
  WorkflowEvents,
  ReviewFlags,
  WebhookEndpoints,
  WebhookDeliveries,
]
  .map(withCommonRules)
  .map(withRichTextSources)
  // Last: its beforeChange hook must see the data as every other hook left it.
  .map(withReferenceKeys)
