/**
 * What the workflow reads from and writes to a stored document. Plain data in, plain data out:
 * the Payload hooks and the transition service do the reading and writing.
 */
import type { ReviewState } from './states'
import type { TransitionEffects, WorkflowDocument } from './transitions'

/** Fields only the workflow writes; any value a client sends for them is ignored. */
export const SYSTEM_FIELDS = [
  'createdBy',
  'lastEditedBy',
  'approvedBy',
  'approvedAt',
  'reviewedBy',
  'lastReviewedAt',
  'editedSinceApprovalBy',
  'publication',
  'workflowRevision',
] as const

/** Fields that are not content: changing only these is no edit of the document. */
export const NON_CONTENT_FIELDS = new Set<string>([
  ...SYSTEM_FIELDS,
  'reviewState',
  // Derived from the content on every save (src/fields/referenceKeys.ts).
  'referenceKeys',
  'assignedReviewers',
  'expectedUpdatedAt',
  '_status',
  'id',
  'createdAt',
  'updatedAt',
])

type Relation = string | number | { id: string | number } | null | undefined

/** The id of a relationship value, whether populated or not. */
export const idOf = (value: Relation): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return String(value.id)
  return String(value)
}

export interface StoredWorkflowFields {
  reviewState?: string | null
  authors?: Relation[] | null
  createdBy?: Relation
  lastEditedBy?: Relation
  approvedBy?: Relation
  approvedAt?: string | null
  editedSinceApprovalBy?: Relation[] | null
}

const idsOf = (values: Relation[] | null | undefined): string[] =>
  (values ?? []).map(idOf).filter((id): id is string => id !== null)

/**
 * The people who changed the content since the last approval, after `actorId` changed it too:
 * each once, in the order they first edited.
 */
export const withEditor = (
  editedSinceApprovalBy: Relation[] | null | undefined,
  actorId: string,
): string[] => [...new Set([...idsOf(editedSinceApprovalBy), actorId])]

/** Articles name their authors; for the other collections the creator is the author. */
export const workflowDocumentOf = (
  collection: string,
  doc: StoredWorkflowFields,
): WorkflowDocument => {
  const createdBy = idOf(doc.createdBy)
  const authorIds = collection === 'articles' ? idsOf(doc.authors) : createdBy ? [createdBy] : []
  return {
    authorIds,
    createdBy,
    lastEditedBy: idOf(doc.lastEditedBy),
    editedSinceApprovalBy: idsOf(doc.editedSinceApprovalBy),
  }
}

export interface TransitionWrite {
  reviewState: ReviewState
  _status?: 'draft' | 'published'
  publishedAt?: string
  approvedBy?: string | null
  approvedAt?: string | null
  reviewedBy?: string | null
  lastReviewedAt?: string | null
  editedSinceApprovalBy?: string[]
}

/** The field values one planned move writes. */
export const transitionWrite = ({
  to,
  effects,
  actorId,
  current,
  live,
  now,
}: {
  to: ReviewState
  effects: TransitionEffects
  actorId: string
  current: StoredWorkflowFields
  /** The main document (the live version's bookkeeping), for a discard. */
  live?: StoredWorkflowFields & { reviewedBy?: Relation; lastReviewedAt?: string | null }
  now: Date
}): TransitionWrite => {
  const write: TransitionWrite = { reviewState: to }
  if (effects.setStatus) write._status = effects.setStatus
  if (effects.setPublishedAt) write.publishedAt = now.toISOString()
  if (effects.recordApproval) {
    write.approvedBy = actorId
    write.approvedAt = now.toISOString()
    // The approval covers every change so far; the next edit starts a new list.
    write.editedSinceApprovalBy = []
  }
  if (effects.restoreLiveVersion) {
    // The working copy is the live content again: it stands approved by whoever approved that.
    write.approvedBy = idOf(live?.reviewedBy)
    write.approvedAt = live?.lastReviewedAt ?? null
    write.editedSinceApprovalBy = []
  }
  if (effects.recordReviewer) {
    write.reviewedBy = idOf(current.approvedBy)
    write.lastReviewedAt = current.approvedAt ?? now.toISOString()
  }
  return write
}

/** Compares values as stored: key order and array-row ids do not count as changes. */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, nested]) => [key, comparable(nested)]),
    )
  }
  return value ?? null
}

/** True when `data` changes any content field of `original` (workflow bookkeeping aside). */
export const changesContent = (
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): boolean =>
  Object.keys(data).some(
    (key) =>
      !NON_CONTENT_FIELDS.has(key) &&
      JSON.stringify(comparable(data[key])) !== JSON.stringify(comparable(original?.[key])),
  )
