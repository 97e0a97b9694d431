import type { CollectionConfig } from 'payload'

import { limitTextLengths } from '../src/fields/textLimits'
import { keepServerTimestamps } from '../src/hooks/keepServerTimestamps'

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

/** Rules every collection shares: server-owned timestamps and bounded single-line text. */
const withCommonRules = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: limitTextLengths(collection.fields),
  hooks: {
    ...collection.hooks,
    beforeChange: [keepServerTimestamps, ...(collection.hooks?.beforeChange ?? [])],
  },
})

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
].map(withCommonRules)
