/**
 * Moves a document through review: the one place that writes a new review state, for the REST
 * endpoint, the GraphQL mutation and trusted server code alike. The rules themselves live in
 * src/workflow/transitions.ts; this file loads, checks, writes and records.
 */
import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  NotFound,
  type PayloadRequest,
} from 'payload'

import type { Actor } from '../access/roles'
import type { WorkflowEvent } from '../payload-types'
import type { WorkflowCollectionSlug } from '../workflow/collections'
import { createKeyedLock } from '../workflow/lock'
import { notifyTransition, type NotifyTransitionResult } from './notifyTransition'
import { findLiveDependents, findPublicationBlockers } from './publicationIntegrity'
import {
  blockersMessage,
  dependentsMessage,
  describeDocument,
  type LiveDependent,
} from '../workflow/integrityMessages'
import { isWorkflowCollection } from '../workflow/collections'
import { prepareWorkflowAnnouncement } from './webhookAnnouncements'
import {
  idOf,
  transitionWrite,
  workflowDocumentOf,
  type StoredWorkflowFields,
} from '../workflow/record'
import { type Publication, publicationOf } from '../workflow/states'
import {
  appendTrailEntry,
  changedFields,
  claimMove,
  publicationWrite,
  readWorkflowCopies,
  updateMainRow,
  updateWorkingCopy,
} from '../database/workflowWrites'
import { noteLiveContentChange } from '../hooks/noteContentChanges'
import { isStaffActor } from '../access/roles'
import { fieldNamesFlagged, titleFieldOf } from '../utilities/collectionFields'
import {
  allowedTransitions,
  planTransition,
  type AvailableMove,
  type PlannedTransition,
  type TransitionEffects,
} from '../workflow/transitions'

/** Set on `req.context` for writes made by the workflow itself, so the save guard lets them by. */
export const WORKFLOW_WRITE = 'workflowWrite'

export const STALE_DOCUMENT = 'STALE_DOCUMENT'

export const staleDocumentError = (expected: string, actual: string): APIError =>
  new APIError(
    `The document changed since you loaded it (you had ${expected}, it is now ${actual}). Reload it and try again.`,
    409,
    { code: STALE_DOCUMENT, updatedAt: actual },
    true,
  )

/** An ISO timestamp is 24 characters; anything much longer is not one of ours. */
const MAX_TIMESTAMP_LENGTH = 40

/**
 * Checks a client's `expectedUpdatedAt` before it is compared or quoted back in a message.
 * Returns null when none was given.
 */
export const expectedTimestampOf = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || value.length > MAX_TIMESTAMP_LENGTH) {
    throw new APIError(
      '"expectedUpdatedAt" must be the updatedAt timestamp of the version you loaded.',
      400,
      null,
      true,
    )
  }
  return value
}

const withDocumentLock = createKeyedLock()

export interface TransitionRequest {
  req: PayloadRequest
  collection: WorkflowCollectionSlug
  id: string
  /** The target review state; optional when `action` names the move. */
  to?: unknown
  /** The move by name; `withdraw` and `discard` are asked for only this way. */
  action?: unknown
  comment?: string | null
  expectedUpdatedAt?: string | null
  /** E-mail whoever acts next (default). The seed's scripted moves notify nobody. */
  notify?: boolean
}

export interface TransitionResult {
  doc: Record<string, unknown>
  event: WorkflowEvent
  transition: PlannedTransition
  /**
   * The e-mails about this move, sent after the commit. Callers need not wait for it (it never
   * rejects); null when nobody is notified or the move ran inside a caller's transaction, which
   * then notifies itself.
   */
  notified: Promise<NotifyTransitionResult> | null
}

/** The id of the newest version of a document: the one a move or an edit applies to. */
export const latestVersionId = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<string | null> => {
  const versions = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    // One row is all that is wanted: no count of the document's versions.
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return versions.docs[0] ? String(versions.docs[0].id) : null
}

export const MOVE_CONFLICT = 'MOVE_CONFLICT'

/** Another move (in this process or another) changed the document between our read and write. */
export const moveConflictError = (): APIError =>
  new APIError(
    'Someone else moved this document at the same moment; your move was not made. Reload it to see where it stands.',
    409,
    { code: MOVE_CONFLICT },
    true,
  )

/** Content fields of a stored document: what a discard copies back from the live version. */
const contentOf = (doc: Record<string, unknown>): Record<string, unknown> => {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = doc
  return rest
}

/**
 * The moved document as its caller gets it: without the fields Payload keeps from every client
 * (`hidden`, such as the reference keys), which the adapter-level reads above still carry.
 */
const withoutHiddenFields = (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  doc: Record<string, unknown>,
): Record<string, unknown> => {
  const hidden = fieldNamesFlagged(req.payload.collections[collection].config, 'hidden')
  return Object.fromEntries(Object.entries(doc).filter(([name]) => !hidden.has(name)))
}

export const PUBLICATION_BLOCKED = 'PUBLICATION_BLOCKED'
export const LIVE_DEPENDENTS = 'LIVE_DEPENDENTS'

