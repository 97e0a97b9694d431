import type { CollectionConfig } from 'payload'

import { Articles } from './Articles'
import { ExpertQuotes } from './ExpertQuotes'
import { Experts } from './Experts'
import { Media } from './Media'
import { ScarTypes } from './ScarTypes'
import { Treatments } from './Treatments'
import { withInputChecks } from './shared'
import { Users } from './Users'
import { WorkflowEvents } from './WorkflowEvents'

export const collections: CollectionConfig[] = [
  Articles,
  ExpertQuotes,
  Experts,
  ScarTypes,
  Treatments,
  Media,
  Users,
  WorkflowEvents,
].map(withInputChecks)
