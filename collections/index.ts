import type { CollectionConfig } from 'payload'

import { limitTextLengths } from '../src/fields/textLimits'
import { PUBLIC_COLLECTIONS } from '../src/cache/httpCaching'
import { keepServerTimestamps } from '../src/hooks/keepServerTimestamps'
import { noteDeletedContent, noteSavedContentChange } from '../src/hooks/noteContentChanges'
import { rejectMalformedInput } from '../src/hooks/rejectMalformedInput'
import { withRichTextSources } from '../src/hooks/richTextSources'

import { Articles } from './Articles'
import { ExpertQuotes } from './ExpertQuotes'
import { Experts } from './Experts'
import { Media } from './Media'
import { ScarTypes } from './ScarTypes'
import { Treatments } from './Treatments'
import { Users } from './Users'
import { WebhookDeliveries } from './WebhookDeliveries'
import { WebhookEndpoints } from './WebhookEndpoints'
import { WorkflowEvents } from './WorkflowEvents'

const isPublic = (slug: string) => (PUBLIC_COLLECTIONS as readonly string[]).includes(slug)

/**
 * Rules every collection shares: malformed API input (paging, filters, data types) refused with
 * a 400 before the collection's own hooks run, server-owned timestamps, bounded single-line text,
 * and, for the collections the public reads, telling the published-content cache what changed.
 */
const withCommonRules = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const publicHooks = isPublic(collection.slug)
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
  WebhookEndpoints,
  WebhookDeliveries,
]
  .map(withCommonRules)
  .map(withRichTextSources)
