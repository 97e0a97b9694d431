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

/**
 * The collections anonymous readers may read: the reviewed ones (their published versions) and
 * experts and media, which are public as soon as they are saved.
 */
export const PUBLIC_COLLECTIONS = [...WORKFLOW_COLLECTIONS, 'experts', 'media'] as const

export type PublicCollectionSlug = (typeof PUBLIC_COLLECTIONS)[number]

export const isPublicCollection = (value: unknown): value is PublicCollectionSlug =>
  typeof value === 'string' && (PUBLIC_COLLECTIONS as readonly string[]).includes(value)

/**
 * True when anonymous readers could see the difference a saved or deleted document makes: it is
 * or was published, or its collection has no review (every saved version is public).
 */
export const isPublicChange = (
  collection: { versions?: { drafts?: unknown } | false },
  ...docs: (Record<string, unknown> | null | undefined)[]
): boolean =>
  !(collection.versions && collection.versions.drafts) ||
  docs.some((doc) => doc?._status === 'published')

/** GraphQL enum values cannot hold hyphens: `expert-quotes` becomes `expert_quotes`. */
export const graphQLNameOf = (slug: WorkflowCollectionSlug): string => slug.replace(/-/g, '_')
