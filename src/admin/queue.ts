/**
 * What the dashboard's editorial queue shows: counts per review state and the signed-in user's
 * own lists. Server-only (Local API).
 *
 * Counts per review state read the working copies (`draft: true`), as the admin list view does,
 * so a count is exactly the number of rows its link shows. The live count reads the documents
 * themselves (`publication` is kept on both), so it is exactly what anonymous readers get.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { hasAnyRole, isStaffActor, type Actor } from '../access/roles'
import { titleFieldOf } from '../utilities/collectionFields'
import { WORKFLOW_COLLECTIONS, type WorkflowCollectionSlug } from '../workflow/collections'
import { REVIEW_STATES, type ReviewState } from '../workflow/states'

/** At most this many documents per list. */
export const QUEUE_LIST_LIMIT = 20

export interface QueueItem {
  collection: WorkflowCollectionSlug
  id: string
  title: string
  reviewState: string
  updatedAt: string
}

export interface QueueList {
  key: 'myDrafts' | 'review' | 'approved' | 'flagged'
  title: string
  /** Shown under the title, e.g. why every document in review is listed. */
  note?: string
  /** How many documents match in all; `items` holds the newest `QUEUE_LIST_LIMIT`. */
  total: number
  items: QueueItem[]
}

export type StateCounts = Record<WorkflowCollectionSlug, Record<ReviewState, number>>

/** How many documents of each reviewed collection anonymous readers get. */
export type LiveCounts = Record<WorkflowCollectionSlug, number>

const countInState = async (
  payload: Payload,
  collection: WorkflowCollectionSlug,
  state: ReviewState,
): Promise<number> => {
  const result = await payload.find({
    collection,
    where: { reviewState: { equals: state } },
    draft: true,
    depth: 0,
    limit: 1,
    select: { reviewState: true },
    overrideAccess: true,
  })
  return result.totalDocs
}

/** How many documents of each reviewed collection are in each review state (newest versions). */
export const countByState = async (payload: Payload): Promise<StateCounts> => {
  const entries = await Promise.all(
    WORKFLOW_COLLECTIONS.map(async (collection) => {
      const counts = await Promise.all(
        REVIEW_STATES.map(async (state) => [state, await countInState(payload, collection, state)]),
      )
      return [collection, Object.fromEntries(counts)] as const
    }),
  )
  return Object.fromEntries(entries) as StateCounts
}

/** How many documents of each reviewed collection are live (what the public API lists). */
export const countLive = async (payload: Payload): Promise<LiveCounts> => {
  const entries = await Promise.all(
    WORKFLOW_COLLECTIONS.map(async (collection) => {
      const result = await payload.find({
        collection,
        where: { publication: { equals: 'live' } },
        depth: 0,
        limit: 1,
        select: { publication: true },
        overrideAccess: true,
      })
      return [collection, result.totalDocs] as const
    }),
  )
  return Object.fromEntries(entries) as LiveCounts
}

/** The newest documents matching `where` across the reviewed collections (or those given). */
const findAcross = async (
  payload: Payload,
  where: (collection: WorkflowCollectionSlug) => Where,
  collections: readonly WorkflowCollectionSlug[] = WORKFLOW_COLLECTIONS,
): Promise<{ total: number; items: QueueItem[] }> => {
  const results = await Promise.all(
    collections.map(async (collection) => {
      const titleField = titleFieldOf(payload.collections[collection as CollectionSlug].config)
      const found = await payload.find({
        collection,
        where: where(collection),
        draft: true,
        depth: 0,
        limit: QUEUE_LIST_LIMIT,
        sort: '-updatedAt',
        select: { [titleField]: true, reviewState: true, updatedAt: true },
        overrideAccess: true,
      })
      return {
        total: found.totalDocs,
        items: found.docs.map((doc): QueueItem => {
          const record = doc as unknown as Record<string, unknown>
          const title = record[titleField]
          return {
            collection,
            id: String(record.id),
            title: typeof title === 'string' && title.trim() !== '' ? title : 'Untitled',
            reviewState: String(record.reviewState ?? 'draft'),
            updatedAt: String(record.updatedAt ?? ''),
          }
        }),
      }
    }),
  )
  return {
    total: results.reduce((sum, result) => sum + result.total, 0),
    items: results
      .flatMap((result) => result.items)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, QUEUE_LIST_LIMIT),
  }
}

const inState = (...states: ReviewState[]): Where =>
  states.length === 1 ? { reviewState: { equals: states[0] } } : { reviewState: { in: states } }

/** The lists the user's roles make sense of: own drafts, reviews, documents ready to publish. */
export const queueListsFor = async (payload: Payload, actor: Actor): Promise<QueueList[]> => {
  const lists: QueueList[] = []
  const me = actor.id

  if (hasAnyRole(actor, 'author', 'editor', 'admin')) {
    const mine = await findAcross(payload, (collection) => ({
      and: [
        inState('draft', 'changes_requested'),
        {
          or: [
            { createdBy: { equals: me } },
            ...(collection === 'articles' ? [{ authors: { in: [me] } }] : []),
          ],
        },
      ],
    }))
    lists.push({ key: 'myDrafts', title: 'My drafts', ...mine })
  }

  if (hasAnyRole(actor, 'reviewer', 'admin')) {
    const assigned = await findAcross(payload, () => ({
      and: [inState('in_review'), { assignedReviewers: { in: [me] } }],
    }))
    if (assigned.total > 0) {
      lists.push({ key: 'review', title: 'Assigned to me for review', ...assigned })
    } else {
      const all = await findAcross(payload, () => inState('in_review'))
      lists.push({
        key: 'review',
        title: 'Waiting for review',
        note: 'Nothing is assigned to you, so every document in review is listed.',
        ...all,
      })
    }
  }

  if (hasAnyRole(actor, 'editor', 'admin')) {
    const approved = await findAcross(payload, () => inState('approved'))
    lists.push({ key: 'approved', title: 'Approved, waiting to be published', ...approved })
    lists.push(await openReviewFlags(payload))
  }

  return lists
}

/** Live documents flagged because something they refer to was withdrawn (open flags only). */
const openReviewFlags = async (payload: Payload): Promise<QueueList> => {
  const flags = await payload.find({
    collection: 'review-flags',
    where: { resolved: { equals: false } },
    sort: '-createdAt',
    depth: 0,
    limit: QUEUE_LIST_LIMIT,
    overrideAccess: true,
  })
  return {
    key: 'flagged',
    title: 'Flagged for review',
    note: 'Live documents that refer to something withdrawn.',
    total: flags.totalDocs,
    items: flags.docs.map((flag) => ({
      collection: flag.collection,
      id: flag.documentId,
      title: flag.title ?? flag.documentId,
      reviewState: 'published',
      updatedAt: flag.createdAt,
    })),
  }
}

export const isQueueUser = (actor: Actor | null | undefined): actor is Actor => isStaffActor(actor)
