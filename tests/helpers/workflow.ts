/**
 * The review workflow as the tests expect it, written out by hand from the issue (not derived
 * from src/workflow): who may make each move, the path from a fresh draft to each state, and
 * valid data for each reviewed collection. Shared by the Local API and the HTTP tests.
 */

export const WF_COLLECTIONS = ['articles', 'expert-quotes', 'scar-types', 'treatments'] as const
export type WfCollection = (typeof WF_COLLECTIONS)[number]

export const STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const
export type State = (typeof STATES)[number]

/**
 * The people the tests act as. `author` is the document's author (listed in an article's
 * `authors`, or the creator of any other document); `otherAuthor` holds the author role but is
 * not this document's author.
 */
export type Actor = 'admin' | 'editor' | 'reviewer' | 'author' | 'otherAuthor'
/** How a fresh draft (created by `author`) reaches each state, and who makes each step. */
export const PATH_TO: Record<State, { who: Actor; to: State; comment?: string }[]> = {
  draft: [],
  in_review: [{ who: 'author', to: 'in_review' }],
  changes_requested: [
    { who: 'author', to: 'in_review' },
    { who: 'reviewer', to: 'changes_requested', comment: 'Please add sources.' },
  ],
  approved: [
    { who: 'author', to: 'in_review' },
    { who: 'reviewer', to: 'approved' },
  ],
  published: [
    { who: 'author', to: 'in_review' },
    { who: 'reviewer', to: 'approved' },
    { who: 'editor', to: 'published' },
  ],
  archived: [
    { who: 'author', to: 'in_review' },
    { who: 'reviewer', to: 'approved' },
    { who: 'editor', to: 'published' },
    { who: 'editor', to: 'archived' },
  ],
}

/** The text field each collection is labelled by. */
export const LABEL_FIELD: Record<WfCollection, string> = {
  articles: 'title',
  'expert-quotes': 'statement',
  'scar-types': 'name',
  treatments: 'name',
}

/** GraphQL names: the WorkflowCollection enum value and the per-collection mutation stem. */
export const GRAPHQL: Record<WfCollection, { enumValue: string; single: string }> = {
  articles: { enumValue: 'articles', single: 'Article' },
  'expert-quotes': { enumValue: 'expert_quotes', single: 'ExpertQuote' },
  'scar-types': { enumValue: 'scar_types', single: 'ScarType' },
  treatments: { enumValue: 'treatments', single: 'Treatment' },
}

let counter = 0
/** A unique label, so slugs never collide between tests. */
export const unique = (text: string): string => `${text} ${Date.now().toString(36)}-${++counter}`

/** Valid data for a new document whose label is `label`. */
export const validData = (
  collection: WfCollection,
  label: string,
  expertId: string,
): Record<string, unknown> => {
  const base = { [LABEL_FIELD[collection]]: label }
  switch (collection) {
    case 'expert-quotes':
      return { ...base, expert: expertId, source: { publication: 'Workflow Test Journal' } }
    case 'scar-types':
      return { ...base, category: 'atrophic' }
    case 'treatments':
      return { ...base, kind: 'prescription' }
    default:
      return { ...base, summary: 'A summary.' }
  }
}

/** Keys every workflow event must carry. */
export const EVENT_KEYS = [
  'collection',
  'documentId',
  'from',
  'to',
  'action',
  'actor',
  'comment',
  'version',
] as const
