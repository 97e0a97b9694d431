/**
 * Reads what the workflow-aware history shows: a page of a document's versions with the moves
 * recorded against them and the names of the people involved, and the versions a reviewer
 * compares the working copy with. Every read goes through access control as the signed-in user.
 * The rules (grouping, picking, naming) are plain functions in src/workflow/history.ts.
 */
import type { PaginatedDocs, PayloadRequest, Where } from 'payload'

import type { WorkflowCollectionSlug } from '../workflow/collections'
import {
  historyEventOf,
  historyVersionOf,
  movesByVersion,
  movesOfVersionsWhere,
  peopleNamedIn,
  pickDiffTargets,
  type DiffTargets,
  type HistoryEvent,
  type HistoryVersion,
  type Person,
  type StoredEventRow,
  type StoredVersionRow,
} from '../workflow/history'

export type { DiffTargets } from '../workflow/history'

const asUser = (req: PayloadRequest) => ({ req, overrideAccess: false, depth: 0 }) as const

/** The id of the newest version of `id` matching `where` (e.g. published ones), if any. */
const newestVersionId = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
  where?: Where,
): Promise<string | null> => {
  const found = await req.payload.findVersions({
    ...asUser(req),
    collection,
    where: where ? { and: [{ parent: { equals: id } }, where] } : { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    // One row is all that is wanted: no count of the document's versions.
    pagination: false,
    select: { updatedAt: true },
  })
  return found.docs[0] ? String(found.docs[0].id) : null
}

/** True when anonymous readers get the document: its main row is published. */
const isLive = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<boolean> => {
  const found = await req.payload.find({
    ...asUser(req),
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    limit: 1,
    pagination: false,
    select: {},
  })
  return found.docs.length > 0
}

/** The version the newest approval of the document applied to, as recorded in its trail. */
const lastApprovedVersionId = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<string | null> => {
  const found = await req.payload.find({
    ...asUser(req),
    collection: 'workflow-events',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: id } },
        { action: { equals: 'approve' } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    select: { version: true },
  })
  return found.docs[0]?.version ?? null
}

const versionExists = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
  versionId: string,
): Promise<boolean> => {
  const found = await req.payload.findVersions({
    ...asUser(req),
    collection,
    where: { and: [{ parent: { equals: id } }, { id: { equals: versionId } }] },
    limit: 1,
    pagination: false,
    select: { updatedAt: true },
  })
  return found.docs.length > 0
}

/**
 * The versions the review panel compares the working copy with: the live version and the version
 * last approved (see `pickDiffTargets`). Four small reads, a fifth when the approved version is
 * neither the working copy nor the live one (to check it is still kept).
 */
export const diffTargets = async (
  req: PayloadRequest,
  collection: WorkflowCollectionSlug,
  id: string,
): Promise<DiffTargets> => {
  const [live, newest, newestPublished, approved] = await Promise.all([
    isLive(req, collection, id),
    newestVersionId(req, collection, id),
    newestVersionId(req, collection, id, { 'version._status': { equals: 'published' } }),
    lastApprovedVersionId(req, collection, id),
  ])
  const approvedIsKnown = approved !== null && (approved === newest || approved === newestPublished)
  return pickDiffTargets({
    isLive: live,
    newestVersionId: newest,
    newestPublishedVersionId: newestPublished,
    lastApprovedVersionId: approved,
    lastApprovedVersionExists:
      approvedIsKnown ||
      (approved !== null && (await versionExists(req, collection, id, approved))),
  })
}

export interface VersionHistoryPage {
  /** The page of version rows as Payload returns them (for the list's paging controls). */
  page: PaginatedDocs<StoredVersionRow & Record<string, unknown>>
  versions: HistoryVersion[]
  /** Moves per version id, oldest first. */
  moves: Map<string, HistoryEvent[]>
  people: Map<string, Person>
  targets: DiffTargets
}

/**
 * One page of a document's versions for the admin's history: the page (one query and its count),
 * every move recorded against those versions (one query), everyone named (one query), and the
 * comparison targets that mark the working copy, the live and the last approved version.
 */
export const loadVersionHistory = async ({
  req,
  collection,
  id,
  page,
  limit,
  sort,
}: {
  req: PayloadRequest
  collection: WorkflowCollectionSlug
  id: string
  page?: number
  limit?: number
  sort?: string
}): Promise<VersionHistoryPage> => {
  const [found, targets] = await Promise.all([
    req.payload.findVersions({
      ...asUser(req),
      collection,
      where: { parent: { equals: id } },
      sort: sort || '-updatedAt',
      page,
      limit,
      select: {
        updatedAt: true,
        createdAt: true,
        autosave: true,
        version: { reviewState: true, _status: true, lastEditedBy: true },
      },
    }),
    diffTargets(req, collection, id),
  ])
  const pageRows = found as unknown as VersionHistoryPage['page']
  const versions = pageRows.docs.map(historyVersionOf)

  const events =
    versions.length === 0
      ? []
      : (
          await req.payload.find({
            ...asUser(req),
            collection: 'workflow-events',
            where: movesOfVersionsWhere(
              collection,
              id,
              versions.map((version) => version.id),
            ),
            sort: 'createdAt',
            pagination: false,
          })
        ).docs.map((doc) => historyEventOf(doc as unknown as StoredEventRow))

  const ids = peopleNamedIn(versions, events)
  const people = new Map<string, Person>()
  if (ids.length > 0) {
    const users = await req.payload.find({
      ...asUser(req),
      collection: 'users',
      where: { id: { in: ids } },
      pagination: false,
      select: { name: true, email: true },
    })
    for (const user of users.docs) people.set(String(user.id), user)
  }

  return { page: pageRows, versions, moves: movesByVersion(events), people, targets }
}