/**
 * What a move must check about the documents around this one: a publish is refused while the
 * working copy refers to anything the public cannot see; an unpublish while live documents refer
 * to this one. A withdrawal goes ahead and returns those live documents, to be flagged.
 */
const checkReferences = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  workingCopy: Record<string, unknown>,
  effects: TransitionEffects,
): Promise<LiveDependent[]> => {
  if (effects.setStatus === 'published') {
    const blockers = await findPublicationBlockers(req, collection, workingCopy)
    if (blockers.length > 0) {
      throw new APIError(
        blockersMessage(blockers),
        409,
        { code: PUBLICATION_BLOCKED, blockers },
        true,
      )
    }
  }
  if (!effects.liveDependents) return []
  const dependents = await findLiveDependents(req, collection, String(workingCopy.id))
  if (effects.liveDependents === 'refuse' && dependents.length > 0) {
    throw new APIError(
      dependentsMessage(dependents),
      409,
      { code: LIVE_DEPENDENTS, dependents },
      true,
    )
  }
  return dependents
}

/** One open review flag per live document that refers to the one just withdrawn. */
const flagDependents = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  withdrawn: Record<string, unknown>,
  dependents: LiveDependent[],
  reason: string,
): Promise<void> => {
  const title = withdrawn[titleFieldOf(req.payload.collections[collection].config)]
  const named = describeDocument({
    collection,
    id: String(withdrawn.id),
    title: typeof title === 'string' ? title : null,
  })
  for (const dependent of dependents) {
    if (!isWorkflowCollection(dependent.collection)) continue
    await req.payload.create({
      collection: 'review-flags',
      data: {
        collection: dependent.collection,
        documentId: dependent.id,
        title: dependent.title ?? dependent.id,
        reason: `Refers to the ${named} (${dependent.path}), withdrawn: ${reason}`,
        resolved: false,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}

/** A document published or taken offline again has had its look: its open flags are done. */
const resolveReviewFlags = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<void> => {
  await req.payload.update({
    collection: 'review-flags',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: id } },
        { resolved: { equals: false } },
      ],
    },
    data: { resolved: true },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

export const transitionDocument = ({
  req,
  collection,
  id,
  to,
  action,
  comment,
  expectedUpdatedAt,
  notify = true,
}: TransitionRequest): Promise<TransitionResult> =>
  // The lock only spares this process's own racing moves a trip to the database; the
  // compare-and-set below is what makes exactly one of them win, across processes too.
  withDocumentLock(`${collection}:${id}`, async () => {
    const actor = req.user as Actor | null
    if (!actor) {
      throw new APIError('You must be signed in to change the review state.', 401, null, true)
    }
    const expected = expectedTimestampOf(expectedUpdatedAt)
    const ownsTransaction = await initTransaction(req)
    try {
      const copies = await readWorkflowCopies(req, collection, id)
      if (!copies) throw new NotFound(req.t)
      const { main, versionId } = copies
      const current = copies.workingCopy as unknown as StoredWorkflowFields & { updatedAt: string }
      if (expected && expected !== current.updatedAt) {
        throw staleDocumentError(expected, current.updatedAt)
      }
      const publication = publicationOf(main.publication)

      const plan = planTransition({
        from: current.reviewState,
        to,
        action,
        publication,
        actor,
        document: workflowDocumentOf(collection, current),
        comment,
      })
      if (!plan.ok) {
        throw new APIError(plan.error.message, plan.error.status, { code: plan.error.code }, true)
      }
      const { transition, effects } = plan
      const now = new Date()
      const revision = (typeof main.workflowRevision === 'number' ? main.workflowRevision : 0) + 1
      const write = transitionWrite({
        to: transition.to,
        effects,
        actorId: String(actor.id),
        current,
        live: main as StoredWorkflowFields,
        now,
      })
      const bookkeeping = {
        ...write,
        publication: effects.publication ?? publication,
        workflowRevision: revision,
      }
      const dependents = await checkReferences(req, collection, copies.workingCopy, effects)
      const announcement = await prepareWorkflowAnnouncement(
        req,
        collection,
        id,
        transition.action,
        main,
      )

      const publishing = effects.setStatus === 'published'
      // Discarding, and publishing a document stored before it had versions, save through Payload
      // (below); every other move writes bookkeeping into the working copy (the newest version)
      // and keeps its content. Who edited since the approval is read from the working copy only.
      const throughPayload = effects.restoreLiveVersion || (publishing && !versionId)
      const fields = changedFields(
        effects.setStatus ? { ...bookkeeping, _status: effects.setStatus } : bookkeeping,
        copies.version ?? {},
      )
      // Publishing copies the working copy, as approved, into the document row: the version that
      // was approved is the version that goes live. No save hooks run, and none are needed:
      // drafts validate when saved (collections/shared.ts), the derived fields (reference keys,
      // sources) were stored with the version, and every reference was checked above.
      const published =
        publishing && !throughPayload
          ? publicationWrite(
              main,
              copies.version ?? {},
              fields,
              fieldNamesFlagged(req.payload.collections[collection].config, 'unique'),
            )
          : null

      // The decision and its write are one conditional write: if anyone moved the document since
      // we read it, nothing is written and the move is refused. A publish whose content differs
      // from the row only in plain columns writes them in the same statement.
      // (The list of who edited since the approval is not a plain column; see below.)
      const { editedSinceApprovalBy: _list, ...scalarBookkeeping } = bookkeeping
      const claimed = await claimMove(req, collection, main.id, main.workflowRevision, {
        ...scalarBookkeeping,
        ...published?.columns,
        updatedAt: now.toISOString(),
      })
      if (!claimed) throw moveConflictError()

      let doc: Record<string, unknown>
      let eventVersion = versionId
      if (throughPayload) {
        // Discarding makes the live content the working copy again, saved as a new version
        // through Payload (as is a publish of a document stored before it had versions).
        req.context[WORKFLOW_WRITE] = true
        doc = (await req.payload.update({
          collection,
          id,
          data: {
            ...(effects.restoreLiveVersion ? contentOf(main) : {}),
            ...bookkeeping,
            _status: 'published',
          } as never,
          draft: false,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Record<string, unknown>
        eventVersion = await latestVersionId(req, collection, id)
      } else {
        if (versionId) {
          await updateWorkingCopy(
            req,
            collection,
            versionId,
            fields,
            now.toISOString(),
            copies.version ?? {},
          )
        }
        if (published?.rewrite) await updateMainRow(req, collection, main.id, published.rewrite)
        if (effects.setStatus) await noteLiveContentChange(req)
        doc = {
          ...copies.workingCopy,
          ...bookkeeping,
          ...(effects.setStatus ? { _status: effects.setStatus } : {}),
          updatedAt: now.toISOString(),
        }
      }
      if (effects.liveDependents === 'flag' && dependents.length > 0) {
        await flagDependents(req, collection, doc, dependents, transition.comment ?? '')
      }
      if (effects.setStatus) await resolveReviewFlags(req, collection, id)
      // Webhooks are queued in the move's transaction: they exist only if the move commits, and
      // are sent by the jobs queue afterwards, so the move never waits for a receiver.
      await announcement?.announce(doc)
      const event = await appendTrailEntry(req, {
        collection,
        documentId: id,
        from: transition.from,
        to: transition.to,
        action: transition.action,
        actor: idOf(actor.id),
        comment: transition.comment ?? null,
        publication: bookkeeping.publication,
        sequence: revision,
        version: eventVersion,
      })
      let notified: Promise<NotifyTransitionResult> | null = null
      if (ownsTransaction) await commitTransaction(req)
      if (ownsTransaction && notify) {
        // Only after the commit: a mail about a rolled-back move would be wrong.
        notified = notifyTransition({
          payload: req.payload,
          collection,
          doc,
          transition,
          actor: req.user,
        })
      }
      return { doc: withoutHiddenFields(req, collection, doc), event, transition, notified }
    } catch (error) {
      await killTransaction(req)
      throw asMoveConflict(error)
    } finally {
      delete req.context[WORKFLOW_WRITE]
    }
  })

/**
 * A second event with the same sequence number means another process recorded a move of this
 * revision first (the unique index on the trail); that is a lost race, not a fault.
 */
const asMoveConflict = (error: unknown): unknown => {
  const field = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors?.[0]?.path
  return field === 'sequence' || field === 'collection' || field === 'documentId'
    ? moveConflictError()
    : error
}

export interface WorkflowStatus {
  collection: WorkflowCollectionSlug
  id: string
  reviewState: string
  /** Whether anonymous readers get the document now. */
  publication: Publication
  status: string
  updatedAt: string
  allowedMoves: AvailableMove[]
  events: WorkflowEvent[]
}

/** What the admin panel shows for one document: its state, your moves, its history. */
export const describeWorkflow = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: WorkflowCollectionSlug
  id: string
}): Promise<WorkflowStatus> => {
  const actor = req.user as Actor | null
  if (!isStaffActor(actor)) {
    throw new APIError('Only signed-in staff can see the review workflow.', 401, null, true)
  }
  const current = (await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as
    (StoredWorkflowFields & { updatedAt: string; _status?: string; publication?: string }) | null
  if (!current) throw new NotFound(req.t)
  const publication = publicationOf(current.publication)
  const events = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: id } }] },
    sort: '-createdAt',
    limit: 100,
    // With access enforced, the populated actors carry no session data.
    depth: 1,
    overrideAccess: false,
    req,
  })
  return {
    collection,
    id,
    reviewState: String(current.reviewState ?? 'draft'),
    publication,
    status: String(current._status ?? 'draft'),
    updatedAt: current.updatedAt,
    allowedMoves: allowedTransitions({
      from: current.reviewState,
      publication,
      actor,
      document: workflowDocumentOf(collection, current),
    }),
    events: events.docs,
  }
}
