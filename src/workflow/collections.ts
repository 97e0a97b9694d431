/** The collections that go through review, and how GraphQL names them. */
export const WORKFLOW_COLLECTIONS = [
  'articles',
  'expert-quotes',
  'scar-types',
  'treatments',
] as const

export type WorkflowCollectionSlug = (typeof WORKFLOW_COLLECTIONS)[number]

export const isWorkflowCollection = (value: unknown): value is WorkflowCollectionSlug =>
  typeof value === 'string' && (WORKFLOW_COLLECTIONS as readonly string[]).includes(value)

/** GraphQL enum values cannot hold hyphens: `expert-quotes` becomes `expert_quotes`. */
export const graphQLNameOf = (slug: WorkflowCollectionSlug): string => slug.replace(/-/g, '_')
