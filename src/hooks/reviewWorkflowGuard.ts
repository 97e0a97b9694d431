/**
 * Keeps ordinary saves from bypassing review. Every path that saves a reviewed document
 * (REST, GraphQL, bulk update, duplicate, the admin panel, the Local API with a user) comes
 * through these hooks; only the transition service and trusted server code (no user, access
 * overridden) may set the review state or publish.
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import type { Actor } from '../access/roles'
import { appendTrailEntry, claimMove, updateMainRow } from '../database/workflowWrites'
import {
  expectedTimestampOf,
  latestVersionId,
  moveConflictError,
  staleDocumentError,
  WORKFLOW_WRITE,
} from '../services/reviewWorkflow'
import type { WorkflowCollectionSlug } from '../workflow/collections'
import { changesContent, idOf, SYSTEM_FIELDS, withEditor } from '../workflow/record'
import { isReviewState, publicationOf, type ReviewState } from '../workflow/states'
import {
  LIVE_EDIT_ACTION,
  stateAfterContentEdit,
  VOIDED_APPROVAL_ACTION,
} from '../workflow/transitions'

/** Per request: the documents whose review state an edit is changing, and from what. */
const STATE_CHANGING_EDITS = 'workflowStateChangingEdits'

interface StateChangingEdit {
  from: ReviewState
  to: ReviewState
  action: typeof VOIDED_APPROVAL_ACTION | typeof LIVE_EDIT_ACTION
  readRevision: unknown
}

export const publishThroughWorkflowMessage = (collection: string) =>
  `Publishing and review states change only through the review workflow: POST /api/${collection}/{id}/transition or the transitionWorkflow mutation.`

const isWorkflowWrite = (req: PayloadRequest) => req.context[WORKFLOW_WRITE] === true

type Data = Record<string, unknown>

const refuse = (collection: string) =>
  new APIError(publishThroughWorkflowMessage(collection), 403, null, true)

/**
 * Before any create, update or version restore by a user: refuse a publish or a state change,
 * check the optimistic lock, and save as a draft so the published version stays live until review.
 */
export const guardReviewedSaves: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') {
    return args
  }
  if (isWorkflowWrite(req) || (overrideAccess && !req.user)) return args
  // Payload reads restoreVersion's `draft` flag before this hook runs, so it cannot be forced:
  // a user may restore a version only as a new draft, which then goes through review.
  if (operation === 'restoreVersion') {
    if ((args as { draft?: boolean }).draft === true) return args
    throw new APIError(
      'Restore a version as a draft (draft=true); it then goes through review like any edit.',
      403,
      null,
      true,
    )
  }
  const slug = collection.slug
  const data = (args.data ?? {}) as Data
  if (data._status === 'published') throw refuse(slug)

  const id = (args as { id?: string | number }).id
  const expected = expectedTimestampOf(data.expectedUpdatedAt ?? req.query?.expectedUpdatedAt)
  const needsCurrent = operation === 'update' && ('reviewState' in data || expected)
  if (needsCurrent && id === undefined) {
    if ('reviewState' in data) throw refuse(slug)
    throw new APIError(
      'expectedUpdatedAt applies to the update of one document by id.',
      400,
      null,
      true,
    )
  }
  const current = needsCurrent
    ? ((await req.payload.findByID({
        collection: slug,
        id: id!,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as Data)
    : null

  if ('reviewState' in data) {
    if (!isReviewState(data.reviewState)) {
      throw new APIError(`"${String(data.reviewState)}" is not a review state.`, 400, null, true)
    }
    const allowed = operation === 'create' ? 'draft' : current?.reviewState
    if (data.reviewState !== allowed) throw refuse(slug)
  }
  if (expected && current && expected !== current.updatedAt) {
    throw staleDocumentError(expected, String(current.updatedAt))
  }
  return { ...args, draft: true }
}

/**
 * Fills in who created and edited a document, ignores client values for the workflow's own
 * fields, and applies what an edit does to the review state (an edit voids an approval, an edit
 * of a published document starts a new draft).
 */
export const applyContentEditRules: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const actor = req.user as Actor | null
  if (isWorkflowWrite(req) || !actor) return data
  const original = (originalDoc ?? {}) as Data
  const next: Data = { ...data }
  for (const field of SYSTEM_FIELDS) next[field] = original[field] ?? null

  if (operation === 'create') {
    next.reviewState = 'draft'
    next.publication = 'offline'
    next.workflowRevision = 0
    next.createdBy = actor.id
    next.lastEditedBy = actor.id
    next.editedSinceApprovalBy = [actor.id]
    const authors = next.authors as unknown[] | undefined
    if (collection.slug === 'articles' && (!authors || authors.length === 0)) {
      next.authors = [actor.id]
    }
    return next
  }

  const currentState = isReviewState(original.reviewState) ? original.reviewState : 'draft'
  next.reviewState = currentState
  if (!changesContent(data, original)) return next

  const outcome = stateAfterContentEdit(currentState)
  next.reviewState = outcome.state
  next.lastEditedBy = actor.id
  next.editedSinceApprovalBy = withEditor(original.editedSinceApprovalBy as never, String(actor.id))
  if (outcome.voidedApproval) {
    next.approvedBy = null
    next.approvedAt = null
  }
  if (outcome.state !== currentState) {
    const readRevision = original.workflowRevision
    next.workflowRevision = (typeof readRevision === 'number' ? readRevision : 0) + 1
    const edits =
      (req.context[STATE_CHANGING_EDITS] as Map<string, StateChangingEdit> | undefined) ??
      new Map<string, StateChangingEdit>()
    edits.set(String(original.id), {
      from: currentState,
      to: outcome.state,
      action: outcome.voidedApproval ? VOIDED_APPROVAL_ACTION : LIVE_EDIT_ACTION,
      readRevision,
    })
    req.context[STATE_CHANGING_EDITS] = edits
  }
  return next
}

const EDIT_EVENT_COMMENTS: Record<StateChangingEdit['action'], string> = {
  voidApproval: 'Approval voided: the content was edited after it was approved.',
  edit: 'The live document was edited: the edit waits for review as a pending draft.',
}

/**
 * After a user's save: the document row carries the working copy's review state and time too, so
 * lists and queries agree with or without `draft`. An edit that changed the state (a live
 * document got a pending draft, an approval was voided) claims the next workflow revision, like
 * a move, and records its event in the same transaction.
 */
export const recordStateChangingEdits: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (isWorkflowWrite(req) || !req.user || operation !== 'update') return doc
  const slug = collection.slug as WorkflowCollectionSlug
  const id = String(doc.id)
  const edits = req.context[STATE_CHANGING_EDITS] as Map<string, StateChangingEdit> | undefined
  const edit = edits?.get(id)
  edits?.delete(id)
  const bookkeeping = {
    reviewState: doc.reviewState,
    updatedAt: doc.updatedAt,
    approvedBy: idOf(doc.approvedBy),
    approvedAt: doc.approvedAt ?? null,
  }
  if (!edit) {
    await updateMainRow(req, slug, doc.id, bookkeeping)
    return doc
  }
  const sequence = (typeof edit.readRevision === 'number' ? edit.readRevision : 0) + 1
  const claimed = await claimMove(req, slug, doc.id, edit.readRevision, {
    ...bookkeeping,
    workflowRevision: sequence,
  })
  if (!claimed) throw moveConflictError()
  await appendTrailEntry(req, {
    collection: slug,
    documentId: id,
    from: edit.from,
    to: edit.to,
    action: edit.action,
    actor: String(req.user.id),
    comment: EDIT_EVENT_COMMENTS[edit.action],
    publication: publicationOf(doc.publication),
    sequence,
    version: await latestVersionId(req, slug, id),
  })
  return doc
}
